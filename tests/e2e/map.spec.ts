/**
 * The map, as a graphics editor checks it, on every map step, at every size, in both editions, in the
 * reading page, the briefing and the embed:
 * - no label overlaps another label, a marker or a route (routes sampled along their length);
 * - every row of the key lies whole inside the graphic (none under the time axis or cut off);
 * - the map's frame is the same box on every map step (the key keeps the room of the largest key);
 * - land fills the frame: the countries' drawing covers the whole map area, no cut edge of land;
 * - the story's own countries named on every map step;
 * - a place's name within 64 px of its marker or joined to it by a leader; an area's name on its area
 *   (where it has no room there, across its outline with a leader, never wholly off it);
 * - a route into a whole country: its words ("Iraq: sites not disclosed") beside its bracket or joined
 *   to it by a leader; its arrowheads at most 14 px (on the page), clear of the bracket, pointing
 *   across the border, not along it.
 * Labels are the map's drawn texts (`[data-label]`); markers are the place symbols and their ✕ and
 * rings; routes are `path[data-route-mode]` and the departure arrows.
 */
import type { Page } from '@playwright/test';
import { expect, graphic, holdFaces, test, twoFrames } from './fixtures';
import { story } from './story';
import { useStoryFaces } from '../../scripts/story-faces';

const mapSteps = story.events.filter((e) => e.visual.kind === 'map').map((e) => e.id);
const homeCountries = story.places.filter((p) => p.kind === 'country').map((p) => p.id);

const editions = [
	{ name: 'English', prefix: '' },
	{ name: 'Arabic', prefix: '/ar' }
];
const views = [
	{ view: 'reading', name: 'phone', width: 390, height: 844, touch: true },
	{ view: 'reading', name: 'phone on its side', width: 844, height: 390, touch: true },
	{ view: 'reading', name: 'tablet', width: 820, height: 1180, touch: true },
	{ view: 'reading', name: 'desktop', width: 1440, height: 900, touch: false },
	{ view: 'reading', name: '400% zoom', width: 320, height: 256, touch: false },
	{ view: 'present', name: 'projector', width: 1920, height: 1080, touch: false },
	{ view: 'present', name: 'upright phone', width: 390, height: 844, touch: true },
	{ view: 'embed', name: 'embed 360', width: 360, height: 640, touch: false },
	{ view: 'embed', name: 'embed 620', width: 620, height: 700, touch: false }
] as const;

const BASE = 'http://localhost:4180';

/**
 * Where a story's own country goes unnamed, known and left: at 400% zoom (320 px wide) the English
 * al-Hol step has no room in Syria's visible part beside the camp's name and the departure arrow's
 * words. Anything else unnamed fails.
 */
function unnamedAt(size: string, edition: string, id: string): string[] {
	return size === '400% zoom' && edition === 'English' && id === 'repatriations' ? ['syria'] : [];
}

function address(view: (typeof views)[number]['view'], prefix: string, id: string): string {
	if (view === 'reading') return `${BASE}${prefix}/#${id}`;
	if (view === 'present') return `${BASE}${prefix}/present/#${id}`;
	// The embed walks the map steps alone (`?steps`), from the first.
	return `${BASE}${prefix}/embed/?steps=${mapSteps.join(',')}`;
}

interface MapCheck {
	problems: string[];
	frame: [number, number, number, number];
}

/** Looks at the map on show: what overlaps what, whether the key is whole, the frame's box, the land's box. */
function checkMap(page: Page): Promise<MapCheck> {
	return graphic(page).evaluate((root) => {
		const layer = root.querySelector('[data-visual="map"]')!;
		const svg = layer.querySelector<SVGSVGElement>('[data-testid="transfer-map"]')!;
		type Box = { left: number; right: number; top: number; bottom: number; name: string };
		const boxOf = (el: Element, name: string): Box => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, name };
		};
		// A sliver of overlap (glyph boxes include line spacing, strokes are anti-aliased) is not a collision.
		const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
		const problems: string[] = [];

		const labels = [...svg.querySelectorAll('[data-label]')]
			.filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width > 0)
			.map((t) => boxOf(t, `label "${t.textContent!.trim()}"`));
		const markers = [...svg.querySelectorAll('[data-place-id] > :not(text)')]
			.filter((m) => m.getBoundingClientRect().width > 0)
			.map((m) => boxOf(m, `marker of ${m.parentElement!.getAttribute('data-place-id')}`));
		// Routes and departure arrows, sampled every few pixels along their length, in screen pixels.
		const lines: Box[] = [];
		for (const path of svg.querySelectorAll<SVGPathElement>('path[data-route-mode], path[data-departure]')) {
			const m = path.getScreenCTM()!;
			const len = path.getTotalLength();
			const name = path.getAttribute('data-mark') ?? 'a line';
			for (let at = 0; at <= len; at += 4) {
				const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(m);
				lines.push({ left: p.x - 1.5, right: p.x + 1.5, top: p.y - 1.5, bottom: p.y + 1.5, name });
			}
		}
		labels.forEach((l, i) => {
			for (const o of labels.slice(i + 1)) if (overlap(l, o)) problems.push(`${l.name} overlaps ${o.name}`);
			for (const m of markers) if (overlap(l, m)) problems.push(`${l.name} overlaps the ${m.name}`);
			const hit = lines.find((p) => overlap(l, { ...p, left: p.left - 1, right: p.right + 1, top: p.top - 1, bottom: p.bottom + 1 }));
			if (hit) problems.push(`${l.name} lies on ${hit.name}`);
		});

		// A place's name stays by its marker: within 64 px of its point, or joined to it by a leader.
		const gapTo = (b: { left: number; right: number; top: number; bottom: number }, [x, y]: [number, number]) =>
			Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
		for (const g of svg.querySelectorAll<SVGGElement>('g[data-place-id]:not(.area-name)')) {
			const text = g.querySelector('text.label');
			const m = g.getScreenCTM();
			if (!text || !m || text.getBoundingClientRect().width === 0) continue;
			const at = new DOMPoint(0, 0).matrixTransform(m);
			const gap = gapTo(text.getBoundingClientRect(), [at.x, at.y]);
			if (gap > 64 && !g.querySelector('line[data-leader]'))
				problems.push(`the name "${text.textContent!.trim()}" stands ${Math.round(gap)} px from its marker, with no leader`);
		}
		// An area's name on its own area: the middle of its words on the area's fill; or, where the area
		// has no room for it (a small governorate on a phone), across its outline, part of its words on
		// the fill, joined to it by a leader. Never wholly off it: there it names the land it stands on.
		for (const g of svg.querySelectorAll('g.area-name[data-place-id]')) {
			const id = g.getAttribute('data-place-id')!;
			const area = svg.querySelector<SVGPathElement>(`path[data-area="${id}"]`);
			const text = g.querySelector('text');
			const m = area?.getScreenCTM();
			if (!area || !text || !m) continue;
			const r = text.getBoundingClientRect();
			const onFill = (fx: number, fy: number) => area.isPointInFill(new DOMPoint(r.left + fx * r.width, r.top + fy * r.height).matrixTransform(m.inverse()));
			if (onFill(0.5, 0.5)) continue;
			const name = text.textContent!.trim();
			const partly = [0.1, 0.3, 0.5, 0.7, 0.9].some((fx) => [0.25, 0.5, 0.75].some((fy) => onFill(fx, fy)));
			if (!partly) problems.push(`the area's name "${name}" lies wholly off its area`);
			else if (!g.querySelector('line[data-leader]')) problems.push(`the area's name "${name}" lies across its outline, with no leader`);
		}

		// A route into a whole country ends under a bracket on the border. Its words are read with the
		// bracket: beside it (within 16 px) or joined to it by a leader, never loose in the country. Its
		// arrowheads are small, clear of the bracket and point across the border, not along it.
		const screenPoints = (path: SVGGeometryElement, step = 2) => {
			const m = path.getScreenCTM()!;
			const len = path.getTotalLength();
			const out: [number, number][] = [];
			for (let at = 0; at <= len; at += step) {
				const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(m);
				out.push([p.x, p.y]);
			}
			return out;
		};
		for (const bracket of svg.querySelectorAll<SVGPathElement>('path[data-route-end]')) {
			const to = bracket.getAttribute('data-route-end')!;
			const line = screenPoints(bracket, 1);
			const bm = bracket.getScreenCTM()!;
			const scale = Math.hypot(bm.a, bm.b);
			const toLine = ([x, y]: [number, number]) => Math.min(...line.map(([px, py]) => Math.hypot(px - x, py - y)));
			const words = svg.querySelector(`text[data-end-label="${to}"]`);
			if (words) {
				const b = boxOf(words, `"${words.textContent!.trim()}"`);
				const gap = Math.min(...line.map((p) => gapTo(b, p)));
				// (In the map's own pixels: a deck on a projector draws the map scaled up.)
				const joined = [...svg.querySelectorAll<SVGLineElement>('line[data-leader]')].some((l) => {
					const pts = screenPoints(l);
					const [a, z] = [pts[0], pts[pts.length - 1]];
					return (toLine(a) <= 10 * scale && gapTo(b, z) <= 6 * scale) || (toLine(z) <= 10 * scale && gapTo(b, a) <= 6 * scale);
				});
				if (gap > 16 * scale && !joined) problems.push(`${b.name} stands ${Math.round(gap)} px from its bracket, with no leader`);
			}
			for (const route of svg.querySelectorAll<SVGPathElement>(`path[data-route-mode][data-route-to="${to}"]`)) {
				const name = route.getAttribute('data-mark');
				const rm = route.getScreenCTM()!;
				const len = route.getTotalLength();
				const end = new DOMPoint(route.getPointAtLength(len).x, route.getPointAtLength(len).y).matrixTransform(rm);
				const back = new DOMPoint(route.getPointAtLength(len - 2).x, route.getPointAtLength(len - 2).y).matrixTransform(rm);
				const dir = [(end.x - back.x) / Math.hypot(end.x - back.x, end.y - back.y), (end.y - back.y) / Math.hypot(end.x - back.x, end.y - back.y)];
				const marker = svg.querySelector<SVGMarkerElement>(route.getAttribute('marker-end')!.replace(/^url\((.*)\)$/, '$1'))!;
				const units = marker.getAttribute('markerUnits') === 'userSpaceOnUse' ? 1 : parseFloat(getComputedStyle(route).strokeWidth);
				const head = marker.markerWidth.baseVal.value * units * Math.hypot(rm.a, rm.b);
				const tip = ((10 - marker.refX.baseVal.value) / 10) * head;
				if (head > 14 * scale) problems.push(`the arrowhead of ${name} is ${Math.round(head)} px long`);
				// The head's base (where its triangle starts) clear of the bracket's 5 px stroke.
				const base: [number, number] = [end.x - dir[0] * (head - tip), end.y - dir[1] * (head - tip)];
				if (toLine(base) < 3 * scale) problems.push(`the arrowhead of ${name} covers the bracket`);
				// Across the border: the head's direction at least 60° from the border's where the route
				// crosses it (the bracket's point nearest the route's last 24 px; a border that bends round
				// the end may pass nearer the tip elsewhere).
				const tail = screenPoints(route, 1).slice(-25);
				const gapToRoute = ([x, y]: [number, number]) => Math.min(...tail.map(([tx, ty]) => Math.hypot(tx - x, ty - y)));
				const i = line.reduce((best, p, j) => (gapToRoute(p) < gapToRoute(line[best]) ? j : best), 0);
				const [p, q] = [line[Math.max(0, i - 6)], line[Math.min(line.length - 1, i + 6)]];
				const along = Math.abs((dir[0] * (q[0] - p[0]) + dir[1] * (q[1] - p[1])) / (Math.hypot(q[0] - p[0], q[1] - p[1]) || 1));
				if (along > Math.cos(Math.PI / 3)) problems.push(`the arrowhead of ${name} points along the border, not into ${to}`);
			}
		}

		// The key: every row whole inside the graphic, above the time axis (if any), not cut by the map's box.
		const g = root.getBoundingClientRect();
		const wrap = layer.querySelector('.map-wrap')!.getBoundingClientRect();
		const axis = root.querySelector('[data-testid="timeline-axis"]')?.getBoundingClientRect();
		// On a very short screen (400% zoom) the map is drawn taller than its stage and its layer scrolls:
		// the key is then whole in what the layer scrolls through, under the map.
		const scroller = layer as HTMLElement;
		const scrolls = scroller.scrollHeight > scroller.clientHeight + 1;
		const box = scroller.getBoundingClientRect();
		const [top, bottom] = scrolls ? [box.top - scroller.scrollTop, box.top - scroller.scrollTop + scroller.scrollHeight] : [g.top, g.bottom];
		for (const row of layer.querySelectorAll('[data-legend]')) {
			const r = row.getBoundingClientRect();
			const name = `key row "${row.textContent!.trim()}"`;
			if (r.height < 1) problems.push(`${name} is not shown`);
			if (r.left < g.left - 1 || r.right > g.right + 1 || r.top < top - 1 || r.bottom > bottom + 1) problems.push(`${name} leaves the graphic`);
			if (r.bottom > wrap.bottom + 1) problems.push(`${name} is cut off below the map`);
			if (!scrolls && axis && axis.height > 0 && r.bottom > axis.top + 1 && r.top < axis.bottom) problems.push(`${name} is under the time axis`);
			const span = row.querySelector('span');
			if (span && span.scrollWidth > span.clientWidth + 1) problems.push(`${name} is cut short`);
		}

		// Land fills the frame: the countries' drawing covers the whole map area.
		const area = svg.querySelector('[data-map-area]')!.getBoundingClientRect();
		const land = svg.querySelector('[data-land]')!.getBoundingClientRect();
		if (land.left > area.left + 1 || land.right < area.right - 1 || land.top > area.top + 1 || land.bottom < area.bottom - 1)
			problems.push(
				`the land (${[land.left, land.top, land.right, land.bottom].map(Math.round)}) stops short of the frame (${[area.left, area.top, area.right, area.bottom].map(Math.round)})`
			);

		// The frame, relative to the graphic (which a page may place differently as it scrolls).
		return {
			problems,
			frame: [area.left - g.left, area.top - g.top, area.width, area.height].map((v) => Math.round(v * 2) / 2) as [number, number, number, number]
		};
	});
}

for (const size of views) {
	test.describe(`the map, ${size.view} at ${size.name} (${size.width}×${size.height})`, () => {
		test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });
		// On the two most crowded maps, also with the story's faces held back, as on a slow first visit
		// (the Arabic faces are `optional`: such a visit draws in the machine's faces for as long as the page lives).
		const held = size.name === 'upright phone' || size.name === 'embed 360' ? [false, true] : [false];
		for (const edition of editions)
			for (const heldBack of held)
				test(`${edition.name}${heldBack ? ', the story’s faces held back' : ''}: labels clear of labels, markers and routes; the key whole; one frame; land to its edges`, async ({
					page
				}) => {
					test.setTimeout(90_000);
					const problems: string[] = [];
					const frames = new Map<string, string>();
					for (const [i, id] of mapSteps.entries()) {
						// The reading page and the deck go from step to step by their address's #id, as a reader's
						// link would; the embed, opened on the map steps alone, by its next key.
						if (i > 0 && size.view === 'embed') await page.keyboard.press('PageDown');
						else if (i > 0) await page.evaluate((hash) => (location.hash = hash), id);
						else {
							await page.goto('about:blank');
							// (Held back: never answered, since a request cut off is a console error; the page's load
							// event waits for its preloaded faces, so only its parsing is waited for.)
							if (heldBack) await holdFaces(page);
							await page.goto(address(size.view, edition.prefix, id), { waitUntil: heldBack ? 'domcontentloaded' : 'load' });
						}
						const ready = async () => {
							await expect(page.locator('[data-hydrated="true"]').first()).toBeVisible();
							await expect(graphic(page)).toHaveAttribute('data-active-step', id);
							await expect(graphic(page).locator('[data-visual="map"] [data-testid="transfer-map"]')).toBeVisible();
						};
						await ready();
						// The labels' room is estimated for the story's faces, which are asked for here. The Arabic face
						// is `optional`: on a busy machine it can miss the first paint, and the page then draws in the
						// machine's (DejaVu Sans here, wider) for as long as it lives; opened again, the face is in the
						// cache. Where it still is not drawn after that (1 run in 3 under load, 2026-12-06), the labels
						// are checked in the machine's faces, as that visit's reader sees them (the note says so).
						if (i === 0 && !heldBack)
							await useStoryFaces(page, ready, { within: '[data-visual="map"]' }).catch((e: Error) =>
								test.info().annotations.push({ type: 'faces', description: e.message })
							);
						if (!heldBack) await page.evaluate(() => document.fonts.ready);
						await twoFrames(page);
						const check = await checkMap(page);
						for (const p of check.problems) problems.push(`${id}: ${p}`);
						// The story's own countries are named on every map (IRAQ on the first, SYRIA on a phone).
						const named = await graphic(page)
							.locator('[data-visual="map"] text[data-country-label]')
							.evaluateAll((els) => els.map((e) => e.getAttribute('data-country-label')));
						for (const c of homeCountries)
							if (!named.includes(c) && !unnamedAt(size.name, edition.name, id).includes(c)) problems.push(`${id}: ${c} is not named`);
						frames.set(id, check.frame.join(' '));
					}
					expect(problems).toEqual([]);
					// The frame never moves between map steps.
					expect(new Set(frames.values()).size, `map frames: ${JSON.stringify(Object.fromEntries(frames))}`).toBe(1);
				});
	});
}

test.describe('the key beside a wide, short map, under a tall one', () => {
	for (const [name, width, height, where] of [
		['the deck on a phone on its side', 844, 390, 'beside'],
		['the deck on an upright phone', 390, 844, 'under']
	] as const) {
		test(`${name}: the key ${where} the map, which keeps the rest of the graphic`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await page.goto(`${BASE}/present/#centcom-statement`);
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			const svg = graphic(page).locator('[data-visual="map"] [data-testid="transfer-map"]');
			const key = graphic(page).locator('[data-visual="map"] [data-map-key]');
			await expect(key).toHaveAttribute('data-map-key', where);
			const [s, a, k] = await Promise.all([svg, svg.locator('[data-map-area]'), key].map((l) => l.boundingBox()));
			if (where === 'beside') {
				// The map the whole height, the key at its right, side by side across the whole width.
				expect(Math.abs(a!.height - s!.height)).toBeLessThan(1.5);
				expect(k!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 1);
				expect(Math.abs(a!.width + k!.width - s!.width)).toBeLessThan(1.5);
			} else {
				// The map the whole width, the key under it.
				expect(Math.abs(a!.width - s!.width)).toBeLessThan(1.5);
				expect(k!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);
			}
		});
	}
});
