import { describe, expect, it } from 'vitest';
import { fitBox, isRouteKey, keyLayout, keyReserve, legendGrid, mapLegend, type FocusBox } from './mapLayout';
import { routeModes } from '../../model/routeModes';
import { EN } from '../../i18n/strings.en';

const hasakah = { id: 'hasakah', name: 'Hasakah', kind: 'city' as const, country: 'Syria', lon: 40.75, lat: 36.5 };
const baghdad = { id: 'baghdad', name: 'Baghdad', kind: 'city' as const, country: 'Iraq', lon: 44.37, lat: 33.31 };

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
	it('never names a means of transport the record does not give', () => {
		const iraq = { id: 'iraq', name: 'Iraq', kind: 'country' as const, country: 'Iraq', lon: 43.2, lat: 35 };
		const legend = mapLegend({ ...empty, routes: [{ from: hasakah, to: iraq, mode: 'unspecified' }] }, [], EN);
		expect(legend.map((e) => e.key)).not.toContain('land');
		expect(legend.at(-1)).toEqual({ key: 'unspecified', label: 'Means not given: Hasakah to Iraq (sites not disclosed)' });
	});
	it('draws a route entry, one per route mode, as its line (isRouteKey), and no other entry so', () => {
		expect(routeModes.every(isRouteKey)).toBe(true);
		expect((['city', 'camp', 'base', 'border', 'departure', 'concern', 'area'] as const).some(isRouteKey)).toBe(false);
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

describe('keyLayout(keys, width, height, locator, scaleAt)', () => {
	// A story's frame wider than tall, like this story's (Syria and Iraq).
	const box: FocusBox = [35, 29, 49, 38];
	const scaleAt = (w: number, h: number) => fitBox(box, w, h, 20).k;
	const keys = [
		{ labels: ['Town or city', 'Bold: places in this step', 'Highlighted'], zoomed: false },
		{ labels: ['Town or city', 'Detention camp', 'Means not given: Hasakah to Iraq (sites not disclosed)'], zoomed: false }
	];
	const locator = { width: 72, height: 52 };

	it('puts the key under a map on an upright phone, keeping the tallest key’s room', () => {
		const k = keyLayout(keys, 374, 367, locator, scaleAt);
		expect(k.side).toBe(false);
		expect(k).toMatchObject({ width: 374, mapWidth: 374, height: keyReserve(keys, 374, locator), mapHeight: 367 - k.height });
	});

	it('puts it beside a wide, short map (a phone on its side), where the map then draws larger, and the column holds every key', () => {
		const k = keyLayout(keys, 493, 256, locator, scaleAt);
		expect(k.side).toBe(true);
		expect(k.mapWidth + k.width).toBe(493);
		expect(k.mapHeight).toBe(256);
		const under = keyReserve(keys, 493, locator);
		expect(scaleAt(k.mapWidth, k.mapHeight)).toBeGreaterThan(1.1 * scaleAt(493, 256 - under));
		for (const key of keys) expect(legendGrid(key.labels, k.width, 0, 1).height).toBeLessThanOrEqual(256);
	});

	it('keeps it under the map where a column could not hold the tallest key', () => {
		expect(keyLayout(keys, 493, 40, locator, scaleAt).side).toBe(false);
	});

	// The Arabic deck on a phone on its side with an update notice open: a drawing 493 × 176, and a key of
	// seven entries whose long lines wrap in a 220 px column (188 px of key there).
	const long = [
		{
			labels: [
				'Town or city',
				'Detention camp',
				'Military base',
				'Bold: places in this step',
				'Governorate of growing concern (approximate area)',
				'Border between Syria and Iraq',
				'Most US troops left the base'
			],
			zoomed: false
		},
		...keys
	];

	it('gives a short drawing’s key a wider column where no usual one holds it, rather than leave the map 80 px tall under it', () => {
		for (const kw of [150, 160, 180, 200, 220]) expect(legendGrid(long[0].labels, kw, 0, 1).height).toBeGreaterThan(176);
		const k = keyLayout(long, 493, 176, locator, scaleAt);
		expect(k.side).toBe(true);
		expect(k.width).toBeGreaterThan(220);
		expect(k.mapWidth).toBeGreaterThanOrEqual(240);
		expect(legendGrid(long[0].labels, k.width, 0, 1).height).toBeLessThanOrEqual(176);
		expect(scaleAt(k.mapWidth, k.mapHeight)).toBeGreaterThan(1.1 * scaleAt(493, 176 - keyReserve(long, 493, locator)));
	});

	it('keeps the usual widths wherever one of them holds the tallest key', () => {
		expect(keyLayout(long, 493, 256, locator, scaleAt).width).toBeLessThanOrEqual(220);
	});
});
