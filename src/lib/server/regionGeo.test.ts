import { describe, expect, it } from 'vitest';
import { mercator, pathRings } from '../visuals/map/mapLayout';
import { loadRegionGeo, pathOf, regionBox, simplifyRing } from './regionGeo';

describe('regionBox', () => {
	const merc = ([[w, s], [e, n]]: [[number, number], [number, number]]) => {
		const [x0, y1] = mercator(w, s);
		const [x1, y0] = mercator(e, n);
		return { x0, x1, y0, y1, w: x1 - x0, h: y1 - y0 };
	};
	const places = [
		{ lon: 40, lat: 33 },
		{ lon: 45, lat: 37 }
	];
	it('holds the places with room round them on every side', () => {
		const [[w, s], [e, n]] = regionBox(places);
		expect(w).toBeLessThan(40 - 5);
		expect(e).toBeGreaterThan(45 + 5);
		expect(s).toBeLessThan(33 - 2);
		expect(n).toBeGreaterThan(37 + 2);
	});
	it('is wide enough for the widest frame and tall enough for the tallest, round the places’ box', () => {
		const r = merc(regionBox(places));
		const p = merc([
			[40, 33],
			[45, 37]
		]);
		// A frame 3 times as wide as tall fitted to the places' height, and one 0.6 as wide fitted to their width.
		expect(r.w).toBeGreaterThanOrEqual(3 * p.h * 1.5);
		expect(r.h).toBeGreaterThanOrEqual((p.w / 0.6) * 1.5);
		// Centred on the places.
		expect((r.x0 + r.x1) / 2).toBeCloseTo((p.x0 + p.x1) / 2, 0);
		expect((r.y0 + r.y1) / 2).toBeCloseTo((p.y0 + p.y1) / 2, 0);
	});
	it('never asks for more than the world', () => {
		const [[w, s], [e, n]] = regionBox([
			{ lon: -170, lat: -80 },
			{ lon: 170, lat: 80 }
		]);
		expect([w, s, e, n]).toEqual([-180, -85, 180, 85]);
	});
});

/** The absolute points of an outline's path, every ring's in turn (the reader the map's labels use). */
const points = (path: string): [number, number][] => pathRings(path).flat();

describe('pathOf', () => {
	it('steps relatively from an absolute start, on rounded tenths so the points are exact', () => {
		const d = pathOf({
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[40, 30],
						[41, 30],
						[41, 31],
						[40, 30]
					]
				]
			]
		});
		const [start, ...rest] = points(d);
		const abs = [
			[40, 30],
			[41, 30],
			[41, 31]
		].map(([lon, lat]) => mercator(lon, lat).map((v) => Math.round(v * 10) / 10));
		expect(start).toEqual(abs[0]);
		rest.forEach((p, i) => p.forEach((v, j) => expect(v).toBeCloseTo(abs[i + 1][j], 6)));
		expect(d.endsWith('Z')).toBe(true);
	});
});

describe('loadRegionGeo', () => {
	const geo = loadRegionGeo(
		regionBox([
			{ lon: 40.75, lat: 36.5 },
			{ lon: 44.37, lat: 33.31 }
		]),
		{
			countries: [
				{ id: 'syria', name: 'Syria' },
				{ id: 'iraq', name: 'Iraq' }
			],
			areas: [
				{ id: 'nineveh', adm1: 'IRQ-3051' },
				{ id: 'anbar', adm1: 'IRQ-3471' }
			]
		}
	);

	it('gives the border the story’s countries share, from the atlas: the Syria–Iraq line, running north to south', () => {
		const border = geo.borders!.find((b) => b.between.join() === 'syria,iraq')!;
		expect(border).toBeDefined();
		const all = border.lines.flat();
		expect(Math.min(...all.map((p) => p[1]))).toBeLessThan(33.5); // the Jordan tripoint, ~32.3°N
		expect(Math.max(...all.map((p) => p[1]))).toBeGreaterThan(36.9); // the Turkish tripoint, ~37.1°N
		for (const [lon] of all) {
			expect(lon).toBeGreaterThan(38.5);
			expect(lon).toBeLessThan(42.5);
		}
		expect(border.path).toMatch(/^M[-\d.]+,[-\d.]+L/);
	});

	it('draws the story’s areas from the governorates file, and names a missing one with the file', () => {
		expect(geo.areas!.map((a) => a.id)).toEqual(['nineveh', 'anbar']);
		for (const a of geo.areas!) expect(a.path).toMatch(/^M[-\d.]+,?[-\d.]+(l[-\d.]+,?[-\d.]+)+Z/);
		expect(() => loadRegionGeo(geo.box, { areas: [{ id: 'basra', adm1: 'IRQ-3222' }] })).toThrow(
			/place "basra" › adm1: "IRQ-3222" is not in src\/lib\/server\/geo\/iraq-governorates\.json/
		);
	});

	it('gives every country a unique id (the atlas leaves some without one)', () => {
		const ids = geo.countries.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps the countries of the region and drops the rest of the world', () => {
		const names = geo.countries.map((c) => c.name);
		expect(names).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Turkey', 'Iran', 'Jordan']));
		expect(names).not.toContain('France');
		expect(names).not.toContain('United States of America');
	});

	it('cuts every border to the box, as paths in map units', () => {
		const [[w, s], [e, n]] = geo.box;
		const [x0, y1] = mercator(w, s);
		const [x1, y0] = mercator(e, n);
		for (const c of geo.countries) {
			expect(c.path).toMatch(/^M[-\d.]+,?[-\d.]+(l[-\d.]+,?[-\d.]+)+Z/);
			for (const [x, y] of points(c.path)) {
				expect(Number(x)).toBeGreaterThanOrEqual(x0 - 0.1);
				expect(Number(x)).toBeLessThanOrEqual(x1 + 0.1);
				expect(Number(y)).toBeGreaterThanOrEqual(y0 - 0.1);
				expect(Number(y)).toBeLessThanOrEqual(y1 + 0.1);
			}
		}
	});
});

describe('simplifyRing', () => {
	it('drops points that bend the ring less than the tolerance, and keeps it closed', () => {
		const ring: [number, number][] = [
			[0, 0],
			[1, 0.001],
			[2, 0],
			[2, 2],
			[1, 2.001],
			[0, 2],
			[0, 0]
		];
		const out = simplifyRing(ring, 0.01);
		expect(out).toEqual([
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		]);
	});
	it('drops a ring smaller than the tolerance, and leaves everything alone at 0', () => {
		const tiny: [number, number][] = [
			[0, 0],
			[0.01, 0],
			[0.01, 0.01],
			[0, 0.01],
			[0, 0]
		];
		expect(simplifyRing(tiny, 0.05)).toEqual([]);
		expect(simplifyRing(tiny, 0)).toBe(tiny);
	});
});
