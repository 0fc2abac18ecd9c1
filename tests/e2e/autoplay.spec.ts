/**
 * The deck playing itself (`?autoplay`, `?autoplay=loop`): each step held for its time on the story's
 * timing track, a visible Play/Pause, any other key pausing it, `p` resuming, a loop for kiosks. Time
 * is Playwright's clock: it runs as usual and the tests jump it forward a step's length.
 */
import type { Page } from '@playwright/test';
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

		// Half-way through the step: still on it, its time half gone (in whole seconds: reduced motion).
		await page.clock.fastForward(ms(track[1].seconds / 2));
		await expect(current(page)).toHaveAttribute('data-step-id', events[1].id);
		const half = Number(await page.locator('[data-autoplay-progress]').getAttribute('data-autoplay-progress'));
		expect(half).toBeGreaterThan(0.2);
		expect(half).toBeLessThanOrEqual(0.5);
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
