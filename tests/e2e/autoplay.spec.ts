/**
 * The deck playing itself (`?autoplay`, `?autoplay=loop`): each step held for its time on the story's
 * timing track, a visible Play/Pause, any other key pausing it, `p` resuming, a loop for kiosks. Time
 * is Playwright's clock: it runs as usual and the tests jump it forward a step's length.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseVtt } from '../../src/lib/server/vtt';
import { timingTrack } from '../../src/lib/model/timing';
import { expect, test } from './fixtures';
import { editions } from './story';

const current = (page: Page) => page.locator('[data-testid="deck"] [data-step-id][aria-current="step"]');
const ms = (seconds: number) => Math.round(seconds * 1000);

for (const ed of editions) {
	const { events } = ed.story;
	const track = timingTrack(events);

	test(`${ed.lang}: ?autoplay holds each step for its time, a key pauses it where it is, p plays on`, async ({ page }) => {
		await page.clock.install();
		await page.goto(ed.path(`/present/?autoplay#${events[1].id}`));
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		const toggle = page.locator('[data-autoplay-toggle]');
		await expect(toggle).toHaveAttribute('data-autoplay', 'playing');
		await expect(toggle).toContainText(ed.t.autoplayPause);

		// Half-way through the step: still on it, its time half gone. Within a second and a half: the
		// clock runs as usual from the load to the jump, and under reduced motion the bar moves in whole seconds.
		await page.clock.fastForward(ms(track[1].seconds / 2));
		await expect(current(page)).toHaveAttribute('data-step-id', events[1].id);
		const half = Number(await page.locator('[data-autoplay-progress]').getAttribute('data-autoplay-progress'));
		expect(Math.abs(half - 0.5) * track[1].seconds, `seconds of the step shown gone (${half} of ${track[1].seconds} s) against half of it`).toBeLessThanOrEqual(
			1.5
		);
		// The progress bar's one line: the step before filled, and the share of the step on show that the
		// bar says has gone, while the step is still on show. (Read together: the clock runs on while the
		// test reads, and the share moves on a whole second at a time; read apart, a second passing between
		// the two reads failed the check on a busy machine, and the step's time then ran out while it waited.)
		const bar = () =>
			page.locator('[data-testid="deck"] [data-autoplay-progress]').evaluate((fill) => ({
				on: document.querySelector('[data-testid="deck"] [data-step-id][aria-current="step"]')?.getAttribute('data-step-id'),
				gone: Number(fill.getAttribute('data-autoplay-progress')),
				filled: fill.getBoundingClientRect().width / fill.closest('footer')!.clientWidth
			}));
		const { on, gone, filled } = await bar();
		expect(on, 'the step still on show as the line is read').toBe(events[1].id);
		expect(filled, `the line filled to the step before and ${gone} of this one`).toBeCloseTo((1 + gone) / events.length, 2);
		// Its time up: the next step, timed from its start.
		await page.clock.fastForward(ms(track[1].seconds / 2) + 50);
		await expect(current(page)).toHaveAttribute('data-step-id', events[2].id);
		await expect(page).toHaveURL(new RegExp(`#${events[2].id}$`));

		// The clicker (or any key) moves the deck as always, and pauses it: it stays.
		await page.keyboard.press('PageDown');
		await expect(current(page)).toHaveAttribute('data-step-id', events[3].id);
		await expect(toggle).toHaveAttribute('data-autoplay', 'paused');
		await expect(toggle).toContainText(ed.t.autoplayPlay);
		await page.clock.fastForward(ms(track[3].seconds) + 1000);
		await expect(current(page)).toHaveAttribute('data-step-id', events[3].id);

		// p plays on, from that step's start.
		await page.keyboard.press('p');
		await expect(toggle).toHaveAttribute('data-autoplay', 'playing');
		await page.clock.fastForward(ms(track[3].seconds) + 50);
		await expect(current(page)).toHaveAttribute('data-step-id', events[4].id);

		// The button pauses and plays too.
		await toggle.click();
		await expect(toggle).toHaveAttribute('data-autoplay', 'paused');
		await page.clock.fastForward(ms(track[4].seconds) + 1000);
		await expect(current(page)).toHaveAttribute('data-step-id', events[4].id);
	});
}

test('?autoplay stops on the last step; ?autoplay=loop starts again at the first, for a kiosk', async ({ page }) => {
	const { events } = editions[0].story;
	const last = timingTrack(events).at(-1)!;
	await page.clock.install();
	await page.goto(`/present/?autoplay#${last.id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await page.clock.fastForward(ms(last.seconds) + 50);
	await expect(page.locator('[data-autoplay-toggle]')).toHaveAttribute('data-autoplay', 'paused');
	await expect(current(page)).toHaveAttribute('data-step-id', last.id);

	await page.goto(`/present/?autoplay=loop#${last.id}`);
	await page.reload();
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await page.clock.fastForward(ms(last.seconds) + 50);
	await expect(current(page)).toHaveAttribute('data-step-id', events[0].id);
	await expect(page.locator('[data-autoplay-toggle]')).toHaveAttribute('data-autoplay', 'playing');
});

test('without ?autoplay the deck does not play, and has no Play button until p is pressed', async ({ page }) => {
	const { events } = editions[0].story;
	await page.clock.install();
	await page.goto(`/present/#${events[0].id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('[data-autoplay-toggle]')).toHaveCount(0);
	await page.clock.fastForward(60_000);
	await expect(current(page)).toHaveAttribute('data-step-id', events[0].id);
	await page.keyboard.press('p');
	await expect(page.locator('[data-autoplay-toggle]')).toHaveAttribute('data-autoplay', 'playing');
});

test('a narrated step plays its recording as the deck plays itself: muted until the sound is turned on, its captions shown (over the words’ column, in both editions), paused with the deck', async ({
	page
}) => {
	// The second story (:4182) has one narrated step (tests/fixtures/second-story.json, narration/).
	const second = JSON.parse(readFileSync('tests/fixtures/second-story.json', 'utf8')) as {
		events: { id: string; narration?: { audio: string; captions: string } }[];
	};
	const narrated = second.events.find((e) => e.narration)!;
	const parsed = parseVtt(readFileSync(`tests/fixtures/${narrated.narration!.captions}`, 'utf8'));
	if (!parsed.ok) throw new Error(parsed.message);
	await page.goto(`http://localhost:4182/present/?autoplay#${narrated.id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	const audio = page.locator('audio[data-narration]');
	await expect(audio).toHaveAttribute('src', new RegExp(`media/${narrated.narration!.audio}$`));
	expect(await audio.evaluate((a: HTMLAudioElement) => a.muted), 'no sound without the viewer’s action').toBe(true);
	await expect(page.locator('[data-narration-caption]')).toHaveText(parsed.cues[0].text);
	// Where the words have a column beside the picture (1440×900), the caption is over that column's
	// foot: clear of the picture and of its switches, which the moving pointer shows.
	await page.mouse.move(300, 300);
	await page.mouse.move(320, 320);
	const caption = (await page.locator('[data-narration-caption]').boundingBox())!;
	const picture = (await page.locator('[data-testid="deck"] [data-testid="graphic"]').boundingBox())!;
	expect(caption.x, 'the caption starts right of the picture').toBeGreaterThanOrEqual(picture.x + picture.width);
	// The same in the Arabic deck, its words' column on the left (the recording's English line included).
	await page.goto(`http://localhost:4182/ar/present/?autoplay#${narrated.id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('[data-narration-caption]')).toHaveText(parsed.cues[0].text);
	const arCaption = (await page.locator('[data-narration-caption]').boundingBox())!;
	const arPicture = (await page.locator('[data-testid="deck"] [data-testid="graphic"]').boundingBox())!;
	expect(arCaption.x + arCaption.width, 'the caption ends left of the picture').toBeLessThanOrEqual(arPicture.x);
	await page.goto(`http://localhost:4182/present/?autoplay#${narrated.id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');

	const sound = page.locator('[data-narration-sound]');
	await expect(sound).toHaveText(editions[0].t.soundOn);
	await sound.click();
	await expect(sound).toHaveText(editions[0].t.soundOff);
	expect(await audio.evaluate((a: HTMLAudioElement) => a.muted)).toBe(false);
	await expect(page.locator('[data-autoplay-toggle]')).toHaveAttribute('data-autoplay', 'playing');

	await page.locator('[data-autoplay-toggle]').click();
	await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
	// Without autoplay, no recording at all.
	await page.goto(`http://localhost:4182/present/#${narrated.id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expect(audio).toHaveCount(0);
});
