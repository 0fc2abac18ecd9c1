import { describe, expect, it } from 'vitest';
import { mercator } from '../visuals/map/mapLayout';
import { loadRegionGeo, regionBox } from './regionGeo';

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
			expect(c.path).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+Z/);
			for (const [, x, y] of c.path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
				expect(Number(x)).toBeGreaterThanOrEqual(x0 - 0.1);
				expect(Number(x)).toBeLessThanOrEqual(x1 + 0.1);
				expect(Number(y)).toBeGreaterThanOrEqual(y0 - 0.1);
				expect(Number(y)).toBeLessThanOrEqual(y1 + 0.1);
			}
		}
	});
});
