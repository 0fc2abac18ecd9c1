/** The offline files (`build/offline.html`, `build/offline.ar.html`), each opened from disk with every network request blocked. */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { editions, say, typeDigits } from './story';

test.beforeEach(async ({ context }) => {
	await context.route(/^(?!file:|data:)/, (route) => route.abort());
});

for (const ed of editions) {
	const { story } = ed;
	const file = `file://${resolve(ed.offline)}`;
	const ids = story.events.map((e) => e.id);

	test.describe(`${ed.offline}`, () => {
		test('opened from disk with no network, it shows every step, answers the keys and has its typeface: nothing missing', async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
			page.on('pageerror', (e) => problems.push(e.message));
			page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
			await page.setViewportSize({ width: 1920, height: 1080 });

			await page.goto(`${file}?view=present#${ids[0]}`);
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await expect(page.locator('html')).toHaveAttribute('dir', ed.dir);
			const graphic = page.getByTestId('graphic');
			for (const [i, event] of story.events.entries()) {
				await expect(graphic).toHaveAttribute('data-active-step', event.id);
				await expect(graphic).toHaveAttribute('data-visual-kind', event.visual.kind);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
				if (i < ids.length - 1) await page.keyboard.press(ed.keys.next[0]);
			}
			await page.keyboard.press('Home');
			await expect(graphic).toHaveAttribute('data-active-step', ids[0]);
			await typeDigits(page, ed, '10');
			await expect(page.getByTestId('typed-step')).toHaveText(say(ed, ed.t.goToStep, { digits: 10 }));
			await page.keyboard.press('Enter');
			await expect(graphic).toHaveAttribute('data-active-step', ids[9]);
			// The story's typeface is inside the file, for the words it sets.
			expect(await page.evaluate(([face, text]) => document.fonts.check(`16px ${face}`, text), [ed.typeface, story.title])).toBe(true);
			expect(problems).toEqual([]);
		});

		test('it also reads as the scrolling story', async ({ page }) => {
			await page.goto(`${file}#${ids[5]}`);
			await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
			await expect(page.locator('h1').first()).toHaveText(story.title);
			await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids[5]);
			expect(await page.locator('[data-step-id]').count()).toBe(ids.length);
			await page.keyboard.press('End');
			await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids.at(-1)!);
		});
	});
}
