/**
 * Video, audio and link steps, on the blank starter (the :4192 site, which has one of each): the
 * desk's own files play only when the reader asks, with their captions, stop when the step leaves,
 * and a medium elsewhere is a card that opens it, with nothing requested from its site (the guard
 * fails any request off the origin).
 */
import { expect, scrollToStep, test } from './fixtures';

const site = 'http://localhost:4192';

test('a video step: the desk’s file in the browser’s player, its poster and captions, playing only when asked and stopping when the step leaves', async ({
	page
}) => {
	await page.goto(`${site}/#a-video`);
	const graphic = page.getByTestId('graphic');
	await expect(graphic).toHaveAttribute('data-visual-kind', 'video');
	const video = graphic.locator('[data-visual="video"] video');
	await expect(video).toHaveAttribute('src', '/media/media/placeholder.mp4');
	await expect(video).toHaveAttribute('poster', '/pictures/media/placeholder-poster.jpg');
	await expect(video).toHaveAttribute('aria-label', '[Alt text: what the video shows, for readers who cannot see it]');
	// Its room is the poster's shape (640×360) from the start; before play only its length is fetched, and nothing plays by itself.
	await expect(video).toHaveAttribute('preload', 'metadata');
	const box = (await video.boundingBox())!;
	expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
	expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
	const track = video.locator('track');
	await expect(track).toHaveAttribute('kind', 'captions');
	await expect(track).toHaveAttribute('srclang', 'en');
	await expect(track).toHaveAttribute('label', 'Captions: English');
	await expect(graphic.locator('[data-visual="video"] figcaption')).toHaveText(/\[Caption: a line under the video\]\s+\[Credit: who made the video\]/);

	// Played (muted, as a test may), it shows its captions; moving to the next step stops it.
	await video.evaluate(async (v: HTMLVideoElement) => {
		v.muted = true;
		await v.play();
	});
	await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.2);
	await expect
		.poll(() => video.evaluate((v: HTMLVideoElement) => [...(v.textTracks[0]?.cues ?? [])].map((c) => (c as VTTCue).text)))
		.toEqual(['[Captions: what is said in the first seconds]', '[Captions: and next, line by line]']);
	await scrollToStep(page, 'a-recording');
	await expect(graphic).toHaveAttribute('data-visual-kind', 'audio');
	await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
});

test('an audio step: the recording under its title, the line being said shown as it plays, the transcript as its table', async ({ page }) => {
	await page.goto(`${site}/#a-recording`);
	const graphic = page.getByTestId('graphic');
	await expect(graphic).toHaveAttribute('data-visual-kind', 'audio');
	const step = graphic.locator('[data-visual="audio"]');
	await expect(step.locator('.title')).toHaveText('[Recording: who is speaking, and when]');
	const audio = step.locator('audio');
	await expect(audio).toHaveAttribute('src', '/media/media/placeholder.mp3');
	expect(await audio.evaluate((a: HTMLAudioElement) => a.paused && a.autoplay === false)).toBe(true);
	// Before it plays, the line it opens with; at 2.5 s, the second.
	const line = step.getByTestId('audio-line');
	await expect(line).toHaveText('[Captions: what is said in the first seconds]');
	await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);
	await audio.evaluate((a: HTMLAudioElement) => (a.currentTime = 2.5));
	await expect(line).toHaveText('[Captions: and next, line by line]');

	await page.getByRole('button', { name: /table/i }).first().click();
	const table = graphic.locator('table');
	await expect(table.locator('caption')).toHaveText('Transcript: [Recording: who is speaking, and when]');
	expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())))).toEqual([
		['0:00', '[Captions: what is said in the first seconds]'],
		['0:02', '[Captions: and next, line by line]']
	]);
});

test('a link step: a card that opens the medium elsewhere in a new tab, with nothing loaded from there', async ({ page }) => {
	for (const path of ['/', '/present/']) {
		await page.goto(`${site}${path}#elsewhere`);
		const card = page.locator('[data-visual="link"] a[data-media-link]');
		await expect(card).toBeVisible();
		await expect(card).toHaveAttribute('href', 'https://example.org/');
		await expect(card).toHaveAttribute('target', '_blank');
		await expect(card).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(card).toContainText('[Link: the title of the video, post or page it opens]');
		await expect(card).toContainText('Opens on [Where it opens, e.g. YouTube], in a new tab');
		await expect(page.locator('[data-visual="link"] .privacy')).toHaveText('Nothing is loaded from [Where it opens, e.g. YouTube] until you open the link.');
	}
});

test('in the deck, the next step stops a playing video', async ({ page }) => {
	await page.goto(`${site}/present/#a-video`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	const video = page.getByTestId('deck').locator('[data-visual="video"] video');
	await video.evaluate(async (v: HTMLVideoElement) => {
		v.muted = true;
		await v.play();
	});
	await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', 'a-recording');
	await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
});
