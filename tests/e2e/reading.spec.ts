import { expect, graphic, scrollToStep, stepIds, test, twoFrames } from './fixtures';
import { editions, story as english } from './story';

// Every reading guarantee holds in each edition: the English story at `/`, the Arabic at `/ar/`.
for (const { lang, dir, path, story, dateText, t } of editions) {
	test.describe(`${lang} edition`, () => {
		const first = story.events[0];
		const last = story.events.at(-1)!;

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('the whole story is readable in order: headline, dek, every date, title, body and source', async ({ page }) => {
				await page.goto(path('/'));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
				await expect(page.getByText(story.dek)).toBeVisible();
				expect(await stepIds(page)).toEqual(story.events.map((e) => e.id));
				for (const event of story.events) {
					const step = page.locator(`[data-step-id="${event.id}"]`);
					await expect(step.locator('time')).toHaveText(dateText(event));
					await expect(step.getByRole('heading')).toHaveText(event.title);
					for (const paragraph of event.body) await expect(step.getByText(paragraph, { exact: true })).toBeAttached();
					for (const id of event.sources) {
						const source = story.sources.find((s) => s.id === id)!;
						await expect(step.locator('cite', { hasText: source.title })).toBeAttached();
					}
				}
			});

			test('the graphic, drawn by script, steps aside: a line in the page’s language says why, above the text', async ({ page }) => {
				await page.goto(path('/'));
				const note = page.getByTestId('graphic-needs-script');
				await expect(note).toHaveText(t.graphicNeedsScript);
				await expect(page.getByTestId('graphic')).toHaveCount(0);
				const [line, card] = await Promise.all([note.boundingBox(), page.locator('[data-step-id]').first().boundingBox()]);
				expect(line!.y + line!.height, 'the line comes before the first step, not beside it').toBeLessThanOrEqual(card!.y);

				// On a phone too, where the graphic would hold the top of the screen: its place is one short
				// block that scrolls away with the text.
				await page.setViewportSize({ width: 390, height: 844 });
				const stage = page.getByTestId('graphic-stage');
				expect((await stage.boundingBox())!.height).toBeLessThan(200);
				await page.locator('[data-step-id]').nth(3).scrollIntoViewIfNeeded();
				const scrolled = (await stage.boundingBox())!;
				expect(scrolled.y + scrolled.height, 'the place scrolled away, not held on screen').toBeLessThanOrEqual(0);
			});
		});

		// One page for the walk and what it passes through (opening the page was most of each check's time).
		test('scrolling each step into view activates it, its visual and its axis mark; the URL follows it without adding history; the graphic stays beside the text; a mark on the axis goes to its step', async ({
			page
		}) => {
			await page.goto(path('/'));
			const before = await page.evaluate(() => history.length);
			for (const [i, event] of story.events.entries()) {
				await scrollToStep(page, event.id);
				await expect(page.locator(`[data-step-id="${event.id}"]`)).toHaveAttribute('aria-current', 'step');
				await expect(page.locator('[data-step-id][aria-current="step"]')).toHaveCount(1);
				await expect(graphic(page)).toHaveAttribute('data-active-step', event.id);
				await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
				await expect(page.locator(`[data-testid="timeline-axis"] [data-event-id="${event.id}"]`)).toHaveAttribute('data-state', 'active');
				await expect(page).toHaveURL(new RegExp(`#${event.id}$`));
				if (i === 6)
					await test.step('the graphic stays on screen beside the text while the story scrolls', async () => {
						const box = await graphic(page).boundingBox();
						const text = await page.locator(`[data-step-id="${event.id}"]`).boundingBox();
						expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
						// Beside it: after the text in the reading direction (to its right in English, its left in Arabic).
						if (dir === 'ltr') expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
						else expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x);
					});
			}
			expect(await page.evaluate(() => history.length), 'the URL followed the step without adding history entries').toBe(before);

			await test.step('choosing a mark on the time axis goes to its step', async () => {
				const target = story.events[3];
				await page.locator(`[data-testid="timeline-axis"] [data-event-id="${target.id}"]`).click();
				await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
				await expect(page.locator(`[data-step-id="${target.id}"]`)).toBeInViewport();
			});
		});

		test('a deep link opens on its step', async ({ page }) => {
			const target = story.events[Math.floor(story.events.length / 2)];
			await page.goto(path(`/#${target.id}`));
			await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
			await expect(page.locator(`[data-step-id="${target.id}"]`)).toHaveAttribute('aria-current', 'step');
			await expect(page.locator(`[data-step-id="${target.id}"]`)).toBeInViewport();
		});

		test('an unknown #id, or one that is not valid percent-encoding (a link cut short), opens the first step with no error', async ({ page }) => {
			for (const hash of ['#no-such-step', '#%E2%80']) {
				await page.goto('about:blank');
				await page.goto(path(`/${hash}`));
				// Started (an error while it starts would leave it unhydrated, and the fixture fails on it).
				await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
				await expect(graphic(page)).toHaveAttribute('data-active-step', first.id);
			}
		});

		test('End jumps to the last step and Home back to the first', async ({ page }) => {
			await page.goto(path('/'));
			// As a reader would: once the page is on screen (Chromium drops keys pressed before its first
			// paint, which can come after the load event now that the page is small), and most often
			// before its scripts have started, so the engine must pick up where the key left the page.
			await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
			// (And two frames on: a key that comes with the first frame is still dropped now and then.)
			await twoFrames(page);
			await page.keyboard.press('End');
			// On a loaded machine Chromium still drops such a key once in many runs: the page has not moved
			// at all. A reader presses again; so does the test. What is tested is unchanged: the page moved by
			// the key, the story follows it to its last step.
			const moved = () => page.evaluate(() => scrollY > 0);
			if (!(await moved())) await page.waitForTimeout(1000);
			if (!(await moved())) await page.keyboard.press('End');
			await expect.poll(moved, { message: 'End moved the page' }).toBe(true);
			await expect(graphic(page)).toHaveAttribute('data-active-step', last.id);
			await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
			await page.keyboard.press('Home');
			await expect(graphic(page)).toHaveAttribute('data-active-step', first.id);
		});

		test.describe('on a phone', () => {
			test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

			test('nothing overflows sideways and steps still drive the graphic', async ({ page }) => {
				await page.goto(path('/'));
				for (const event of [story.events[0], story.events[5], last]) {
					await scrollToStep(page, event.id);
					await expect(graphic(page)).toHaveAttribute('data-active-step', event.id);
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
					expect(overflow).toBeLessThanOrEqual(0);
				}
				const card = await page.locator(`[data-step-id="${last.id}"] article`).boundingBox();
				expect(card!.x).toBeGreaterThanOrEqual(0);
				expect(card!.x + card!.width).toBeLessThanOrEqual(390);
			});
		});
	});
}

test('the story works under a sub-path (BASE_PATH=/story)', async ({ page }) => {
	const target = english.events[2];
	const last = english.events.at(-1)!;
	await page.goto(`http://localhost:4181/story/#${target.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
	await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
	await scrollToStep(page, last.id);
	await expect(graphic(page)).toHaveAttribute('data-active-step', last.id);
});
