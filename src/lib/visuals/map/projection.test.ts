import { describe, expect, it } from 'vitest';
import { fitBox, focusBox, mercator, project, shownPlaces } from './mapLayout';

const fitFrame = (places: { lon: number; lat: number }[], w: number, h: number, pad?: number) => fitBox(focusBox(places), w, h, pad);
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
