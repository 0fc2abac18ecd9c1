/**
 * Outlines as rings (the build's compact SVG paths read back), and whether a label's box on screen
 * lies inside one or crosses it: what keeps a name inside its own country.
 */
import type { LabelBox } from './labelPlacement';
import type { Frame } from './projection';

/** Outlines already read, by their path. */
const ringsOf = new Map<string, [number, number][][]>();

/**
 * The rings of an outline's SVG path, as absolute points, so a label can be tested against a country.
 * The build writes outlines compactly (`regionGeo.pathOf`): `M x,y`, then relative `l dx,dy` steps,
 * numbers such as `.4` or `-.3` with no comma before a minus, `Z` closing each ring; absolute `L` is
 * read too. The same path gives the same rings, read once and shared: callers never change them.
 */
export function pathRings(d: string): [number, number][][] {
	let rings = ringsOf.get(d);
	if (!rings) {
		// A few dozen outlines, read on every map drawn: each is read once (a story's new outline, in
		// development, clears what was kept once there are many).
		if (ringsOf.size > 500) ringsOf.clear();
		rings = readRings(d);
		ringsOf.set(d, rings);
	}
	return rings;
}
function readRings(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let ring: [number, number][] = [];
	let [x, y] = [0, 0];
	for (const [, cmd, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
		if (cmd === 'Z' || cmd === 'z') continue;
		const nums = (args.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		for (let i = 0; i + 1 < nums.length; i += 2) {
			if (cmd === 'M' && i === 0) {
				if (ring.length > 2) rings.push(ring);
				ring = [];
			}
			[x, y] = cmd === 'l' ? [x + nums[i], y + nums[i + 1]] : [nums[i], nums[i + 1]];
			ring.push([x, y]);
		}
	}
	if (ring.length > 2) rings.push(ring);
	return rings;
}

/** Each ring's bounding box, kept once per ring (a label tries dozens of spots against the same outline). */
const ringBounds = new WeakMap<[number, number][], [number, number, number, number]>();
function boundsOf(ring: [number, number][]): [number, number, number, number] {
	let b = ringBounds.get(ring);
	if (!b) {
		b = [Infinity, Infinity, -Infinity, -Infinity];
		for (const p of ring) {
			if (p[0] < b[0]) b[0] = p[0];
			if (p[1] < b[1]) b[1] = p[1];
			if (p[0] > b[2]) b[2] = p[0];
			if (p[1] > b[3]) b[3] = p[1];
		}
		ringBounds.set(ring, b);
	}
	return b;
}

/**
 * Whether a point lies inside rings (even–odd, so holes and islands count right). A label tries
 * hundreds of spots against a country's outline, so a ring whose box the point is outside is passed
 * over (it is crossed an even number of times, or not at all), and the loop reads points by index.
 */
export function ringsContain(rings: [number, number][][], point: [number, number]): boolean {
	const x = point[0];
	const y = point[1];
	let inside = false;
	for (const ring of rings) {
		const b = boundsOf(ring);
		if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const pi = ring[i];
			const pj = ring[j];
			const yi = pi[1];
			const yj = pj[1];
			if (yi > y !== yj > y && x < ((pj[0] - pi[0]) * (y - yi)) / (yj - yi) + pi[0]) inside = !inside;
		}
	}
	return inside;
}

/** Whether a segment p–q meets an axis-aligned box (Liang–Barsky). */
export function segmentMeetsBox(p: [number, number], q: [number, number], b: Omit<LabelBox, 'id'>): boolean {
	if (Math.max(p[0], q[0]) < b.left || Math.min(p[0], q[0]) > b.right || Math.max(p[1], q[1]) < b.top || Math.min(p[1], q[1]) > b.bottom) return false;
	const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
	let [t0, t1] = [0, 1];
	for (const [pp, qq] of [
		[-dx, p[0] - b.left],
		[dx, b.right - p[0]],
		[-dy, p[1] - b.top],
		[dy, b.bottom - p[1]]
	]) {
		if (pp === 0) {
			if (qq < 0) return false;
			continue;
		}
		const t = qq / pp;
		if (pp < 0) {
			if (t > t1) return false;
			t0 = Math.max(t0, t);
		} else {
			if (t < t0) return false;
			t1 = Math.min(t1, t);
		}
	}
	return true;
}

/** Whether any edge of the rings (in map units) runs through a screen box, seen through a view. */
export function boxCrossesRings(rings: [number, number][][], frame: Frame, b: Omit<LabelBox, 'id'>): boolean {
	const m = {
		left: (b.left - frame.tx) / frame.k,
		right: (b.right - frame.tx) / frame.k,
		top: (b.top - frame.ty) / frame.k,
		bottom: (b.bottom - frame.ty) / frame.k
	};
	for (const ring of rings) {
		const [x0, y0, x1, y1] = boundsOf(ring);
		if (x1 < m.left || x0 > m.right || y1 < m.top || y0 > m.bottom) continue;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) if (segmentMeetsBox(ring[j], ring[i], m)) return true;
	}
	return false;
}

/** A screen box's middle in map units, seen through a view. */
export function boxMiddle(frame: Frame, b: Omit<LabelBox, 'id'>): [number, number] {
	return [((b.left + b.right) / 2 - frame.tx) / frame.k, ((b.top + b.bottom) / 2 - frame.ty) / frame.k];
}

/** Whether a screen box's middle lies inside rings in map units (a name there reads as that land's). */
export function middleWithin(rings: [number, number][][], frame: Frame, b: Omit<LabelBox, 'id'>): boolean {
	return ringsContain(rings, boxMiddle(frame, b));
}

/** Whether a screen box lies wholly inside rings in map units: no edge through it, and its middle inside. */
export function boxWithin(rings: [number, number][][], frame: Frame, b: Omit<LabelBox, 'id'>): boolean {
	return middleWithin(rings, frame, b) && !boxCrossesRings(rings, frame, b);
}
