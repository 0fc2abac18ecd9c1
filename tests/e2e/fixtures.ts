/**
 * The shared test fixture: every test that opens the test's `page` fails on a console error, an
 * uncaught page error, or a request that leaves the page's origin (the story must never call home to
 * anyone).
 */
import { test as base, expect, type Page } from '@playwright/test';

// The guard is on the test's `page` itself, so a test that opens no page (one that reads a file the
// build wrote, or opens its pages in a context of its own) no longer makes one only to watch it: 60
// tests did, 0.2–0.3 s each.
export const test = base.extend({
	page: async ({ page }, use, testInfo) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		// Watched, not intercepted: routing every request through the test (`page.route`) cost 30–60 ms
		// a page. (This machine has no way out anyway; on a laptop such a request leaves and the test fails.)
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'file:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1') return;
			problems.push(`request left the origin: ${url.href}`);
		});
		await use(page);
		// A failed test's page as it was at the end (Playwright's own `screenshot: 'only-on-failure'`
		// photographs every page of every test as its context closes and keeps the failures': 0.1 s a
		// test, and 5 s where a test holds the faces back, as screenshots wait for fonts).
		if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
			const path = testInfo.outputPath('test-failed.png');
			if (await page.screenshot({ path, timeout: 5_000 }).catch(() => null)) await testInfo.attach('screenshot', { path, contentType: 'image/png' });
		}
		expect(problems, 'console errors, page errors and off-origin requests').toEqual([]);
	}
});

export { expect };

/**
 * Holds back the requests `pattern` matches, as on a slow link, until the returned `release()` is
 * called (never, if it is not: what never arrives). Held, not cut off: a request cut off is a console
 * error, which fails any test here.
 */
async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Holds the app's code back on the way until `release()` (see holdRequests). */
export const holdAppCode = (page: Page) => holdRequests(page, /\/_app\/immutable\/.*\.js$/);

/**
 * Holds the story's faces back until `release()` (see holdRequests): the page draws in their
 * fallbacks meanwhile. (Its load event waits for its preloaded faces: open it with `waitUntil` short of `load`.)
 */
export const holdFaces = (page: Page) => holdRequests(page, /\.woff2$/);

/** Two animation frames: what the page does once a frame (the scroll engine reading the scroll, a redraw) has run. */
export const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The story's events as the page serves them (read from the built page's hooks, not hard-coded). */
export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')!));
}

/** Scrolls a step to mid-screen, as a reader would, once the page answers (docs/test-contract.md: `data-hydrated`). */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

export const graphic = (page: Page) => page.getByTestId('graphic');

/**
 * The reading page as a reader starts to read it: the first step scrolled into sight, and the graphic
 * drawn. (A phone opened at the top has not fetched its graphic yet: docs/test-contract.md.)
 */
export async function startReading(page: Page) {
	await page.locator('[data-step-id]').first().scrollIntoViewIfNeeded();
	await expect(graphic(page)).toBeVisible();
}

/**
 * Resizes the viewport (a rotation, a shorter screen) and returns once the page has reacted: its
 * `resize` event has fired and two frames have been drawn after it, with a task after them, so the
 * reflow, the scroll it causes and the intersection callbacks that pick the active step have all run.
 * (It never returns if no resize reaches the page: the test then fails on its timeout.)
 */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as { resized: Promise<void> }).resized = new Promise<void>((done) =>
			addEventListener('resize', () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))), { once: true })
		);
	});
	await page.setViewportSize(size);
	await page.evaluate(() => (window as unknown as { resized: Promise<void> }).resized);
}

/**
 * Asserts that the change to a map step was instant: its first focus place is already where it
 * stays, and no visual layer has a transition left to run.
 */
export async function expectInstantMapChange(page: Page, focusPlace: string): Promise<void> {
	const place = graphic(page).locator(`[data-visual="map"] [data-place-id="${focusPlace}"]`);
	const now = await place.getAttribute('transform');
	// Intentional: this watches for movement, so it must let time pass. 400 ms is under half the map's
	// 900 ms glide (TransferMap.svelte), so a glide that had started would have moved the place by now.
	await page.waitForTimeout(400);
	expect(await place.getAttribute('transform')).toBe(now);
	const durations = await graphic(page)
		.locator('[data-visual]')
		.evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
	for (const d of durations) expect(d.split(',').every((x) => parseFloat(x) === 0)).toBe(true);
}
