/**
 * Every label of every step stays inside the graphic and clear of every other label, at phone (both
 * ways up), tablet, desktop and projector sizes, for both stories, in the reading view and in the briefing;
 * every annotation (a figure's label, a key row) lies whole inside the graphic and off the data marks
 * (the unit squares, the country dots), so a part-of-whole picture always shows its shape; a key entry
 * or a milestone's title that wraps leaves no word alone on its last line;
 * every text in the graphic is at least 12 px on the page and 24 px in the briefing on a projector.
 * Labels are the drawn texts of the visual on show and of the time axis (SVG text, which nothing
 * wraps), compared within the same drawing.
 */
import type { Page } from '@playwright/test';
import { expect, graphic, startReading, test, twoFrames } from './fixtures';
import { labelProblems } from './labels';
import { screens } from './story';

const sizes = screens;
const stories = [
	{ name: 'the story', url: 'http://localhost:4180' },
	{ name: 'the second story', url: 'http://localhost:4182' }
];

async function walk(page: Page, base: string, minSize = 12): Promise<string[]> {
	await page.goto(base);
	await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
	await page.evaluate(() => document.fonts.ready);
	const ids = await page.locator('[data-step-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-step-id')!))]);
	await startReading(page);
	const problems: string[] = [];
	for (const id of ids) {
		await page.evaluate((hash) => (location.hash = hash), id);
		await expect(graphic(page)).toHaveAttribute('data-active-step', id);
		await twoFrames(page);
		for (const p of await labelProblems(page, minSize)) problems.push(`${id}: ${p}`);
	}
	return problems;
}

for (const size of sizes) {
	test.describe(`labels at ${size.name} size (${size.width}×${size.height})`, () => {
		test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });
		for (const s of stories) {
			test(`${s.name}, reading: every label inside the graphic, clear of the others and at least 12 px`, async ({ page }) => {
				test.setTimeout(60_000);
				expect(await walk(page, `${s.url}/`)).toEqual([]);
			});
		}
		if (size.name === 'projector')
			test('the story, briefing: every label inside the graphic, clear of the others and at least 24 px', async ({ page }) => {
				test.setTimeout(60_000);
				expect(await walk(page, `${stories[0].url}/present/`, 24)).toEqual([]);
			});
	});
}

test.describe('the lead picture', () => {
	for (const size of sizes.filter((s) => s.name === 'phone' || s.name === 'desktop'))
		for (const lang of ['', 'ar/'])
			test(`${lang ? 'Arabic' : 'English'}, ${size.name}: its labels lie inside it and off its squares`, async ({ browser }) => {
				const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });
				await page.goto(`${stories[0].url}/${lang}`);
				const lead = page.getByTestId('lead-graphic');
				await expect(lead.locator('[data-mark="units"]')).toBeVisible();
				const problems = await lead.evaluate((root) => {
					const box = root.querySelector('.picture')!.getBoundingClientRect();
					const grid = root.querySelector('[data-mark="units"]')!.getBoundingClientRect();
					const out: string[] = [];
					for (const note of root.querySelectorAll('[data-mark^="label"]')) {
						const r = note.getBoundingClientRect();
						const name = note.textContent!.trim().slice(0, 30);
						if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) out.push(`"${name}" leaves the picture`);
						const w = Math.min(r.right, grid.right) - Math.max(r.left, grid.left);
						const h = Math.min(r.bottom, grid.bottom) - Math.max(r.top, grid.top);
						if (w > 1 && h > 1) out.push(`"${name}" covers the squares`);
					}
					return out;
				});
				expect(problems).toEqual([]);
				await page.close();
			});
});
