/**
 * The map's maths: which frame (centre and scale) shows a step's focus places, and where places,
 * routes and labels land once projected. Pure functions of the state and the drawing size.
 */
import { geoMercator, type GeoProjection } from 'd3';
import type { Place } from '../../data/types';
import type { Route } from '../../story/visualState';

export interface Frame {
	/** [lon, lat] at the centre of the drawing. */
	center: [number, number];
	/** d3 Mercator scale. */
	scale: number;
}

/** Narrowest span the map zooms to, in degrees, so a single place still shows its surroundings. */
const MIN_SPAN = 5;

/** The frame that fits every focus place inside the drawing with `pad` pixels to spare. */
export function fitFrame(focus: Pick<Place, 'lon' | 'lat'>[], width: number, height: number, pad = 48): Frame {
	const lons = focus.map((p) => p.lon);
	const lats = focus.map((p) => p.lat);
	let [w, e] = [Math.min(...lons), Math.max(...lons)];
	let [s, n] = [Math.min(...lats), Math.max(...lats)];
	if (e - w < MIN_SPAN) [w, e] = [(w + e) / 2 - MIN_SPAN / 2, (w + e) / 2 + MIN_SPAN / 2];
	if (n - s < MIN_SPAN * 0.7) [s, n] = [(s + n) / 2 - MIN_SPAN * 0.35, (s + n) / 2 + MIN_SPAN * 0.35];
	const corners = {
		type: 'MultiPoint' as const,
		coordinates: [
			[w, s],
			[e, n]
		]
	};
	const p = geoMercator().fitExtent(
		[
			[pad, pad],
			[Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)]
		],
		corners
	);
	const center = p.invert!([width / 2, height / 2])!;
	return { center: [center[0], center[1]], scale: p.scale() };
}

export function projectionFor(frame: Frame, width: number, height: number): GeoProjection {
	return geoMercator()
		.center(frame.center)
		.scale(frame.scale)
		.translate([width / 2, height / 2]);
}

/**
 * A route as an SVG path: a gentle curve for land, a higher arc for air, so the two read apart when
 * they share both ends. Ends a little short of the destination to leave room for the arrowhead.
 */
export function routePath(projection: GeoProjection, route: Route): string {
	const a = projection([route.from.lon, route.from.lat])!;
	const b = projection([route.to.lon, route.to.lat])!;
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = Math.hypot(dx, dy) || 1;
	const bend = route.mode === 'air' ? -0.35 : 0.12;
	const cx = (a[0] + b[0]) / 2 - dy * bend;
	const cy = (a[1] + b[1]) / 2 + dx * bend;
	const shorten = Math.min(14, length / 4);
	const ex = b[0] - ((b[0] - cx) / Math.hypot(b[0] - cx, b[1] - cy)) * shorten;
	const ey = b[1] - ((b[1] - cy) / Math.hypot(b[0] - cx, b[1] - cy)) * shorten;
	return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}`;
}

const r = (x: number) => Math.round(x * 10) / 10;
