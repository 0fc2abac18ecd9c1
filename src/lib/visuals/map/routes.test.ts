import { describe, expect, it } from 'vitest';
import {
	ARROW_HEAD,
	ARROW_HEAD_SHORT,
	ARROW_TIP,
	ARROW_TIP_SHORT,
	borderCrossings,
	arrowHead,
	departureFan,
	fitBox,
	focusBox,
	project,
	routeCurve,
	routePath,
	SHORT_ROUTE
} from './mapLayout';
import { dashOffsetEndingOnDash, ROUTE_DASH } from './routes';

const fitFrame = (places: { lon: number; lat: number }[], w: number, h: number, pad?: number) => fitBox(focusBox(places), w, h, pad);
const hasakah = { id: 'hasakah', name: 'Hasakah', kind: 'city' as const, country: 'Syria', lon: 40.75, lat: 36.5 };
const baghdad = { id: 'baghdad', name: 'Baghdad', kind: 'city' as const, country: 'Iraq', lon: 44.37, lat: 33.31 };

describe('routePath', () => {
	const frame = fitFrame([hasakah, baghdad], 800, 600);
	it('starts at the origin place', () => {
		const [x, y] = project(frame, hasakah);
		expect(routePath(frame, { from: hasakah, to: baghdad, mode: 'land' })).toMatch(new RegExp(`^M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}Q`));
	});
	it('draws air and land routes between the same places apart', () => {
		expect(routePath(frame, { from: hasakah, to: baghdad, mode: 'air' })).not.toBe(routePath(frame, { from: hasakah, to: baghdad, mode: 'land' }));
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
	it('brings both routes in square to the border, their heads clear of the bracket on it', () => {
		for (const [mode, b] of [
			['land', [100, 100]],
			['air', [100, 144]],
			['unspecified', [100, 100]]
		] as const) {
			const c = routeCurve([40, 60], [...b], mode, [1, 0]);
			const [p, q] = c.samples.slice(-2);
			// The last stretch heads east, across the north–south border (within 10°), not along it.
			expect(Math.abs(Math.atan2(q[1] - p[1], q[0] - p[0])), mode).toBeLessThan((10 * Math.PI) / 180);
			// The head's base lies past the bracket's half width (2.5 px) from the line.
			expect(c.e[0] - (ARROW_HEAD - ARROW_TIP) - 100, mode).toBeGreaterThan(2.5);
			// Its tip at most 20 px into the country.
			expect(c.e[0] + ARROW_TIP - 100, mode).toBeLessThanOrEqual(20);
		}
	});
});

describe('routeCurve: which arrowhead a route takes', () => {
	it('gives a route under SHORT_ROUTE px from start to end the short head, so the line still shows before it', () => {
		expect(routeCurve([0, 0], [200, 0], 'land').head).toBe('full');
		expect(routeCurve([0, 0], [30, 0], 'land').head).toBe('short');
		// Measured to where the line ends (short of a place, past a border), not to the point it aims at.
		expect(routeCurve([0, 0], [SHORT_ROUTE + 6, 0], 'air').head).toBe('short');
		expect(routeCurve([0, 0], [SHORT_ROUTE - 6, 0], 'land', [1, 0]).head).toBe('full');
	});
	it('makes the short head smaller than the full one, its base as clear of a bracket', () => {
		expect(ARROW_HEAD_SHORT).toBeLessThan(ARROW_HEAD);
		const c = routeCurve([70, 100], [100, 100], 'land', [1, 0]);
		expect(c.head).toBe('short');
		expect(c.e[0] - (ARROW_HEAD_SHORT - ARROW_TIP_SHORT) - 100).toBeGreaterThan(2.5);
	});
});

describe('departureFan', () => {
	it('draws four short arrows out from the place, up and down either side: away in every direction, towards no country', () => {
		const fan = departureFan(300, 80, 10, 26);
		expect(fan).toHaveLength(4);
		const directions = new Set<string>();
		for (const arrow of fan) {
			// Each starts clear of the place's marker and ends a short way out, further from it than it starts.
			expect(Math.hypot(arrow.a[0] - 300, arrow.a[1] - 80)).toBeCloseTo(10, 5);
			expect(Math.hypot(arrow.e[0] - 300, arrow.e[1] - 80)).toBeCloseTo(26, 5);
			directions.add(`${Math.sign(arrow.e[0] - 300)},${Math.sign(arrow.e[1] - 80)}`);
			expect(arrow.samples[0]).toEqual(arrow.a);
			expect(arrow.samples.at(-1)![0]).toBeCloseTo(arrow.e[0], 5);
		}
		// North-west, north-east, south-east and south-west: no one way is the way.
		expect([...directions].sort()).toEqual(['-1,-1', '-1,1', '1,-1', '1,1']);
		expect(fan[0].d).toBe('M291.3,75L277.5,67');
	});

	it('puts an arrowhead beyond the arrow’s end, pointing on along it', () => {
		// An arrow east along y = 0, ending at x = 10: the head's tip further east, its base across the line.
		expect(arrowHead([0, 0], [10, 0], 4, 2)).toBe('M12.4,0L8.4,2L8.4,-2z');
	});
});

describe('dashOffsetEndingOnDash: a dashed route ends on a dash, at its head', () => {
	it('starts the pattern so that the route’s last pixels are the end of a dash, whatever its length', () => {
		for (const dash of [ROUTE_DASH.unspecified!, ROUTE_DASH.air!]) {
			const period = dash[0] + dash[1];
			for (const length of [7, 14, 30, 47.3, 120, 301.9]) {
				const offset = dashOffsetEndingOnDash(length, dash);
				expect(offset).toBeGreaterThanOrEqual(0);
				expect(offset).toBeLessThan(period);
				// Where the route ends, in the pattern: at the end of a dash (within the offset's rounding).
				const at = (length + offset) % period;
				expect(Math.abs(at - dash[0])).toBeLessThan(0.06);
			}
		}
	});

	it('measures a curve along it: a route bends, so it is longer than the straight line between its ends', () => {
		for (const mode of ['land', 'air'] as const) {
			const curve = routeCurve([0, 0], [100, 0], mode);
			expect(curve.length).toBeGreaterThan(Math.hypot(curve.e[0] - curve.a[0], curve.e[1] - curve.a[1]));
		}
		expect(routeCurve([0, 0], [100, 0], 'land').length).toBeLessThan(routeCurve([0, 0], [100, 0], 'air').length);
	});
});
