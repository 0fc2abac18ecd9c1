/**
 * The map's maths, in plain Mercator: places and borders are projected once (borders at build time,
 * see server/regionGeo.ts) into fixed "map units", and each step's view is just a scale and an offset
 * of those units. Zooming between steps then moves one SVG transform, not thousands of points.
 * Pure functions of the state and the drawing size.
 */
import { fill, type UiStrings } from '../../i18n/strings';
import type { Place } from '../../data/types';
import type { Route, VisualState } from '../../story/visualState';

/** Map units per radian of longitude. */
export const MAP_UNIT = 1000;

/** Web Mercator: [lon, lat] in degrees → map units, y growing southwards like the screen. */
export function mercator(lon: number, lat: number): [number, number] {
	const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
	return [(MAP_UNIT * lon * Math.PI) / 180, -MAP_UNIT * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** A view of the map: screen = k · mapUnits + (tx, ty). */
export interface Frame {
	k: number;
	tx: number;
	ty: number;
}

/** [west, south, east, north] in degrees. */
export type FocusBox = [number, number, number, number];

/** Narrowest span the map zooms to, in degrees, so a single place still shows its surroundings. */
const MIN_SPAN = 5;

/** The box around a step's focus places, widened to a minimum span so one place keeps its context. */
export function focusBox(focus: Pick<Place, 'lon' | 'lat'>[]): FocusBox {
	const lons = focus.map((p) => p.lon);
	const lats = focus.map((p) => p.lat);
	let [w, e] = [Math.min(...lons), Math.max(...lons)];
	let [s, n] = [Math.min(...lats), Math.max(...lats)];
	if (e - w < MIN_SPAN) [w, e] = [(w + e) / 2 - MIN_SPAN / 2, (w + e) / 2 + MIN_SPAN / 2];
	if (n - s < MIN_SPAN * 0.7) [s, n] = [(s + n) / 2 - MIN_SPAN * 0.35, (s + n) / 2 + MIN_SPAN * 0.35];
	return [w, s, e, n];
}

/** The view that fits a box inside the drawing with `pad` pixels to spare, centred. */
export function fitBox([w, s, e, n]: FocusBox, width: number, height: number, pad = 48): Frame {
	const [x0, y1] = mercator(w, s);
	const [x1, y0] = mercator(e, n);
	const k = Math.min(Math.max(1, width - 2 * pad) / (x1 - x0), Math.max(1, height - 2 * pad) / (y1 - y0));
	return { k, tx: width / 2 - (k * (x0 + x1)) / 2, ty: height / 2 - (k * (y0 + y1)) / 2 };
}

/** Where a place lands on screen in a view. */
export function project(frame: Frame, p: Pick<Place, 'lon' | 'lat'>): [number, number] {
	const [x, y] = mercator(p.lon, p.lat);
	return [frame.k * x + frame.tx, frame.k * y + frame.ty];
}

/**
 * The rings of an outline's SVG path, as absolute points, so a label can be tested against a country.
 * The build writes outlines compactly (`regionGeo.pathOf`): `M x,y`, then relative `l dx,dy` steps,
 * numbers such as `.4` or `-.3` with no comma before a minus, `Z` closing each ring; absolute `L` is
 * read too.
 */
export function pathRings(d: string): [number, number][][] {
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

/** Whether a point lies inside rings (even–odd, so holes and islands count right). */
export function ringsContain(rings: [number, number][][], [x, y]: [number, number]): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
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

/** Each ring's bounding box, kept once per ring (a label tries dozens of spots against the same outline). */
const ringBounds = new WeakMap<[number, number][], [number, number, number, number]>();
function boundsOf(ring: [number, number][]): [number, number, number, number] {
	let b = ringBounds.get(ring);
	if (!b) {
		b = [Infinity, Infinity, -Infinity, -Infinity];
		for (const [x, y] of ring) b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
		ringBounds.set(ring, b);
	}
	return b;
}

/** Whether any edge of the rings (in map units) runs through a screen box, seen through a view. */
export function boxCrossesRings(rings: [number, number][][], frame: Frame, b: Omit<LabelBox, 'id'>): boolean {
	const m = { left: (b.left - frame.tx) / frame.k, right: (b.right - frame.tx) / frame.k, top: (b.top - frame.ty) / frame.k, bottom: (b.bottom - frame.ty) / frame.k };
	for (const ring of rings) {
		const [x0, y0, x1, y1] = boundsOf(ring);
		if (x1 < m.left || x0 > m.right || y1 < m.top || y0 > m.bottom) continue;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) if (segmentMeetsBox(ring[j], ring[i], m)) return true;
	}
	return false;
}

/** Whether a screen box lies wholly inside rings in map units: no edge through it, and its centre inside. */
export function boxWithin(rings: [number, number][][], frame: Frame, b: Omit<LabelBox, 'id'>): boolean {
	const centre: [number, number] = [((b.left + b.right) / 2 - frame.tx) / frame.k, ((b.top + b.bottom) / 2 - frame.ty) / frame.k];
	return ringsContain(rings, centre) && !boxCrossesRings(rings, frame, b);
}

/** The SVG transform that draws map units in a view. */
export function frameTransform(f: Frame): string {
	return `matrix(${f.k} 0 0 ${f.k} ${f.tx} ${f.ty})`;
}

/**
 * A route as an SVG path: a gentle curve for land, a higher arc for air, so the two read apart when
 * they share both ends. Ends a little short of the destination to leave room for the arrowhead.
 */
export function routePath(frame: Frame, route: Route): string {
	return routeCurve(project(frame, route.from), project(frame, route.to), route.mode).d;
}

const r = (x: number) => Math.round(x * 10) / 10;

/**
 * Every place a map step names, once each: focus, highlights, concerns, bases and both ends of each
 * route. The frame is fitted to all of them, so nothing the text points at falls outside the picture.
 */
export function shownPlaces(state: Extract<VisualState, { kind: 'map' }>): Place[] {
	const all = [
		...state.focus,
		...state.highlight,
		...state.concern,
		...state.bases.map((b) => b.place),
		...(state.areas ?? []),
		...(state.departures ?? []),
		// A route into a whole country ends at its border: the country's label point is not framed.
		...state.routes.flatMap((r) => (r.to.kind === 'country' ? [r.from] : [r.from, r.to]))
	];
	return all.filter((p, i) => all.findIndex((o) => o.id === p.id) === i);
}

export interface LabelPlacement {
	dx: number;
	dy: number;
	anchor: 'start' | 'end' | 'middle';
	/** Set on this many lines (the request's `wraps`), each baseline LINE_GAP px below the one before. */
	lines?: number;
	/** Stood off its point: a leader from the marker's edge to the label, relative to the point. */
	leader?: [number, number, number, number];
}

/** The second line's baseline under the first, for a name set on two lines. */
export const LINE_GAP = 15;

export type Side = 'left' | 'right' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left' | 'center';

/**
 * Where a label sits for a side of a marker of radius `r`: clear of the marker (its ✕ or ring
 * included) by a few pixels. `dy` is the baseline; a label box is 14 px above it and 5 below.
 */
export function sidePlacement(side: Side, r = 6): LabelPlacement {
	const gap = r + 3;
	const d = Math.round(r * 0.75) + 2;
	switch (side) {
		case 'left':
			return { dx: -gap, dy: 4, anchor: 'end' };
		case 'right':
			return { dx: gap, dy: 4, anchor: 'start' };
		case 'above':
			return { dx: 0, dy: -(r + 6), anchor: 'middle' };
		case 'below':
			return { dx: 0, dy: r + 15, anchor: 'middle' };
		case 'above-right':
			return { dx: d, dy: -d - 3, anchor: 'start' };
		case 'above-left':
			return { dx: -d, dy: -d - 3, anchor: 'end' };
		case 'below-right':
			return { dx: d, dy: d + 13, anchor: 'start' };
		case 'below-left':
			return { dx: -d, dy: d + 13, anchor: 'end' };
		case 'center':
			return { dx: 0, dy: 5, anchor: 'middle' };
	}
}

const SIDES: Record<'left' | 'right' | 'above' | 'below', LabelPlacement> = {
	left: sidePlacement('left'),
	right: sidePlacement('right'),
	above: sidePlacement('above'),
	below: sidePlacement('below')
};

/**
 * Where a place's label goes: on the side the data asks for (right by default), unless that would run
 * it out of the drawing, in which case it goes to the opposite side, or, for a centred label, slides
 * back inside. `textWidth` is the label's width in pixels (an estimate is enough); (x, y) is the place
 * on screen. The rule depends only on the drawing's size, never on the step.
 */
export function placeLabel(
	side: 'left' | 'right' | 'above' | 'below' | undefined,
	x: number,
	y: number,
	textWidth: number,
	width: number,
	height: number,
	margin = 4
): LabelPlacement {
	let s = side ?? 'right';
	const roomRight = width - margin - (x + SIDES.right.dx);
	const roomLeft = x + SIDES.left.dx - margin;
	if (s === 'right' && textWidth > roomRight && roomLeft > roomRight) s = 'left';
	else if (s === 'left' && textWidth > roomLeft && roomRight > roomLeft) s = 'right';
	if (s === 'above' && y + SIDES.above.dy - 12 < margin) s = 'below';
	else if (s === 'below' && y + SIDES.below.dy > height - margin) s = 'above';
	const p = SIDES[s];
	if (p.anchor !== 'middle') return p;
	const half = textWidth / 2;
	const shift = Math.max(margin - (x - half), Math.min(0, width - margin - (x + half)));
	return { ...p, dx: p.dx + shift };
}

/**
 * Which placed labels also get a second line under the name (a base's status), `dy` pixels below its
 * baseline, with the box each takes (for what is placed after them to keep clear of): those whose
 * line, `w` wide and set like the name (start, end or centred), stays inside the drawing and clear of
 * every other label box and obstacle. Lines are added in order, each one then an obstacle for the next.
 */
export function statusLineBoxes(
	lines: { id: string; w: number }[],
	placed: { placements: Map<string, LabelPlacement>; boxes: Map<string, LabelBox> },
	obstacles: LabelBox[],
	dy: number,
	width: number,
	height: number,
	/** Where each line must stand (inside its place's country): a line that cannot is left to the key. */
	within?: (id: string, box: LabelBox) => boolean
): Map<string, LabelBox> {
	const shown = new Map<string, LabelBox>();
	const taken = [...placed.boxes.values(), ...obstacles];
	for (const { id, w } of lines) {
		const p = placed.placements.get(id);
		const name = placed.boxes.get(id);
		if (!p || !name) continue;
		const nameW = name.right - name.left;
		const left = p.anchor === 'start' ? name.left : p.anchor === 'end' ? name.right - w : name.left + nameW / 2 - w / 2;
		// Under the name's last line (a name may be set on two).
		const line = { id: `status:${id}`, left, right: left + w, top: name.bottom - 19 + dy, bottom: name.bottom + dy };
		const inside = line.left >= 0 && line.right <= width && line.top >= 0 && line.bottom <= height && (!within || within(id, line));
		// Its own marker too: a name set above its point would put the status line on it.
		const clear = taken.every((k) => k.id === id || !boxesOverlap(line, k));
		if (inside && clear) {
			shown.set(id, line);
			taken.push(line);
		}
	}
	return shown;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Omit<LabelBox, 'id'>, b: Omit<LabelBox, 'id'>): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The room a place's marker takes, which labels keep clear of (its own label excepted). */
export function markerBox(id: string, x: number, y: number, r = 6): LabelBox {
	return { id: `dot:${id}`, left: x - r, right: x + r, top: y - r, bottom: y + r };
}

/**
 * The boxes a drawn line takes (a route, a departure arrow): one small box every few pixels along
 * it, `half` pixels each side of the stroke, so labels keep clear of the line itself rather than of
 * its whole bounding box. `points` are on screen.
 */
export function lineBoxes(id: string, points: [number, number][], half = 3, step = 6): LabelBox[] {
	const out: LabelBox[] = [];
	points.forEach((p, i) => {
		const q = points[i + 1];
		const n = q ? Math.max(1, Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / step)) : 1;
		for (let k = 0; k < n; k++) {
			const x = q ? p[0] + ((q[0] - p[0]) * k) / n : p[0];
			const y = q ? p[1] + ((q[1] - p[1]) * k) / n : p[1];
			out.push({ id, left: x - half, right: x + half, top: y - half, bottom: y + half });
		}
	});
	return out;
}

export interface LabelBox {
	id: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The box a label takes on screen, from its place, its placement and its size (its top `ascent` px above the baseline: a 13 px line's by default). */
export function labelBox(id: string, x: number, y: number, p: LabelPlacement, w: number, h: number, ascent = 14): LabelBox {
	const left = p.anchor === 'start' ? x + p.dx : p.anchor === 'end' ? x + p.dx - w : x + p.dx - w / 2;
	const baseline = y + p.dy;
	return { id, left, right: left + w, top: baseline - ascent, bottom: baseline - ascent + h };
}

export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	side?: Side;
	/** Estimated size of the label's text block. */
	w: number;
	h: number;
	/** Named by the step: always labelled, placed first. Context labels give way. */
	named: boolean;
	/** The radius its marker takes on screen (a ✕ or a ring is larger than a dot); 0 for a name with no marker (an area, a country). */
	r?: number;
	/** The sides it may take, in order of preference (default: its own side, the opposite, above, below, then the corners). */
	sides?: Side[];
	/** Farther rings of candidates, as larger radii tried after `r` (a label that may stand off its point, e.g. a route's end). */
	reach?: number[];
	/** Try every ring on a side before the next side (the side matters more than the distance). */
	sideFirst?: boolean;
	/**
	 * Spots it would rather take, where clear; other clear spots come after them.
	 */
	prefer?: (box: LabelBox) => boolean;
	/**
	 * Where it must stand (a town's name inside its own country, a country's name inside the country):
	 * a hard condition. A context label with no such clear spot is left out; a named one tries two lines
	 * and a leader first, and only where nothing else is clear stands outside it.
	 */
	within?: (box: LabelBox) => boolean;
	/** The widths of its two- and three-line forms (the name broken at spaces: `wrapName`), where it has them: tried after one line fails. */
	wraps?: number[];
	/** Rings farther out, joined to the point by a leader line: tried after every nearer spot. */
	far?: number[];
	/** How far above its baseline the label's box begins (default 14, a 13 px line's; a larger face's is more). */
	ascent?: number;
	/** Where a named label with no spot inside `within` would rather stand (an area's name: inside its country). */
	fallback?: (box: LabelBox) => boolean;
}

const OPPOSITE: Record<Side, Side> = {
	left: 'right',
	right: 'left',
	above: 'below',
	below: 'above',
	'above-right': 'below-left',
	'below-left': 'above-right',
	'above-left': 'below-right',
	'below-right': 'above-left',
	center: 'center'
};

/** Candidate sides for a label, its own first: right/left/above/below, then the four corners. */
export function candidateSides(first: Side = 'right'): Side[] {
	const all: Side[] = [first, OPPOSITE[first], 'right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
	return all.filter((s, i) => s !== 'center' && all.indexOf(s) === i);
}

/**
 * A name broken onto `n` lines at spaces, as evenly as it goes (the longest line as short as it can
 * be), a bracketed part on a line of its own at the end ("Kurdistan Region" / "(Erbil)"); null where
 * it has too few words.
 */
export function wrapName(name: string, n = 2): string[] | null {
	const bracket = name.indexOf(' (');
	const [head, tail] = bracket > 0 ? [name.slice(0, bracket), [name.slice(bracket + 1)]] : [name, []];
	const words = head.split(' ');
	const k = n - tail.length;
	if (k < 1 || words.length < k || (k === 1 && tail.length === 0)) return null;
	let best: string[] | null = null;
	const split = (from: number, left: number, acc: string[]) => {
		if (left === 1) {
			const lines = [...acc, words.slice(from).join(' ')];
			if (!best || Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
			return;
		}
		for (let i = from + 1; i <= words.length - left + 1; i++) split(i, left - 1, [...acc, words.slice(from, i).join(' ')]);
	};
	split(0, k, []);
	return best ? [...(best as string[]), ...tail] : null;
}

/** The leader from a marker's edge (radius r) to the nearest point of a label's box, relative to the point. */
function leaderTo(r: number, x: number, y: number, b: Omit<LabelBox, 'id'>): [number, number, number, number] {
	const nx = Math.max(b.left, Math.min(b.right, x)) - x;
	const ny = Math.max(b.top + 4, Math.min(b.bottom - 4, y)) - y;
	const d = Math.hypot(nx, ny) || 1;
	return [(nx / d) * (r + 1), (ny / d) * (r + 1), nx - (nx / d) * 2, ny - (ny / d) * 2];
}

/**
 * Places every label so that none overlaps another label, a marker or an obstacle (a route, an arrow,
 * an area's outline), as a pure function of the positions and sizes. Each label tries, in order: one
 * line on its candidate sides (`candidateSides`) at its own ring and its `reach`; two lines there
 * (`wrapW`); then the `far` rings with a leader line, one line and two. A spot must be inside the
 * drawing, clear of all that is already placed and inside its `within` (a hard condition). Named
 * labels go first; one with no such spot may take one held by an earlier label that can move; failing
 * that, it stands clear but outside its `within`; failing that too, inside the drawing (the only case
 * where it may touch something). Then the context labels, in order (a country's name, a town's): each
 * is drawn (marker and label) only if its marker is clear and its label has such a spot; otherwise it
 * is left out whole, so no marker is ever drawn unlabelled. Returns each label's placement and box,
 * and the ids left out.
 */
export function placeLabels(
	items: LabelRequest[],
	width: number,
	height: number,
	/** Boxes already on the drawing that labels must keep clear of (country names, routes, arrows). */
	obstacles: LabelBox[] = []
): { placements: Map<string, LabelPlacement>; boxes: Map<string, LabelBox>; hidden: Set<string> } {
	const named = items.filter((l) => l.named);
	const context = items.filter((l) => !l.named);
	const dot = (l: LabelRequest) => markerBox(l.id, l.x, l.y, l.r ?? 6);
	const taken: LabelBox[] = [...obstacles, ...named.filter((l) => (l.r ?? 6) > 0).map(dot)];
	const placements = new Map<string, LabelPlacement>();
	const boxes = new Map<string, LabelBox>();
	const hidden = new Set<string>();
	const clear = (b: Omit<LabelBox, 'id'>, own: string) => !taken.some((k) => k.id !== own && k.id !== `leader:${own}` && boxesOverlap(b, k));
	const inside = (b: LabelBox) => b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height;
	type Candidate = { p: LabelPlacement; box: LabelBox; lead: LabelBox[] };
	const options = new Map<string, Candidate[]>();
	const put = (id: string, c: Candidate) => {
		placements.set(id, c.p);
		boxes.set(id, c.box);
		taken.push(c.box, ...c.lead);
	};
	const ring = (l: LabelRequest, radii: number[], lines: number, leader: boolean): Candidate[] => {
		const sides = l.sides ?? candidateSides(l.side);
		const [w, h] = lines > 1 ? [l.wraps![lines - 2], l.h + LINE_GAP * (lines - 1)] : [l.w, l.h];
		// A label centred above or below its point may also slide a third of its width either way (a
		// narrow country round the point: its name stays inside).
		const shifts = (side: Side) => (side === 'above' || side === 'below' ? [0, w / 3, -w / 3] : [0]);
		const order = (l.sideFirst ? sides.flatMap((side) => radii.map((r) => ({ side, r }))) : radii.flatMap((r) => sides.map((side) => ({ side, r })))).flatMap(
			({ side, r }) => shifts(side).map((shift) => ({ side, r, shift }))
		);
		return order.map(({ side, r, shift }) => {
			let p: LabelPlacement = sidePlacement(side, r);
			p = { ...p, dx: p.dx + shift };
			// Lines above a point grow upwards, not down over it; beside it they centre on it.
			if (lines > 1 && side.startsWith('above')) p = { ...p, dy: p.dy - LINE_GAP * (lines - 1) };
			else if (lines > 1 && (side === 'left' || side === 'right')) p = { ...p, dy: p.dy - Math.round((LINE_GAP * (lines - 1)) / 2) };
			if (p.anchor === 'middle') {
				// A centred label slides back inside rather than off the edge.
				p = { ...p, dx: p.dx + Math.max(4 - (l.x + p.dx - w / 2), Math.min(0, width - 4 - (l.x + p.dx + w / 2))) };
			}
			if (lines > 1) p = { ...p, lines };
			const box = labelBox(l.id, l.x, l.y, p, w, h, l.ascent);
			if (!leader) return { p, box, lead: [] };
			const line = leaderTo(l.r ?? 6, 0, 0, { left: box.left - l.x, right: box.right - l.x, top: box.top - l.y, bottom: box.bottom - l.y });
			p = { ...p, leader: line };
			const lead = lineBoxes(`leader:${l.id}`, [
				[l.x + line[0], l.y + line[1]],
				[l.x + line[2], l.y + line[3]]
			], 2, 5);
			return { p, box, lead };
		});
	};
	/** Candidates in the order they are tried: one line near, two lines near, then far with a leader. */
	const tiers = (l: LabelRequest): Candidate[][] => {
		const near = [l.r ?? 6, ...(l.reach ?? [])];
		const counts = [1, ...(l.wraps ?? []).map((_, i) => i + 2)];
		return [...counts.map((n) => ring(l, near, n, false)), ...(l.far ? counts.map((n) => ring(l, l.far!, n, true)) : [])];
	};
	// A leader starts at its own marker's edge: only the rest of the drawing counts against it.
	const free = (c: Candidate, id: string) =>
		inside(c.box) && clear(c.box, id) && c.lead.every((b) => !taken.some((k) => k.id !== `dot:${id}` && k.id !== id && boxesOverlap(b, k)));
	/** Where the glyphs are: the box less the line's spare room above and below (what `within` is asked about). */
	const ink = (b: LabelBox): LabelBox => ({ ...b, left: b.left + 1, right: b.right - 1, top: b.top + 3, bottom: b.bottom - 2 });
	const fits = (l: LabelRequest) => (c: Candidate) => free(c, l.id) && (!l.within || l.within(ink(c.box)));
	/** The first clear spot of the earliest tier that has one, a preferred spot first within a tier. */
	const firstFit = (l: LabelRequest, ts: Candidate[][], ok: (c: Candidate) => boolean) => {
		for (const cs of ts) {
			const c = (l.prefer && cs.find((c) => ok(c) && l.prefer!(c.box))) || cs.find(ok);
			if (c) return c;
		}
		return undefined;
	};
	/**
	 * One step of give-and-take: a named label with nowhere clear may take a spot held by one earlier
	 * label, if that label has another spot clear of everything (the new one included).
	 */
	const makeRoom = (l: LabelRequest, wanted: Candidate[]) => {
		for (const c of wanted.filter((w) => inside(w.box) && (!l.within || l.within(ink(w.box))))) {
			const blockers = taken.filter((k) => k.id !== `dot:${l.id}` && boxesOverlap(c.box, k));
			if (blockers.length !== 1 || !options.has(blockers[0].id)) continue;
			const other = blockers[0].id;
			const rest = taken.filter((k) => k !== blockers[0]);
			const otherReq = named.find((n) => n.id === other);
			const alt = options
				.get(other)!
				.find(
					(o) =>
						o.box !== blockers[0] &&
						o.lead.length === 0 &&
						inside(o.box) &&
						(!otherReq?.within || otherReq.within(ink(o.box))) &&
						!boxesOverlap(o.box, c.box) &&
						rest.every((k) => k.id === `dot:${other}` || !boxesOverlap(o.box, k))
				);
			if (!alt) continue;
			taken.splice(taken.indexOf(blockers[0]), 1);
			put(other, alt);
			put(l.id, c);
			return true;
		}
		return false;
	};
	for (const l of named) {
		const ts = tiers(l);
		const all = ts.flat();
		const nearby = ts.slice(0, 1 + (l.wraps?.length ?? 0)).flat();
		options.set(l.id, nearby);
		const chosen = firstFit(l, ts, fits(l));
		if (chosen) put(l.id, chosen);
		else if (!makeRoom(l, nearby))
			put(l.id, (l.fallback && all.find((c) => free(c, l.id) && l.fallback!(c.box))) || all.find((c) => free(c, l.id)) || all.find((c) => inside(c.box)) || all[0]);
	}
	for (const l of context) {
		const bare = (l.r ?? 6) === 0;
		const marker = dot(l);
		const ok = (c: Candidate) => fits(l)(c) && (bare || !boxesOverlap(c.box, marker));
		const ts = bare || (clear(marker, marker.id) && inside(marker)) ? tiers(l) : [];
		const chosen = firstFit(l, ts, ok);
		if (!chosen) {
			hidden.add(l.id);
			continue;
		}
		if (!bare) taken.push(marker);
		put(l.id, chosen);
	}
	return { placements, boxes, hidden };
}

export type LegendKey =
	| 'city'
	| 'camp'
	| 'base'
	| 'bold'
	| 'highlight'
	| 'area'
	| 'concernArea'
	| 'concern'
	| 'border'
	| 'drawdown'
	| 'concentrated'
	| 'departure'
	| 'land'
	| 'air';

/** Whether a place is drawn as an area (its admin-1 outline), not a point. */
export const isArea = (p: Pick<Place, 'kind' | 'adm1'>) => p.kind === 'region' && !!p.adm1;

/**
 * The map's key: one entry for every symbol the step draws, in a fixed order, and nothing it does not
 * draw. Routes are named by their ends ("By land: Hasakah to Iraq"); bold names are explained.
 */
export function mapLegend(state: Extract<VisualState, { kind: 'map' }>, markers: Pick<Place, 'kind'>[], t: UiStrings): { key: LegendKey; label: string }[] {
	const kinds = new Set(markers.map((m) => m.kind));
	const statuses = new Set(state.bases.map((b) => b.status));
	const concern = state.concern ?? [];
	const entries: { key: LegendKey; label: string }[] = [];
	if (kinds.has('city') || kinds.has('town')) entries.push({ key: 'city', label: t.legend.city });
	if (kinds.has('camp')) entries.push({ key: 'camp', label: t.legend.camp });
	if (kinds.has('base')) entries.push({ key: 'base', label: t.legend.base });
	if (shownPlaces(state).some((p) => !isArea(p) && p.kind !== 'country')) entries.push({ key: 'bold', label: t.legend.bold });
	if (state.highlight.length) entries.push({ key: 'highlight', label: t.legend.highlight });
	if ((state.areas ?? []).length) entries.push({ key: 'area', label: t.legend.area });
	if (concern.some(isArea)) entries.push({ key: 'concernArea', label: t.legend.concernArea });
	if (concern.some((p) => !isArea(p))) entries.push({ key: 'concern', label: t.legend.concern });
	for (const [a, b] of state.borders ?? []) entries.push({ key: 'border', label: fill(t.legendBorder, { a: a.name, b: b.name }) });
	if (statuses.has('drawdown')) entries.push({ key: 'drawdown', label: t.legend.drawdown });
	if (statuses.has('concentrated')) entries.push({ key: 'concentrated', label: t.legend.concentrated });
	if ((state.departures ?? []).length) entries.push({ key: 'departure', label: t.legend.departure });
	for (const mode of ['land', 'air'] as const) {
		const route = state.routes.find((r) => r.mode === mode);
		// A route to a whole country ends at its border: the receiving sites are not named, and the key says so.
		const line = route && route.to.kind === 'country' ? t.legendRouteUndisclosed : t.legendRoute;
		if (route) entries.push({ key: mode, label: fill(line[mode], { from: route.from.name, to: route.to.name }) });
	}
	return entries.filter((e, i) => e.key !== 'border' || entries.findIndex((o) => o.label === e.label) === i);
}

/** The smallest box holding all of them. */
export function unionBox(boxes: FocusBox[]): FocusBox {
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

/** A step whose places fill less than this share of the story's map area gets a closer view. */
export const ZOOM_BELOW = 0.3;

/**
 * A steady frame: every map step shows the story's whole map area (the union of what all its map
 * steps name), so the reader keeps their bearings, unless a step's own places fill less than
 * `ZOOM_BELOW` of that area; then it zooms to them, and the map shows a locator.
 */
export function chooseBox(stepBox: FocusBox, storyBox: FocusBox | null): { box: FocusBox; zoomed: boolean } {
	if (!storyBox) return { box: stepBox, zoomed: false };
	const area = ([w, s, e, n]: FocusBox) => {
		const [x0, y1] = mercator(w, s);
		const [x1, y0] = mercator(e, n);
		return (x1 - x0) * (y1 - y0);
	};
	return area(stepBox) < ZOOM_BELOW * area(storyBox) ? { box: stepBox, zoomed: true } : { box: storyBox, zoomed: false };
}

/** Height of one row of the key, and the width of its swatch and gaps, in pixels. */
const KEY_ROW = 18;
const KEY_SWATCH = 34;
/** A generous width per character of the key's 12.8 px text, fallback fonts included. */
const KEY_CHAR = 7.2;
/** The same, closer to the face's own (6.3 px): how many rows an entry longer than the whole row wraps to. */
const KEY_CHAR_WRAP = 6.6;
/** The most columns a key takes. */
const KEY_COLS = 4;

/**
 * The key's grid, from its entries and the drawing's width alone (never from measured text, so the
 * frame above it is the same whatever fonts have loaded): equal columns, as many as keep the key
 * shortest; an entry too long for a column (a route named by its ends) gets a row of its own (drawn
 * after the columns: the grid packs them `dense`). `long` lists which entries span the row, `lines`
 * how many rows each takes: one, or, for an entry longer than the whole row (a longer language's
 * words), as many as it wraps to.
 */
export function legendGrid(
	labels: string[],
	width: number,
	extraHeight = 0
): { cols: number; rows: number; height: number; long: boolean[]; lines: number[] } {
	if (!labels.length && !extraHeight) return { cols: 1, rows: 0, height: 0, long: [], lines: [] };
	const room = width - 12;
	const slotOf = (l: string) => KEY_SWATCH + l.length * KEY_CHAR;
	const linesOf = (l: string) => Math.max(1, Math.ceil((KEY_SWATCH + l.length * KEY_CHAR_WRAP) / room));
	let best = { cols: 1, rows: Infinity, long: labels.map(() => false) };
	for (let cols = 1; cols <= KEY_COLS; cols++) {
		const col = (room - (cols - 1) * 8) / cols;
		const long = labels.map((l) => cols > 1 && slotOf(l) > col);
		const short = long.filter((x) => !x).length;
		if (cols > 1 && short < 2) continue;
		const whole = labels.filter((l, i) => cols === 1 || long[i]).reduce((n, l) => n + linesOf(l), 0);
		const rows = (cols === 1 ? 0 : Math.ceil(short / cols)) + whole;
		if (rows < best.rows) best = { cols, rows, long };
	}
	const lines = labels.map((l, i) => (best.cols === 1 || best.long[i] ? linesOf(l) : 1));
	return { cols: best.cols, rows: best.rows, height: Math.max(best.rows * KEY_ROW, extraHeight) + 8, long: best.long, lines };
}

/**
 * The height to keep for the key at a width: the tallest key of any of the story's map steps (with
 * its locator, if that step zooms), so the map's frame never moves from one map step to the next.
 */
export function keyReserve(keys: { labels: string[]; zoomed: boolean }[], width: number, locator: { width: number; height: number }): number {
	return Math.max(0, ...keys.map((k) => legendGrid(k.labels, width - (k.zoomed ? locator.width + 12 : 0), k.zoomed ? locator.height : 0).height));
}

/** A point on a quadratic curve from a via c to b, at t. */
function quad(a: [number, number], c: [number, number], b: [number, number], t: number): [number, number] {
	const u = 1 - t;
	return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}

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
	modes: ('land' | 'air')[],
	apart = 44,
	toward?: [number, number]
): { ends: Map<'land' | 'air', { at: [number, number]; normal: [number, number] }>; bracket: [number, number][] } | null {
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
	const ends = new Map<'land' | 'air', { at: [number, number]; normal: [number, number] }>();
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
 * A route as screen geometry: start, control point and end of its curve and points along it for
 * keeping labels clear. To a place: a gentle curve for land, a higher arc for air, so the two read
 * apart, ending a little short of the place for the arrowhead. Into a country (`normal` given, the
 * border's normal at the crossing b): the curve arrives across the border line along that normal and
 * ends just past it, so the arrowhead points into the country; the air route comes in on a higher arc.
 */
export function routeCurve(
	a: [number, number],
	b: [number, number],
	mode: 'land' | 'air',
	normal?: [number, number]
): { a: [number, number]; c: [number, number]; e: [number, number]; d: string; samples: [number, number][] } {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = Math.hypot(dx, dy) || 1;
	let c: [number, number];
	let e: [number, number];
	if (normal) {
		const back = length * (mode === 'air' ? 0.75 : 0.45);
		c = [b[0] - normal[0] * back, b[1] - normal[1] * back];
		if (mode === 'air') c = [c[0] + dy * 0.25, c[1] - dx * 0.25];
		e = [b[0] + normal[0] * 10, b[1] + normal[1] * 10];
	} else {
		const bend = mode === 'air' ? -0.35 : 0.12;
		c = [(a[0] + b[0]) / 2 - dy * bend, (a[1] + b[1]) / 2 + dx * bend];
		const toEnd = Math.hypot(b[0] - c[0], b[1] - c[1]) || 1;
		const shift = Math.min(14, length / 4);
		e = [b[0] - ((b[0] - c[0]) / toEnd) * shift, b[1] - ((b[1] - c[1]) / toEnd) * shift];
	}
	const samples = Array.from({ length: 17 }, (_, i) => quad(a, c, e, i / 16));
	return { a, c, e, d: `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(e[0])},${r(e[1])}`, samples };
}

/**
 * The arrow leaving a place for destinations the source does not name (countries that took their
 * citizens home): one arrow, from the place to the map's western edge, where it leaves the picture,
 * so it says "away, beyond this map" and cannot be read as going to a neighbour on it. It sets off
 * west and bows gently south, under the names north-west of the place, and ends `edge` pixels in from
 * the left. Screen geometry: its start, control point and end, the SVG path, and points along it.
 */
export function departureArrow(
	x: number,
	y: number,
	gap = 10,
	edge = 4
): { a: [number, number]; c: [number, number]; e: [number, number]; d: string; samples: [number, number][] } {
	// It sets off below the place's left side, leaving the space beside the place for its name.
	const a: [number, number] = [x - gap * 0.4, y + gap + 5];
	const e: [number, number] = [edge, y + Math.min(28, (x - edge) * 0.12)];
	const c: [number, number] = [(a[0] + e[0]) / 2, Math.max(a[1], e[1]) + Math.min(20, (x - edge) * 0.08)];
	const samples = Array.from({ length: 25 }, (_, i) => quad(a, c, e, i / 24));
	return { a, c, e, d: `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(e[0])},${r(e[1])}`, samples };
}
