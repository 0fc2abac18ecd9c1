/**
 * Every label of every step stays inside the graphic and clear of every other label, at phone (both
 * ways up), tablet, desktop and projector sizes, for both stories, in the reading view and in the briefing;
 * every annotation (a figure's label, a key row) lies whole inside the graphic and off the data marks
 * (the unit squares, the country dots), so a part-of-whole picture always shows its shape;
 * every text in the graphic is at least 12 px on the page and 24 px in the briefing on a projector.
 * Labels are the drawn texts of the visual on show and of the time axis (SVG text, which nothing
 * wraps), compared within the same drawing.
 */
import type { Page } from '@playwright/test';
import { expect, graphic, test } from './fixtures';
import { screens } from './story';

const sizes = screens;
const stories = [
	{ name: 'the story', url: 'http://localhost:4180' },
	{ name: 'the second story', url: 'http://localhost:4182' }
];

/** Problems with the labels on show: outside the graphic, overlapping another label, or too small. */
function labelProblems(page: Page, minSize: number): Promise<string[]> {
	return page.evaluate((minSize) => {
		const root = document.querySelector('[data-testid="graphic"]')!;
		const box = root.getBoundingClientRect();
		const layer = root.querySelector(`[data-visual="${root.getAttribute('data-visual-kind')}"]`);
		const texts = [...(layer?.querySelectorAll('text') ?? []), ...root.querySelectorAll<SVGTextElement>('[data-testid="timeline-axis"] text')].filter((t) => {
			const r = t.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && t.textContent!.trim() && getComputedStyle(t).visibility !== 'hidden';
		});
		const problems: string[] = [];
		const name = (t: Element) => `"${t.textContent!.trim()}"`;
		const rects = texts.map((t) => t.getBoundingClientRect());
		texts.forEach((t, i) => {
			const r = rects[i];
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
				problems.push(`${name(t)} leaves the graphic`);
			for (let j = i + 1; j < texts.length; j++) {
				if (texts[j].ownerSVGElement !== t.ownerSVGElement) continue;
				const o = rects[j];
				const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
				const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
				// Glyph boxes include line spacing: a sliver of overlap is not a collision.
				if (w > 2 && h > 3) problems.push(`${name(t)} overlaps ${name(texts[j])}`);
			}
		});
		// Annotations: whole inside the graphic, and never on a data mark (the squares' or dots' extent).
		const marks = [...(layer?.querySelectorAll('[data-mark="units"], [data-mark="dots"]') ?? [])].map((m) => m.getBoundingClientRect());
		for (const note of layer?.querySelectorAll('[data-mark^="label"], [data-mark="figure"], [data-legend], [data-legend-group]') ?? []) {
			const r = note.getBoundingClientRect();
			if (r.width <= 1 || r.height <= 1) continue;
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
				problems.push(`annotation "${note.textContent!.trim().slice(0, 40)}" is not whole inside the graphic`);
			for (const m of marks) {
				const w = Math.min(r.right, m.right) - Math.max(r.left, m.left);
				const h = Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top);
				if (w > 1 && h > 1) problems.push(`annotation "${note.textContent!.trim().slice(0, 40)}" covers data marks`);
			}
		}
		// Every text in the graphic at its size on screen (CSS zoom and scaling transforms included).
		for (const el of root.querySelectorAll('*')) {
			if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden' || el.closest('[data-visual]:not([data-visual="' + root.getAttribute('data-visual-kind') + '"])')) continue;
			let scale = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
			for (let a: Element | null = el; a && a !== root; a = a.parentElement)
				if (a instanceof HTMLElement && getComputedStyle(a).transform !== 'none') scale *= new DOMMatrix(getComputedStyle(a).transform).a;
			const px = parseFloat(cs.fontSize) * scale;
			if (px < minSize - 0.05) problems.push(`${name(el)} is ${px.toFixed(1)} px (under ${minSize})`);
		}
		return problems;
	}, minSize);
}

async function walk(page: Page, base: string, minSize = 12): Promise<string[]> {
	await page.goto(base);
	await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
	await page.evaluate(() => document.fonts.ready);
	const ids = await page.locator('[data-step-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-step-id')!))]);
	const problems: string[] = [];
	for (const id of ids) {
		await page.evaluate((hash) => (location.hash = hash), id);
		await expect(graphic(page)).toHaveAttribute('data-active-step', id);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
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
				expect(await walk(page, `${stories[0].url}/present`, 24)).toEqual([]);
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
