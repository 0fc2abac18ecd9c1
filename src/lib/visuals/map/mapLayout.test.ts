import { describe, expect, it } from 'vitest';
import { fitFrame, projectionFor, routePath } from './mapLayout';

const hasakah = { id: 'hasakah', name: 'Hasakah', kind: 'city' as const, country: 'Syria', lon: 40.75, lat: 36.5 };
const baghdad = { id: 'baghdad', name: 'Baghdad', kind: 'city' as const, country: 'Iraq', lon: 44.37, lat: 33.31 };

describe('fitFrame', () => {
	it('puts every focus place inside the drawing, clear of the padding', () => {
		const frame = fitFrame([hasakah, baghdad], 800, 600, 40);
		const p = projectionFor(frame, 800, 600);
		for (const place of [hasakah, baghdad]) {
			const [x, y] = p([place.lon, place.lat])!;
			expect(x).toBeGreaterThanOrEqual(40 - 0.5);
			expect(x).toBeLessThanOrEqual(760 + 0.5);
			expect(y).toBeGreaterThanOrEqual(40 - 0.5);
			expect(y).toBeLessThanOrEqual(560 + 0.5);
		}
	});

	it('does not zoom in without limit on a single place', () => {
		const one = fitFrame([hasakah], 800, 600);
		const two = fitFrame([hasakah, baghdad], 800, 600);
		expect(one.scale).toBeLessThan(two.scale * 1.6);
		expect(one.center[0]).toBeCloseTo(hasakah.lon, 0);
	});

	it('zooms in further on a tighter focus', () => {
		const wide = fitFrame([hasakah, baghdad, { lon: 36, lat: 31 }], 800, 600);
		const tight = fitFrame([hasakah, baghdad], 800, 600);
		expect(tight.scale).toBeGreaterThan(wide.scale);
	});
});

describe('routePath', () => {
	const p = projectionFor(fitFrame([hasakah, baghdad], 800, 600), 800, 600);
	it('starts at the origin place', () => {
		const [x, y] = p([hasakah.lon, hasakah.lat])!;
		expect(routePath(p, { from: hasakah, to: baghdad, mode: 'land' })).toMatch(
			new RegExp(`^M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}Q`)
		);
	});
	it('draws air and land routes between the same places apart', () => {
		expect(routePath(p, { from: hasakah, to: baghdad, mode: 'air' })).not.toBe(
			routePath(p, { from: hasakah, to: baghdad, mode: 'land' })
		);
	});
});
