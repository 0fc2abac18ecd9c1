import { describe, expect, it } from 'vitest';
import { fitBox, focusBox, labelBox, legendGrid, mapLegend, mercator, placeLabel, placeLabels, project, routePath, shownPlaces, statusLines, type LabelBox, type LabelPlacement, type LabelRequest } from './mapLayout';
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
		expect(mapLegend(empty, [hasakah, camp], EN).map((e) => e.key)).toEqual(['city', 'camp']);
		expect(mapLegend(empty, [base], EN).map((e) => e.key)).toEqual(['base']);
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
		expect(legend.map((e) => e.key)).toEqual(['city', 'camp', 'base', 'highlight', 'concern', 'drawdown', 'land', 'air']);
		expect(legend.at(-1)!.label).toBe('By air: Hasakah to Baghdad');
		expect(legend.find((e) => e.key === 'concern')!.label).toMatch(/approximate/);
	});
	it('says when a route ends at a whole country rather than a named place', () => {
		const iraq = { id: 'iraq', name: 'Iraq', kind: 'country' as const, country: 'Iraq', lon: 43.2, lat: 35 };
		const [route] = mapLegend({ ...empty, routes: [{ from: hasakah, to: iraq, mode: 'land' }] }, [], EN);
		expect(route.label).toBe('By land: Hasakah to Iraq (sites not disclosed)');
	});
});

describe('legendGrid(labels, width)', () => {
	it('lays the key out from its entries and width alone: equal columns, as many as fit', () => {
		const labels = ['Town or city', 'Detention camp', 'Military base'];
		expect(legendGrid(labels, 1400)).toMatchObject({ cols: 3, rows: 1, height: 26 });
		const narrow = legendGrid(labels, 200);
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
	it('is empty with no entries, and tall enough for a locator beside it', () => {
		expect(legendGrid([], 800).height).toBe(0);
		expect(legendGrid(['Town or city'], 800, 52).height).toBe(60);
	});
});

describe('statusLines', () => {
	const placed = (entries: [string, LabelPlacement, LabelBox][]) => ({
		placements: new Map(entries.map(([id, p]) => [id, p])),
		boxes: new Map(entries.map(([id, , b]) => [id, b]))
	});
	const right = { dx: 9, dy: 4, anchor: 'start' as const };

	it('adds the line under a name where there is room', () => {
		const labels = placed([['base', right, { id: 'base', left: 100, right: 180, top: 50, bottom: 69 }]]);
		expect(statusLines([{ id: 'base', w: 120 }], labels, [], 18, 400, 300)).toEqual(new Set(['base']));
	});

	it('leaves it out where it would run into another label or off the drawing', () => {
		const labels = placed([
			['base', right, { id: 'base', left: 100, right: 180, top: 50, bottom: 69 }],
			['town', right, { id: 'town', left: 150, right: 230, top: 72, bottom: 91 }]
		]);
		expect(statusLines([{ id: 'base', w: 120 }], labels, [], 18, 400, 300).size).toBe(0);
		expect(statusLines([{ id: 'base', w: 120 }], placed([['base', right, { id: 'base', left: 300, right: 380, top: 50, bottom: 69 }]]), [], 18, 400, 300).size).toBe(0);
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
