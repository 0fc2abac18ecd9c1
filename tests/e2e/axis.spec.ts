/**
 * The time axis is drawn to scale (docs/reading-and-visuals.md, The visuals): outside its zoom, year ticks are spaced in
 * proportion to time; the crowded end is enlarged only inside a zoom that says so (its label, inside
 * its span); nothing is ticked after the end of the data; every mark's `data-shape` follows the one
 * precision rule; and no axis text leaves the graphic or overlaps another. At phone (both ways up),
 * tablet, desktop and projector sizes, in both editions.
 */
import type { Page } from '@playwright/test';
import { expect, graphic, test, twoFrames } from './fixtures';
import { story, screens } from './story';

const sizes = screens;
const editions = [
	{ name: 'English', url: 'http://localhost:4180/', rtl: false },
	{ name: 'Arabic', url: 'http://localhost:4180/ar/', rtl: true }
];
/** A step in the enlarged part, and one far from it. */
const steps = ['centcom-statement', story.events[0].id];
const DAY = 86_400_000;

interface Measured {
	from: string;
	to: string;
	ticks: { year: number; x: number }[];
	zoom: { from: string; to: string; factor: number; left: number; right: number; label: string; labelLeft: number; labelRight: number } | null;
	zoomTicks: string[];
	shapes: Record<string, string>;
	textProblems: string[];
}

/** Everything the assertions need, read from the page at once (screen pixels). */
function measure(page: Page): Promise<Measured> {
	return page.evaluate(() => {
		const root = document.querySelector('[data-testid="graphic"]')!;
		const axis = root.querySelector<SVGSVGElement>('[data-testid="timeline-axis"]')!;
		const box = root.getBoundingClientRect();
		const centre = (el: Element) => {
			const r = el.getBoundingClientRect();
			return r.left + r.width / 2;
		};
		const ticks = [...axis.querySelectorAll('[data-axis-tick]')].map((g) => ({
			year: Number(g.getAttribute('data-axis-tick')),
			x: centre(g.querySelector('line')!)
		}));
		const z = axis.querySelector('[data-axis-zoom]');
		let zoom: Measured['zoom'] = null;
		if (z) {
			const span = z.querySelector('[data-axis-zoom-span]')!.getBoundingClientRect();
			const label = z.querySelector('[data-axis-zoom-label]')!;
			const l = label.getBoundingClientRect();
			zoom = {
				from: z.getAttribute('data-zoom-from')!,
				to: z.getAttribute('data-zoom-to')!,
				factor: Number(z.getAttribute('data-zoom-factor')),
				left: span.left,
				right: span.right,
				label: label.textContent!.trim(),
				labelLeft: l.left,
				labelRight: l.right
			};
		}
		const shapes = Object.fromEntries(
			[...axis.querySelectorAll('[data-event-id]')].map((m) => [m.getAttribute('data-event-id'), m.getAttribute('data-shape')])
		);
		const texts = [...axis.querySelectorAll('text')].filter((t) => {
			const r = t.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && t.textContent!.trim() && getComputedStyle(t).visibility !== 'hidden';
		});
		const rects = texts.map((t) => t.getBoundingClientRect());
		const name = (t: Element) => `"${t.textContent!.trim()}"`;
		// The phone strip clips its drawing: a text below the clip is not on show.
		const clip = axis.getBoundingClientRect();
		const textProblems: string[] = [];
		texts.forEach((t, i) => {
			const r = rects[i];
			if (r.top >= clip.bottom) return;
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
				textProblems.push(`${name(t)} leaves the graphic`);
			for (let j = i + 1; j < texts.length; j++) {
				const o = rects[j];
				if (o.top >= clip.bottom) continue;
				const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
				const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
				if (w > 2 && h > 3) textProblems.push(`${name(t)} overlaps ${name(texts[j])}`);
			}
		});
		return {
			from: axis.getAttribute('data-axis-from')!,
			to: axis.getAttribute('data-axis-to')!,
			ticks,
			zoom,
			zoomTicks: [...axis.querySelectorAll('[data-axis-zoom-tick]')].map((t) => t.getAttribute('data-axis-zoom-tick')!),
			shapes,
			textProblems
		};
	});
}

for (const size of sizes) {
	test.describe(`the time axis at ${size.name} size (${size.width}×${size.height})`, () => {
		test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });
		for (const edition of editions) {
			test(`${edition.name}: to scale outside a labelled zoom, nothing after the last date, texts clear`, async ({ page }) => {
				for (const id of steps) {
					await page.goto(`${edition.url}#${id}`);
					await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
					await expect(graphic(page)).toHaveAttribute('data-active-step', id);
					await page.evaluate(() => document.fonts.ready);
					await twoFrames(page);
					const m = await measure(page);

					// The end is the data's last day, not a year to come.
					expect(m.to).toBe(story.updated);
					const end = Date.parse(`${m.to}T00:00:00Z`) + DAY;
					for (const t of m.ticks) expect(Date.UTC(t.year, 0, 1), `tick ${t.year}`).toBeLessThan(end);
					for (const key of m.zoomTicks) expect(Date.parse(`${key}-01T00:00:00Z`), `month tick ${key}`).toBeLessThan(end);

					// Year ticks: in time order along the reading direction, spaced in proportion to time.
					const years = m.ticks.toSorted((a, b) => a.year - b.year);
					expect(years.length).toBeGreaterThan(3);
					const dir = edition.rtl ? -1 : 1;
					const perDay = (dir * (years[1].x - years[0].x)) / ((Date.UTC(years[1].year, 0, 1) - Date.UTC(years[0].year, 0, 1)) / DAY);
					expect(perDay).toBeGreaterThan(0);
					for (let i = 1; i < years.length; i++) {
						const days = (Date.UTC(years[i].year, 0, 1) - Date.UTC(years[i - 1].year, 0, 1)) / DAY;
						expect(dir * (years[i].x - years[i - 1].x), `${years[i - 1].year}–${years[i].year}`).toBeCloseTo(days * perDay, 0);
					}

					// The story's crowded last weeks are enlarged, and only there, and it says so.
					const z = m.zoom!;
					expect(z, 'the zoom').not.toBeNull();
					expect(z.to).toBe(m.to);
					expect(z.factor).toBeGreaterThanOrEqual(2);
					expect(z.label).toMatch(/×/);
					expect(z.labelLeft).toBeGreaterThanOrEqual(z.left - 1);
					expect(z.labelRight).toBeLessThanOrEqual(z.right + 1);
					for (const t of years) {
						if (edition.rtl) expect(t.x, `tick ${t.year} outside the zoom`).toBeGreaterThan(z.right);
						else expect(t.x, `tick ${t.year} outside the zoom`).toBeLessThan(z.left);
					}
					// Its span is what it says: the zoom's scale is `factor` times the main one.
					const zoomDays = (end - Date.parse(`${z.from}T00:00:00Z`)) / DAY;
					expect((z.right - z.left) / zoomDays / perDay).toBeCloseTo(z.factor, -0.5);

					// One precision rule for every mark.
					for (const e of story.events) {
						const expected = e.endDate ? 'duration' : e.date.length === 10 ? 'point' : 'approximate';
						expect(m.shapes[e.id], e.id).toBe(expected);
					}

					expect(m.textProblems).toEqual([]);
				}
			});
		}
	});
}
