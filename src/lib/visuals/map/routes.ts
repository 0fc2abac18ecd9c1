/**
 * Routes and arrows as screen geometry: curves between places, routes into a whole country ending on
 * its border (under a bracket), and the arrow that leaves the map for destinations it does not show.
 */
import type { RouteMode } from '../../model/routeModes';
import type { Route } from '../../state/visualState';
import { project, type Frame } from './projection';

/**
 * A route as an SVG path: a gentle curve for land, a higher arc for air, so the two read apart when
 * they share both ends. Ends a little short of the destination to leave room for the arrowhead.
 */
export function routePath(frame: Frame, route: Route): string {
	return routeCurve(project(frame, route.from), project(frame, route.to), route.mode).d;
}

const r = (x: number) => Math.round(x * 10) / 10;

/** A point on a quadratic curve from a via c to b, at t. */
function quad(a: [number, number], c: [number, number], b: [number, number], t: number): [number, number] {
	const u = 1 - t;
	return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}

/** A point on a cubic curve from a via c1 and c2 to b, at t. */
function cubic(a: [number, number], c1: [number, number], c2: [number, number], b: [number, number], t: number): [number, number] {
	const u = 1 - t;
	const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
	return [k0 * a[0] + k1 * c1[0] + k2 * c2[0] + k3 * b[0], k0 * a[1] + k1 * c1[1] + k2 * c2[1] + k3 * b[1]];
}

/**
 * A route's arrowhead on screen (TransferMap's markers, drawn in the map's pixels whatever the line's
 * width): its length along the route, and how far its tip lies past the path's end (0.4 of its length).
 */
export const ARROW_HEAD = 12;
export const ARROW_TIP = 4.8;
/** A short route's head (a place near the border on a small map), so the line still shows before it. */
export const ARROW_HEAD_SHORT = 8;
export const ARROW_TIP_SHORT = 3.2;
/**
 * The dashes of a route whose means are air (dots) or not given (long dashes), in the map's pixels
 * (a land route is solid). Set on the route and its key's sample alike.
 */
export const ROUTE_DASH: Partial<Record<RouteMode, [dash: number, gap: number]>> = { air: [2, 6], unspecified: [9, 5] };

/**
 * Where a dashed route's pattern starts so that it ends on a dash at the arrowhead (`length` px long):
 * a pattern ending on a gap left the head afloat, apart from its line, on a short route.
 */
export function dashOffsetEndingOnDash(length: number, [dash, gap]: [number, number]): number {
	const period = dash + gap;
	return Math.round(((((dash - length) % period) + period) % period) * 10) / 10;
}

/** How long a curve is, along the points sampled on it. */
const lengthAlong = (points: [number, number][]) =>
	points.reduce((sum, p, i) => (i ? sum + Math.hypot(p[0] - points[i - 1][0], p[1] - points[i - 1][1]) : 0), 0);

/** A route shorter than this (px, start to end) is drawn with the short head. */
export const SHORT_ROUTE = 48;
/**
 * How far past the border line a route into a country ends: the head's base (ARROW_HEAD − ARROW_TIP
 * back from the end) then clears the bracket on the line (5 px wide) by a pixel or more.
 */
export const BORDER_END = 11;

/** The nearest point of a polyline to p, and how far along the line (in the line's units) it is. */
function nearestOnLine(line: [number, number][], p: [number, number]): { point: [number, number]; at: number; d: number } {
	let best = { point: line[0], at: 0, d: Infinity };
	let run = 0;
	for (let i = 0; i + 1 < line.length; i++) {
		const [a, b] = [line[i], line[i + 1]];
		const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
		const len = Math.hypot(dx, dy);
		const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (len * len))) : 0;
		const q: [number, number] = [a[0] + dx * t, a[1] + dy * t];
		const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
		if (d < best.d) best = { point: q, at: run + len * t, d };
		run += len;
	}
	return best;
}

/** The point a given distance along a polyline (clamped to its ends). */
export function alongLine(line: [number, number][], at: number): [number, number] {
	let run = 0;
	for (let i = 0; i + 1 < line.length; i++) {
		const [a, b] = [line[i], line[i + 1]];
		const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
		if (run + len >= at && len > 0) {
			const t = Math.max(0, (at - run) / len);
			return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
		}
		run += len;
	}
	return line[line.length - 1];
}

/** A polyline's length. */
export function lineLength(line: [number, number][]): number {
	return line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0);
}

/**
 * Where routes from one place into a whole country cross its border (in screen pixels): the land
 * route at the border's nearest point to the origin; the air route `apart` pixels further along the
 * border (whichever way stays on the line), so the two never share an arrowhead. A route into a
 * country ends on the real border line, never at a place the source does not name. With each end
 * comes the border's normal there, pointing into the country (towards `toward`, a point inside it),
 * so the arrowheads point into the country across the line. Also returns the stretch of border
 * between (and a little beyond) the crossings, for the bracket that says the sites are not disclosed.
 */
export function borderCrossings(
	border: [number, number][][],
	from: [number, number],
	modes: RouteMode[],
	apart = 44,
	toward?: [number, number]
): { ends: Map<RouteMode, { at: [number, number]; normal: [number, number] }>; bracket: [number, number][] } | null {
	const lines = border.filter((l) => l.length >= 2);
	if (!lines.length) return null;
	const near = lines.map((l) => ({ l, n: nearestOnLine(l, from) })).sort((a, b) => a.n.d - b.n.d)[0];
	const total = lineLength(near.l);
	const land = near.n.at;
	const onward = land + apart <= total - 4 ? land + apart : Math.max(0, land - apart);
	const into = toward ?? [2 * near.n.point[0] - from[0], 2 * near.n.point[1] - from[1]];
	const normalAt = (at: number): [number, number] => {
		// The border's direction over a stretch either side, turned a right angle, towards the country.
		const [p, q] = [alongLine(near.l, Math.max(0, at - 12)), alongLine(near.l, Math.min(total, at + 12))];
		const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
		let n: [number, number] = [-(q[1] - p[1]) / len, (q[0] - p[0]) / len];
		const c = alongLine(near.l, at);
		if (n[0] * (into[0] - c[0]) + n[1] * (into[1] - c[1]) < 0) n = [-n[0], -n[1]];
		return n;
	};
	const ends = new Map<RouteMode, { at: [number, number]; normal: [number, number] }>();
	const used: number[] = [];
	for (const mode of modes) {
		const at = mode === 'land' || !modes.includes('land') ? land : onward;
		ends.set(mode, { at: alongLine(near.l, at), normal: normalAt(at) });
		used.push(at);
	}
	const [lo, hi] = [Math.max(0, Math.min(...used) - 14), Math.min(total, Math.max(...used) + 14)];
	const bracket: [number, number][] = [alongLine(near.l, lo)];
	let run = 0;
	for (let i = 0; i + 1 < near.l.length; i++) {
		run += Math.hypot(near.l[i + 1][0] - near.l[i][0], near.l[i + 1][1] - near.l[i][1]);
		if (run > lo && run < hi) bracket.push(near.l[i + 1]);
	}
	bracket.push(alongLine(near.l, hi));
	return { ends, bracket };
}

/**
 * A route as screen geometry: start, control point and end of its curve, points along it for keeping
 * labels clear, and which arrowhead it takes (`short` under SHORT_ROUTE from start to end, so a short
 * line is not all head). To a place: a gentle curve for land, a higher arc for air, so the two read
 * apart, ending a little short of the place for the arrowhead. Into a country (`normal` given, the
 * border's normal at the crossing b): the curve arrives across the border line along that normal and
 * ends just past it (BORDER_END), so the arrowhead points into the country, its base clear of the
 * bracket on the line; the air route comes in on a higher arc that still arrives square to the line.
 */
export function routeCurve(
	a: [number, number],
	b: [number, number],
	mode: RouteMode,
	normal?: [number, number]
): { a: [number, number]; c: [number, number]; e: [number, number]; d: string; samples: [number, number][]; length: number; head: 'full' | 'short' } {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = Math.hypot(dx, dy) || 1;
	const headOf = (e: [number, number]) => (Math.hypot(e[0] - a[0], e[1] - a[1]) < SHORT_ROUTE ? 'short' : 'full');
	let c: [number, number];
	let e: [number, number];
	if (normal) {
		e = [b[0] + normal[0] * BORDER_END, b[1] + normal[1] * BORDER_END];
		const back = length * 0.45;
		if (mode === 'air') {
			// A higher arc that still arrives square to the border: a cubic whose last control point is on
			// the normal, so the arrowhead points across the line, never along it.
			const c1: [number, number] = [a[0] + dx * 0.35 + dy * 0.35, a[1] + dy * 0.35 - dx * 0.35];
			const c2: [number, number] = [b[0] - normal[0] * back, b[1] - normal[1] * back];
			const samples = Array.from({ length: 17 }, (_, i) => cubic(a, c1, c2, e, i / 16));
			const d = `M${r(a[0])},${r(a[1])}C${r(c1[0])},${r(c1[1])} ${r(c2[0])},${r(c2[1])} ${r(e[0])},${r(e[1])}`;
			return { a, c: c1, e, d, samples, length: lengthAlong(samples), head: headOf(e) };
		}
		c = [b[0] - normal[0] * back, b[1] - normal[1] * back];
	} else {
		const bend = mode === 'air' ? -0.35 : 0.12;
		c = [(a[0] + b[0]) / 2 - dy * bend, (a[1] + b[1]) / 2 + dx * bend];
		const toEnd = Math.hypot(b[0] - c[0], b[1] - c[1]) || 1;
		const shift = Math.min(14, length / 4);
		e = [b[0] - ((b[0] - c[0]) / toEnd) * shift, b[1] - ((b[1] - c[1]) / toEnd) * shift];
	}
	const samples = Array.from({ length: 17 }, (_, i) => quad(a, c, e, i / 16));
	return { a, c, e, d: `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(e[0])},${r(e[1])}`, samples, length: lengthAlong(samples), head: headOf(e) };
}

/**
 * The directions of a fan of departures (degrees, screen: 0 east, 90 south): out either side, a third
 * of the way up or down, so the fan is wider than tall, as the key's swatch is (16 px high, in a row of 18),
 * and its name and words have room above and below it.
 */
export const FAN_ANGLES = [-150, -30, 30, 150] as const;

/** One short arrow of a fan: its start, its end (where its head goes), the SVG path, points along it. */
export interface FanArrow {
	a: [number, number];
	e: [number, number];
	d: string;
	samples: [number, number][];
}

/** A filled arrowhead at `e`, pointing away from `a`: `length` long, `half` wide on each side (the key's small fan). */
export function arrowHead(a: [number, number], e: [number, number], length: number, half: number): string {
	const [dx, dy] = [e[0] - a[0], e[1] - a[1]];
	const n = Math.hypot(dx, dy) || 1;
	const [ux, uy] = [dx / n, dy / n];
	const tip: [number, number] = [e[0] + ux * length * 0.6, e[1] + uy * length * 0.6];
	const base: [number, number] = [tip[0] - ux * length, tip[1] - uy * length];
	return `M${r(tip[0])},${r(tip[1])}L${r(base[0] - uy * half)},${r(base[1] + ux * half)}L${r(base[0] + uy * half)},${r(base[1] - ux * half)}z`;
}

/** A fan's reach on the smallest map (a phone's) and the largest (a projector's), px. */
export const FAN_REACH = { min: 16, max: 32 } as const;
/**
 * How far past a fan's tips no name but its place's stands, nor any town not in the step (px): a name
 * just past an arrow's head reads as where the people went.
 */
export const FAN_CLEAR = 14;

/**
 * The arrows leaving a place for destinations the source does not name (countries that took their
 * citizens home): four short arrows out from the place (FAN_ANGLES), from `inner` to `outer`
 * pixels from it, so they say "away, in every direction" and point at no country. (One long arrow off
 * the map's western edge, the first design, read as "to the West" in a graphics editor's review, when
 * the countries that took their citizens home are unnamed, and all round the world.)
 */
export function departureFan(x: number, y: number, inner: number, outer: number): FanArrow[] {
	return FAN_ANGLES.map((deg) => {
		const [cos, sin] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
		const a: [number, number] = [x + inner * cos, y + inner * sin];
		const e: [number, number] = [x + outer * cos, y + outer * sin];
		const samples = Array.from({ length: 7 }, (_, i): [number, number] => [a[0] + ((e[0] - a[0]) * i) / 6, a[1] + ((e[1] - a[1]) * i) / 6]);
		return { a, e, d: `M${r(a[0])},${r(a[1])}L${r(e[0])},${r(e[1])}`, samples };
	});
}
