/**
 * Clips polygon rings (lon/lat) to a rectangle, so the page ships only the region the map can show
 * instead of whole countries. Sutherland–Hodgman against each edge; new edges along the box are
 * densified so d3-geo's great-circle interpretation stays on the box's parallels and meridians.
 */

export type Ring = [number, number][];
export type Box = [[number, number], [number, number]]; // [[west, south], [east, north]]

type Edge = { inside: (p: [number, number]) => boolean; cross: (a: [number, number], b: [number, number]) => [number, number] };

function edges([[w, s], [e, n]]: Box): Edge[] {
	const atX =
		(x: number) =>
		(a: [number, number], b: [number, number]): [number, number] => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
	const atY =
		(y: number) =>
		(a: [number, number], b: [number, number]): [number, number] => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
	return [
		{ inside: (p) => p[0] >= w, cross: atX(w) },
		{ inside: (p) => p[0] <= e, cross: atX(e) },
		{ inside: (p) => p[1] >= s, cross: atY(s) },
		{ inside: (p) => p[1] <= n, cross: atY(n) }
	];
}

/** The part of a closed ring inside the box, closed again; [] when nothing is inside. */
export function clipRing(ring: Ring, box: Box, step = 0.5): Ring {
	let points = ring.slice(0, ring.length > 1 && same(ring[0], ring[ring.length - 1]) ? -1 : undefined);
	for (const edge of edges(box)) {
		const out: Ring = [];
		for (let i = 0; i < points.length; i++) {
			const cur = points[i];
			const prev = points[(i + points.length - 1) % points.length];
			const curIn = edge.inside(cur);
			const prevIn = edge.inside(prev);
			if (curIn) {
				if (!prevIn) out.push(edge.cross(prev, cur));
				out.push(cur);
			} else if (prevIn) out.push(edge.cross(prev, cur));
		}
		points = out;
		if (points.length === 0) return [];
	}
	if (points.length < 3) return [];
	const dense = densifyOnBox(points, box, step);
	return [...dense, dense[0]];
}

function same(a: [number, number], b: [number, number]) {
	return a[0] === b[0] && a[1] === b[1];
}

/** Inserts points every `step` degrees along segments that run on the box's sides. */
function densifyOnBox(points: Ring, [[w, s], [e, n]]: Box, step: number): Ring {
	const out: Ring = [];
	const onSide = (a: [number, number], b: [number, number]) => (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n));
	points.forEach((a, i) => {
		const b = points[(i + 1) % points.length];
		out.push(a);
		if (!onSide(a, b)) return;
		const n = Math.floor(Math.hypot(b[0] - a[0], b[1] - a[1]) / step);
		for (let k = 1; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
	});
	return out;
}

/** Rounds coordinates to `digits` decimals (0.01° ≈ 1 km: finer than the map can show). */
export function roundRing(ring: Ring, digits = 2): Ring {
	const f = 10 ** digits;
	return ring.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
}
