import { describe, expect, it } from 'vitest';
import { mercator } from '../visuals/map/mapLayout';
import { loadRegionGeo, pathOf, regionBox } from './regionGeo';

describe('regionBox', () => {
	it('pads the extent of the places', () => {
		expect(regionBox([{ lon: 40, lat: 33 }, { lon: 45, lat: 37 }])).toEqual([
			[36, 29],
			[49, 41]
		]);
	});
	it('pads wide extents in proportion', () => {
		const [[w], [e]] = regionBox([{ lon: 0, lat: 0 }, { lon: 20, lat: 1 }]);
		expect([w, e]).toEqual([-9, 29]);
		// …and never by less than the minimum.
		expect(regionBox([{ lon: 10, lat: 10 }])).toEqual([
			[6, 6],
			[14, 14]
		]);
	});
});

/** The absolute points of a path of `M x,y` and relative `l dx,dy` steps (numbers may be `.4` or `-.3`). */
function points(path: string): [number, number][] {
	const out: [number, number][] = [];
	let [x, y] = [0, 0];
	for (const [, cmd, args] of path.matchAll(/([MlZ])([^MlZ]*)/g)) {
		if (cmd === 'Z') continue;
		const [a, b] = (args.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		[x, y] = cmd === 'M' ? [a, b] : [x + a, y + b];
		out.push([x, y]);
	}
	return out;
}

describe('pathOf', () => {
	it('steps relatively from an absolute start, on rounded tenths so the points are exact', () => {
		const d = pathOf({ type: 'MultiPolygon', coordinates: [[[[40, 30], [41, 30], [41, 31], [40, 30]]]] });
		const [start, ...rest] = points(d);
		const abs = [[40, 30], [41, 30], [41, 31]].map(([lon, lat]) => mercator(lon, lat).map((v) => Math.round(v * 10) / 10));
		expect(start).toEqual(abs[0]);
		rest.forEach((p, i) => p.forEach((v, j) => expect(v).toBeCloseTo(abs[i + 1][j], 6)));
		expect(d.endsWith('Z')).toBe(true);
	});
});

describe('loadRegionGeo', () => {
	const geo = loadRegionGeo(regionBox([{ lon: 40.75, lat: 36.5 }, { lon: 44.37, lat: 33.31 }]));

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
