import { describe, expect, it } from 'vitest';
import {
	borderCrossings,
	boxesOverlap,
	boxWithin,
	pathRings,
	ringsContain,
	departureArrow,
	fitBox,
	focusBox,
	keyReserve,
	labelBox,
	legendGrid,
	lineBoxes,
	mapLegend,
	markerBox,
	mercator,
	placeLabel,
	placeLabels,
	statusLineBoxes,
	project,
	routeCurve,
	routePath,
	shownPlaces,
	type LabelBox,
	type LabelPlacement,
	type LabelRequest
} from './mapLayout';
import { EN } from '../../i18n/strings.en';

const fitFrame = (places: { lon: number; lat: number }[], w: number, h: number, pad?: number) =>
	fitBox(focusBox(places), w, h, pad);

const hasakah = { id: 'hasakah', name: 'Hasakah', kind: 'city' as const, country: 'Syria', lon: 40.75, lat: 36.5 };
const baghdad = { id: 'baghdad', name: 'Baghdad', kind: 'city' as const, country: 'Iraq', lon: 44.37, lat: 33.31 };

describe('mercator', () => {
	it('puts the origin at 0,0, east to the right and north up', () => {
		const [x0, y0] = mercator(0, 0);
		expect(x0).toBeCloseTo(0, 9);
		expect(y0).toBeCloseTo(0, 9);
		const [x, y] = mercator(10, 10);
		expect(x).toBeGreaterThan(0);
		expect(y).toBeLessThan(0);
	});
	it('stretches latitude the Mercator way', () => {
		expect(-mercator(0, 60)[1] / -mercator(0, 30)[1]).toBeGreaterThan(2);
	});
});

describe('fitBox(focusBox(places))', () => {
	it('puts every focus place inside the drawing, clear of the padding', () => {
		const frame = fitFrame([hasakah, baghdad], 800, 600, 40);
		for (const place of [hasakah, baghdad]) {
			const [x, y] = project(frame, place);
			expect(x).toBeGreaterThanOrEqual(40 - 0.5);
			expect(x).toBeLessThanOrEqual(760 + 0.5);
			expect(y).toBeGreaterThanOrEqual(40 - 0.5);
			expect(y).toBeLessThanOrEqual(560 + 0.5);
		}
	});

	it('centres the focus', () => {
		const frame = fitFrame([hasakah, baghdad], 800, 600);
		const [ax, ay] = project(frame, hasakah);
		const [bx, by] = project(frame, baghdad);
		expect((ax + bx) / 2).toBeCloseTo(400, 0);
		expect((ay + by) / 2).toBeCloseTo(300, 0);
	});

	it('does not zoom in without limit on a single place', () => {
		const one = fitFrame([hasakah], 800, 600);
		const two = fitFrame([hasakah, baghdad], 800, 600);
		expect(one.k).toBeLessThan(two.k * 1.6);
		expect(project(one, hasakah)[0]).toBeCloseTo(400, 0);
	});

	it('zooms in further on a tighter focus', () => {
		const wide = fitFrame([hasakah, baghdad, { lon: 36, lat: 31 }], 800, 600);
		const tight = fitFrame([hasakah, baghdad], 800, 600);
		expect(tight.k).toBeGreaterThan(wide.k);
	});
});

describe('routePath', () => {
	const frame = fitFrame([hasakah, baghdad], 800, 600);
	it('starts at the origin place', () => {
		const [x, y] = project(frame, hasakah);
		expect(routePath(frame, { from: hasakah, to: baghdad, mode: 'land' })).toMatch(
			new RegExp(`^M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}Q`)
		);
	});
	it('draws air and land routes between the same places apart', () => {
		expect(routePath(frame, { from: hasakah, to: baghdad, mode: 'air' })).not.toBe(
			routePath(frame, { from: hasakah, to: baghdad, mode: 'land' })
		);
	});
});

describe('shownPlaces(state)', () => {
	const mosul = { id: 'mosul', name: 'Mosul', kind: 'city' as const, country: 'Iraq', lon: 43.13, lat: 36.34 };
	const base = { id: 'base', name: 'Base', kind: 'base' as const, country: 'Iraq', lon: 42.44, lat: 33.8 };
	it('frames every place the step names, once each: focus, highlights, concerns, bases and both ends of each route', () => {
		const places = shownPlaces({
			kind: 'map',
			focus: [hasakah],
			highlight: [hasakah],
			concern: [mosul],
			bases: [{ place: base, status: 'drawdown' }],
			routes: [{ from: hasakah, to: baghdad, mode: 'land' }]
		});
		expect(places.map((p) => p.id)).toEqual(['hasakah', 'mosul', 'base', 'baghdad']);
	});
});

describe('placeLabel(side, x, y, textWidth, width, height)', () => {
	it('keeps the side the data asks for when the label fits', () => {
		expect(placeLabel('right', 100, 100, 80, 400, 300).anchor).toBe('start');
		expect(placeLabel('left', 200, 100, 80, 400, 300).anchor).toBe('end');
		expect(placeLabel(undefined, 100, 100, 80, 400, 300).anchor).toBe('start');
	});
	it('moves a label that would run off the right or left edge to the other side', () => {
		const right = placeLabel('right', 350, 100, 80, 400, 300);
		expect(right.anchor).toBe('end');
		expect(350 + right.dx - 80).toBeGreaterThanOrEqual(4);
		const left = placeLabel('left', 30, 100, 80, 400, 300);
		expect(left.anchor).toBe('start');
		expect(30 + left.dx + 80).toBeLessThanOrEqual(396);
	});
	it('keeps a label on its side when the other side has even less room', () => {
		expect(placeLabel('right', 150, 100, 200, 300, 300).anchor).toBe('start');
	});
	it('moves a label above or below to the other side at the top or bottom edge', () => {
		expect(placeLabel('above', 100, 8, 40, 400, 300).dy).toBeGreaterThan(0);
		expect(placeLabel('below', 100, 295, 40, 400, 300).dy).toBeLessThan(0);
	});
	it('slides a centred label back inside the drawing', () => {
		const p = placeLabel('below', 10, 100, 60, 400, 300);
		expect(10 + p.dx - 30).toBeGreaterThanOrEqual(4 - 1e-9);
		const q = placeLabel('above', 395, 100, 60, 400, 300);
		expect(395 + q.dx + 30).toBeLessThanOrEqual(396 + 1e-9);
	});
});

describe('placeLabels(items, width, height)', () => {
	const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
		a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	const boxes = (items: LabelRequest[], width: number, height: number) => {
		const { placements, hidden } = placeLabels(items, width, height);
		return { hidden, list: items.filter((l) => placements.has(l.id)).map((l) => labelBox(l.id, l.x, l.y, placements.get(l.id)!, l.w, l.h)) };
	};
	it('moves a named label off a neighbour named place and keeps every named label', () => {
		const items: LabelRequest[] = [
			{ id: 'a', x: 100, y: 100, w: 60, h: 15, named: true },
			{ id: 'b', x: 110, y: 108, w: 80, h: 15, named: true }
		];
		const { list, hidden } = boxes(items, 400, 300);
		expect(hidden.size).toBe(0);
		expect(list).toHaveLength(2);
		expect(overlaps(list[0], list[1])).toBe(false);
	});
	it('with sideFirst, goes farther out on its side before taking another side', () => {
		// A blocker right next to the point on the right: the label stands farther right, not on the left.
		const items: LabelRequest[] = [
			{ id: 'block', x: 130, y: 100, w: 30, h: 15, named: true, sides: ['right'] },
			{ id: 'end', x: 100, y: 100, w: 60, h: 15, named: true, r: 6, reach: [40, 70], sides: ['right', 'left'], sideFirst: true }
		];
		const { placements } = placeLabels(items, 400, 300);
		expect(placements.get('end')!.dx).toBeGreaterThan(0);
		const plain = placeLabels([items[0], { ...items[1], sideFirst: false }], 400, 300);
		expect(plain.placements.get('end')!.dx).toBeLessThan(0);
	});
	it('leaves out a context label that would overlap a named one, never a named one', () => {
		const items: LabelRequest[] = [
			{ id: 'context', x: 100, y: 100, w: 80, h: 15, named: false },
			{ id: 'named', x: 104, y: 102, w: 80, h: 15, named: true }
		];
		const { hidden } = placeLabels(items, 400, 300);
		expect([...hidden]).toEqual(['context']);
	});
	it('keeps every label inside the drawing when there is room on some side', () => {
		const items: LabelRequest[] = [{ id: 'edge', x: 390, y: 295, w: 80, h: 15, named: true }];
		const [box] = boxes(items, 400, 300).list;
		expect(box.left).toBeGreaterThanOrEqual(0);
		expect(box.right).toBeLessThanOrEqual(400);
		expect(box.bottom).toBeLessThanOrEqual(300);
	});
});

describe('mapLegend(state, markers)', () => {
	const camp = { id: 'camp', name: 'Camp', kind: 'camp' as const, country: 'Syria', lon: 41, lat: 36.4 };
	const base = { id: 'base', name: 'Base', kind: 'base' as const, country: 'Iraq', lon: 42.44, lat: 33.8 };
	const empty = { kind: 'map' as const, focus: [hasakah], highlight: [], concern: [], routes: [], bases: [] };
	it('lists a symbol for every kind of marker drawn, and nothing else', () => {
		expect(mapLegend(empty, [hasakah, camp], EN).map((e) => e.key)).toEqual(['city', 'camp', 'bold']);
		expect(mapLegend(empty, [base], EN).map((e) => e.key)).toEqual(['base', 'bold']);
	});
	it('adds the step’s own symbols: highlights, concerns, base changes and each route named by its ends', () => {
		const legend = mapLegend(
			{
				...empty,
				highlight: [hasakah],
				concern: [camp],
				bases: [{ place: base, status: 'drawdown' }],
				routes: [
					{ from: hasakah, to: baghdad, mode: 'land' },
					{ from: hasakah, to: baghdad, mode: 'air' }
				]
			},
			[hasakah, camp, base],
			EN
		);
		expect(legend.map((e) => e.key)).toEqual(['city', 'camp', 'base', 'bold', 'highlight', 'concern', 'drawdown', 'land', 'air']);
		expect(legend.at(-1)!.label).toBe('By air: Hasakah to Baghdad');
		expect(legend.find((e) => e.key === 'concern')!.label).toMatch(/approximate/);
	});
	it('says when a route ends at a whole country rather than a named place', () => {
		const iraq = { id: 'iraq', name: 'Iraq', kind: 'country' as const, country: 'Iraq', lon: 43.2, lat: 35 };
		const route = mapLegend({ ...empty, routes: [{ from: hasakah, to: iraq, mode: 'land' }] }, [], EN).at(-1)!;
		expect(route.label).toBe('By land: Hasakah to Iraq (sites not disclosed)');
	});
	it('keys areas (shaded, or of concern), emphasised borders and departures, and explains bold names', () => {
		const nineveh = { id: 'nineveh', name: 'Nineveh', kind: 'region' as const, country: 'Iraq', lon: 42, lat: 36, adm1: 'IRQ-3051' };
		const iraq = { id: 'iraq', name: 'Iraq', kind: 'country' as const, country: 'Iraq', lon: 43.2, lat: 35 };
		const syria = { id: 'syria', name: 'Syria', kind: 'country' as const, country: 'Syria', lon: 39, lat: 35 };
		const legend = mapLegend({ ...empty, areas: [nineveh], concern: [nineveh], borders: [[syria, iraq]], departures: [camp] }, [hasakah, camp], EN);
		expect(legend.map((e) => e.key)).toEqual(['city', 'camp', 'bold', 'area', 'concernArea', 'border', 'departure']);
		expect(legend.find((e) => e.key === 'border')!.label).toBe('Syria–Iraq border');
		expect(legend.find((e) => e.key === 'bold')!.label).toMatch(/Bold/);
		expect(legend.find((e) => e.key === 'departure')!.label).toMatch(/no count given/);
	});
});

describe('legendGrid(labels, width)', () => {
	it('lays the key out from its entries and width alone: equal columns, as many as keep it shortest', () => {
		const labels = ['Town or city', 'Detention camp', 'Military base'];
		expect(legendGrid(labels, 1400)).toMatchObject({ cols: 3, rows: 1, height: 26 });
		const narrow = legendGrid(labels, 150);
		expect(narrow.cols).toBe(1);
		expect(narrow.rows).toBe(3);
	});
	it('gives a long entry (a route named by its ends) a row of its own, leaving the columns as they were', () => {
		const labels = ['Town or city', 'Detention camp', 'By land: Hasakah to Iraq (sites not disclosed)'];
		const grid = legendGrid(labels, 370);
		expect(grid.long).toEqual([false, false, true]);
		expect(grid.cols).toBe(2);
		expect(grid.rows).toBe(2);
	});
	it('keeps a phone’s key to two columns, not one column of every entry', () => {
		const labels = ['بلدة أو مدينة', 'قاعدة عسكرية', 'في هذه الخطوة', 'محافظة تواجه قلقاً متزايداً', 'الحدود بين سوريا والعراق', 'غادرتها معظم القوات الأمريكية'];
		const grid = legendGrid(labels, 374);
		expect(grid.cols).toBeGreaterThanOrEqual(2);
		expect(grid.rows).toBeLessThan(labels.length);
	});
	it('gives an entry longer than the whole row (a longer language’s) the rows it wraps to', () => {
		const long = 'By land: Hasakah to Iraq (sites not disclosed)';
		expect(legendGrid(['Town or city', 'Detention camp', long], 370).lines).toEqual([1, 1, 1]);
		const pseudo = legendGrid(['Town or city', 'Detention camp', `[${long} ·············]`], 370);
		expect(pseudo.lines).toEqual([1, 1, 2]);
		expect(pseudo.rows).toBe(3);
	});
	it('is empty with no entries, and tall enough for a locator beside it', () => {
		expect(legendGrid([], 800).height).toBe(0);
		expect(legendGrid(['Town or city'], 800, 52).height).toBe(60);
	});
});

describe('keyReserve(keys, width)', () => {
	it('keeps the room of the tallest key of any step, so the frame above never moves', () => {
		const small = { labels: ['Town or city'], zoomed: false };
		const big = { labels: ['Town or city', 'Detention camp', 'Military base', 'Most US troops gone', 'Area of concern (approximate)'], zoomed: false };
		const reserve = keyReserve([small, big], 390, { width: 72, height: 52 });
		expect(reserve).toBe(legendGrid(big.labels, 390).height);
		expect(reserve).toBeGreaterThan(legendGrid(small.labels, 390).height);
		// A zoomed step's key sits beside the locator, and is at least as tall.
		expect(keyReserve([small, { ...small, zoomed: true }], 390, { width: 72, height: 52 })).toBe(60);
	});
});

describe('statusLineBoxes', () => {
	const placed = (entries: [string, LabelPlacement, LabelBox][]) => ({
		placements: new Map(entries.map(([id, p]) => [id, p])),
		boxes: new Map(entries.map(([id, , b]) => [id, b]))
	});
	const right = { dx: 9, dy: 4, anchor: 'start' as const };

	it('adds the line under a name where there is room', () => {
		const labels = placed([['base', right, { id: 'base', left: 100, right: 180, top: 50, bottom: 69 }]]);
		expect([...statusLineBoxes([{ id: 'base', w: 120 }], labels, [], 18, 400, 300).keys()]).toEqual(['base']);
	});

	it('leaves it out where it would run into another label or off the drawing', () => {
		const labels = placed([
			['base', right, { id: 'base', left: 100, right: 180, top: 50, bottom: 69 }],
			['town', right, { id: 'town', left: 150, right: 230, top: 72, bottom: 91 }]
		]);
		expect(statusLineBoxes([{ id: 'base', w: 120 }], labels, [], 18, 400, 300).size).toBe(0);
		expect(statusLineBoxes([{ id: 'base', w: 120 }], placed([['base', right, { id: 'base', left: 300, right: 380, top: 50, bottom: 69 }]]), [], 18, 400, 300).size).toBe(0);
	});
	it('never sets a status line on its own marker (a name placed above its point)', () => {
		const above = { dx: 0, dy: -10, anchor: 'middle' as const };
		const name = { id: 'a', left: 80, right: 120, top: 76, bottom: 95 };
		const marker = markerBox('a', 100, 100, 6);
		const shown = statusLineBoxes([{ id: 'a', w: 60 }], placed([['a', above, name]]), [marker], 18, 400, 300);
		expect(shown.has('a')).toBe(false);
	});
});

describe('placeLabels: give and take', () => {
	it('moves an earlier label to its other side when that is the only way to place a later one clear', () => {
		const items: LabelRequest[] = [
			{ id: 'a', x: 100, y: 100, side: 'right', w: 80, h: 19, named: true },
			// Too wide for the right, its left and below blocked or outside: only above is left, over a's label.
			{ id: 'b', x: 200, y: 104, w: 150, h: 19, named: true }
		];
		const { placements, boxes } = placeLabels(items, 300, 125);
		expect(placements.get('a')?.anchor).toBe('end');
		expect(placements.get('b')?.dy).toBeLessThan(0);
		const [a, b] = [boxes.get('a')!, boxes.get('b')!];
		expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
	});
});

describe('placeLabels: labels against markers and lines', () => {
	it('keeps a label clear of its own marker, a ✕ included, on every side it may take', () => {
		const items: LabelRequest[] = [{ id: 'base', x: 200, y: 150, w: 120, h: 19, named: true, r: 10, side: 'left' }];
		const { boxes } = placeLabels(items, 400, 300);
		expect(boxesOverlap(boxes.get('base')!, markerBox('base', 200, 150, 10))).toBe(false);
	});
	it('moves a label off a route passing where it would go', () => {
		const route = lineBoxes('route', [
			[210, 100],
			[210, 200]
		]);
		const { boxes } = placeLabels([{ id: 'camp', x: 200, y: 150, w: 80, h: 19, named: true, side: 'right' }], 400, 300, route);
		const box = boxes.get('camp')!;
		expect(route.some((b) => boxesOverlap(box, b))).toBe(false);
	});
	it('tries right, left, above and below, then the corners, and takes the first that is clear', () => {
		const blockers: LabelBox[] = [
			{ id: 'x', left: 205, right: 400, top: 145, bottom: 170 },
			{ id: 'y', left: 0, right: 195, top: 145, bottom: 170 }
		];
		const { placements } = placeLabels([{ id: 'p', x: 200, y: 150, w: 60, h: 19, named: true }], 400, 300, blockers);
		expect(placements.get('p')!.anchor).toBe('middle');
		expect(placements.get('p')!.dy).toBeLessThan(0); // above
	});
	it('leaves a context place out whole (marker and label) when its marker or every side of its label is taken', () => {
		const items: LabelRequest[] = [
			{ id: 'named', x: 200, y: 150, w: 100, h: 19, named: true, side: 'right' },
			{ id: 'context', x: 240, y: 146, w: 60, h: 19, named: false }
		];
		const { hidden, boxes } = placeLabels(items, 400, 300);
		expect([...hidden]).toEqual(['context']);
		expect(boxes.has('context')).toBe(false);
	});
	it('never lets a context label overlap a named label, a marker or a line', () => {
		const items: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, x: 40 + (i % 4) * 90, y: 60 + Math.floor(i / 4) * 70, w: 70, h: 19, named: i % 3 === 0 }));
		const line = lineBoxes('route', [
			[20, 20],
			[380, 280]
		]);
		const { boxes, hidden } = placeLabels(items, 400, 300, line);
		const shown = items.filter((l) => !hidden.has(l.id));
		for (const l of shown.filter((x) => !x.named)) {
			const b = boxes.get(l.id)!;
			for (const o of shown) if (o.id !== l.id) expect(boxesOverlap(b, boxes.get(o.id)!)).toBe(false);
			for (const o of shown) if (o.id !== l.id) expect(boxesOverlap(b, markerBox(o.id, o.x, o.y))).toBe(false);
			for (const k of line) expect(boxesOverlap(b, k)).toBe(false);
		}
	});
});

describe('borderCrossings and routeCurve: routes into a country end on its border', () => {
	// A border running north–south at x = 100, the country to the east.
	const border: [number, number][][] = [
		[
			[100, 0],
			[100, 300]
		]
	];
	it('ends the land route at the border point nearest the origin, the air route further along, each pointing into the country', () => {
		const c = borderCrossings(border, [40, 100], ['land', 'air'], 44, [200, 150])!;
		expect(c.ends.get('land')!.at).toEqual([100, 100]);
		expect(c.ends.get('air')!.at).toEqual([100, 144]);
		expect(c.ends.get('land')!.normal).toEqual([1, -0]);
		// The bracket runs along the border over both crossings.
		expect(c.bracket[0]).toEqual([100, 86]);
		expect(c.bracket.at(-1)![0]).toBe(100);
		expect(c.bracket.at(-1)![1]).toBeCloseTo(158, 6);
	});
	it('goes the other way along the border near its end, and is null without a border', () => {
		const c = borderCrossings(border, [40, 290], ['land', 'air'], 44, [200, 150])!;
		expect(c.ends.get('air')!.at[1]).toBeLessThan(c.ends.get('land')!.at[1]);
		expect(borderCrossings([], [0, 0], ['land'])).toBeNull();
	});
	it('draws the route across the line, its arrow just inside the country', () => {
		const land = routeCurve([40, 100], [100, 100], 'land', [1, 0]);
		expect(land.e[0]).toBeGreaterThan(100);
		expect(land.e[0]).toBeLessThan(115);
		const air = routeCurve([40, 100], [100, 144], 'air', [1, 0]);
		expect(air.d).not.toBe(land.d);
		expect(air.samples[0]).toEqual([40, 100]);
	});
});

describe('departureArrow', () => {
	it('draws one arrow from the place off the map’s western edge, never towards a neighbour on the map', () => {
		const arrow = departureArrow(300, 80, 10, 4);
		// It starts beside the place and ends at the left edge: it leaves the picture.
		expect(arrow.samples[0]).toEqual([296, 95]);
		expect(arrow.e[0]).toBe(4);
		// Always heading west: every point further west than the one before.
		arrow.samples.slice(1).forEach((p, i) => expect(p[0]).toBeLessThan(arrow.samples[i][0]));
		// Never north of the place (a northward arrow says "to Turkey"), and only gently south of it.
		for (const [, py] of arrow.samples) {
			expect(py).toBeGreaterThanOrEqual(80);
			expect(py).toBeLessThan(80 + 50);
		}
		expect(arrow.d.startsWith('M296,95Q')).toBe(true);
	});
});

describe('pathRings, ringsContain, boxWithin', () => {
	// A square country with a square lake (a hole), as d3-geo writes it.
	const rings = pathRings('M0,0L100,0L100,100L0,100Z M40,40L60,40L60,60L40,60Z');
	it('reads the rings of a path of straight segments', () => {
		expect(rings).toHaveLength(2);
		expect(rings[0][2]).toEqual([100, 100]);
	});
	it('reads the build’s compact outlines: relative steps, no comma before a minus, numbers such as .5', () => {
		expect(pathRings('M10,10l5,0l0,5l-5.5,0ZM.5-1l1,0l0,1Z')).toEqual([
			[[10, 10], [15, 10], [15, 15], [9.5, 15]],
			[[0.5, -1], [1.5, -1], [1.5, 0]]
		]);
	});
	it('tells inside from outside, holes included', () => {
		expect(ringsContain(rings, [20, 20])).toBe(true);
		expect(ringsContain(rings, [50, 50])).toBe(false);
		expect(ringsContain(rings, [120, 20])).toBe(false);
	});
	it('tests a screen box against the outline through the view', () => {
		const frame = { k: 2, tx: 10, ty: 10 };
		expect(boxWithin(rings, frame, { left: 20, right: 60, top: 20, bottom: 40 })).toBe(true);
		// Runs past the border (x 210 on screen is 100 in map units).
		expect(boxWithin(rings, frame, { left: 180, right: 240, top: 20, bottom: 40 })).toBe(false);
	});
});

describe('placeLabels: preferred spots', () => {
	it('takes a clear spot it prefers (inside its country) over its usual side', () => {
		const west = (b: LabelBox) => b.right <= 200;
		const { placements } = placeLabels([{ id: 'a', x: 200, y: 100, w: 60, h: 19, named: true, prefer: west }], 400, 300);
		expect(placements.get('a')!.anchor).toBe('end');
		const plain = placeLabels([{ id: 'a', x: 200, y: 100, w: 60, h: 19, named: true }], 400, 300);
		expect(plain.placements.get('a')!.anchor).toBe('start');
	});
});
