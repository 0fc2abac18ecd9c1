/**
 * Where the map's names go: candidate spots round a point (sides, farther rings, two and three
 * lines, a leader), boxes that must not overlap, and `placeLabels`, the one rule every name on the
 * map is placed by. Pure functions of positions and sizes on screen.
 */

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
	/**
	 * Where a spot without a leader must stand (a route end's words: by its bracket); one that is not
	 * is passed over for a farther spot joined by a leader. A hard condition, like `within`.
	 */
	beside?: (box: LabelBox) => boolean;
	/**
	 * Further spots for it, centred there (offsets of its middle from the point), tried in order after
	 * every ring, on one line, then on two and three where it `wraps`: a country's name looking anywhere
	 * in its country for room.
	 */
	spots?: [number, number][];
	/** A spot (`spots`) is joined to the point by a leader line (a route end's words, far from their bracket). */
	spotLeader?: boolean;
	/**
	 * A named place's last look for a spot inside `within`, where no ring has one and the spot it would
	 * otherwise take is `astray` (its middle in another of the story's countries: it names that land): every spot
	 * on a grid (AROUND_GRID px) within `reach` px of its point, nearest first, joined to it by a leader.
	 * Worked out only then (a long name by a border on a small map: «قاعدة عين الأسد الجوية» on the deck
	 * on a phone, whose rings' only spots inside Iraq were on Baghdad's marker, stood over Syria). Where
	 * none of those is inside `within` either, the first clear spot of its rings, then of that grid, that
	 * is not astray: a neighbour's land beside the border rather than the other country ("Kurdistan
	 * Region (Erbil)" above its ring, over Turkey's border, not across northern Syria on a phone's deck).
	 */
	around?: { reach: number; astray: (box: LabelBox) => boolean };
	/** The obstacle its point lies on (a route end's bracket): its leader starts there, so may touch it. */
	leaderFrom?: string;
	/** How far above its baseline the label's box begins (default 14, a 13 px line's; a larger face's is more). */
	ascent?: number;
	/**
	 * Where it may stand outside `within` rather than on the same line as another name (`runsOn`): an
	 * area's name across its own outline, where every spot inside it runs on.
	 */
	apart?: (box: LabelBox) => boolean;
	/** Where a named label with no spot inside `within` would rather stand (an area's name: inside its country), or a list of such, the first that has a clear spot. */
	fallback?: ((box: LabelBox) => boolean) | ((box: LabelBox) => boolean)[];
}

/** How far above or below a name another place's marker must stand to be drawn as context (px). */
export const NAME_SHADOW = 10;
/** How far beside a name another place's marker must stand to be drawn as context (px): a marker between two names on a line reads as either's. */
export const NAME_SIDE = 20;

/** How near (px) the middles of two names' lines are for them to stand on one line (`runsOn`): a line is 19 px. */
export const RUN_ON = 10;

/**
 * The lines of a name's box, one box each: a wrapped name's box is its lines, LINE_GAP apart, each as
 * tall as a one-line box (18–22 px, so a box 30 px or more taller has more than one line).
 */
function linesOf(b: Omit<LabelBox, 'id'>): Omit<LabelBox, 'id'>[] {
	const n = 1 + Math.max(0, Math.round((b.bottom - b.top - 19) / LINE_GAP));
	const h = b.bottom - b.top - LINE_GAP * (n - 1);
	return Array.from({ length: n }, (_, i) => ({ left: b.left, right: b.right, top: b.top + i * LINE_GAP, bottom: b.top + i * LINE_GAP + h }));
}

/**
 * Whether a name's box stands on the same line as one of `names`, within NAME_SIDE of its end or its
 * start: read on together, the two are one name ("SYRIA Kurdistan Region (Erbil)" on a phone's deck;
 * "Nineveh Mosul (Nineveh)" on a laptop's). Box against box, or (`byLine`) each line of a wrapped name
 * on its own ("IRAQ" beside "Ramadi" over "(Anbar)").
 */
export function runsOn(b: Omit<LabelBox, 'id'>, names: Iterable<LabelBox>, byLine = false): boolean {
	const lines = (x: Omit<LabelBox, 'id'>) => (byLine ? linesOf(x) : [x]);
	for (const n of names)
		if (n.left < b.right + NAME_SIDE && b.left - NAME_SIDE < n.right)
			for (const u of lines(b)) for (const v of lines(n)) if (Math.abs(v.top + v.bottom - u.top - u.bottom) / 2 < RUN_ON) return true;
	return false;
}

/**
 * Whether a name, once every name is placed, reads as one with one of `names`: on one line with it,
 * line by line (`runsOn`), or just over or under it (within NAME_SHADOW), across it sideways, read
 * down as one name on two lines ("Ain al-Asad air base" over "Anbar", "SYRIA" under "Baghouz").
 */
export function readsAsOne(b: Omit<LabelBox, 'id'>, names: LabelBox[]): boolean {
	return runsOn(b, names, true) || names.some((n) => n.left < b.right && b.left < n.right && Math.max(n.top - b.bottom, b.top - n.bottom) < NAME_SHADOW);
}

/** The grid (px) a named place's `around` spots are looked for on. */
const AROUND_GRID = 4;

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
	// A name wrapped in directional controls (the ar-XB pseudo-locale's U+202E … U+202C) keeps them on every line.
	const marks = /^([\u202a-\u202e\u2066-\u2068]+)(.*?)([\u202c\u2069]+)$/s.exec(name);
	if (marks) return wrapName(marks[2], n)?.map((line) => marks[1] + line + marks[3]) ?? null;
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

/** Where a label's glyphs are: its box less the line's spare room above and below (what `within` is asked about). */
export const inkBox = (b: LabelBox): LabelBox => ({ ...b, left: b.left + 1, right: b.right - 1, top: b.top + 3, bottom: b.bottom - 2 });
/** A box grown by `side` px to the left and right and `above` px above and below (a band round it, a margin). */
export const grown = <B extends Omit<LabelBox, 'id'>>(b: B, side: number, above = side): B => ({
	...b,
	left: b.left - side,
	right: b.right + side,
	top: b.top - above,
	bottom: b.bottom + above
});
/** The label's box whose glyphs are `ink` (the inverse of `inkBox`). */
export const boxOfInk = (ink: LabelBox): LabelBox => ({ ...ink, left: ink.left - 1, right: ink.right + 1, top: ink.top - 3, bottom: ink.bottom + 2 });

/** The leader from a marker's edge (radius r) to the nearest point of a label's box, relative to the point. */
export function leaderTo(r: number, x: number, y: number, b: Omit<LabelBox, 'id'>): [number, number, number, number] {
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
	obstacles: LabelBox[] = [],
	/**
	 * What another round places (the named places' and the context places' are placed apart): the
	 * markers it draws, whose bands these names keep out of where they can; the place names it set, in
	 * whose bands no context marker here is drawn (NAME_SHADOW, NAME_SIDE); and all the names it set
	 * (`lines`), which no name here runs on from where it has another spot (`runsOn`).
	 */
	near: { markers?: LabelBox[]; names?: LabelBox[]; lines?: LabelBox[] } = {}
): {
	placements: Map<string, LabelPlacement>;
	boxes: Map<string, LabelBox>;
	hidden: Set<string>;
	/** Everything on the drawing once placed: the obstacles, markers, names and leaders. */
	drawn: LabelBox[];
} {
	const named = items.filter((l) => l.named);
	const context = items.filter((l) => !l.named);
	const dot = (l: LabelRequest) => markerBox(l.id, l.x, l.y, l.r ?? 6);
	const taken: LabelBox[] = [...obstacles, ...named.filter((l) => (l.r ?? 6) > 0).map(dot)];
	const placements = new Map<string, LabelPlacement>();
	const boxes = new Map<string, LabelBox>();
	const hidden = new Set<string>();
	// Asked of every spot against everything placed (hundreds of boxes, a route's among them): a plain
	// loop, the boxes compared before the names.
	const clearOf = (b: Omit<LabelBox, 'id'>, own: string, leader: string, from?: string) => {
		for (const k of taken)
			if (b.left < k.right && k.left < b.right && b.top < k.bottom && k.top < b.bottom && k.id !== own && k.id !== leader && k.id !== from) return false;
		return true;
	};
	const clear = (b: Omit<LabelBox, 'id'>, own: string) => clearOf(b, own, `leader:${own}`);
	const inside = (b: LabelBox) => b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height;
	type Candidate = { p: LabelPlacement; box: LabelBox; readonly lead: LabelBox[] };
	/** A tier of spots, worked out when first tried: most labels take a spot in their first. */
	type Tier = () => Candidate[];
	const lazy = (make: () => Candidate[]): Tier => {
		let made: Candidate[] | undefined;
		return () => (made ??= make());
	};
	const options = new Map<string, Tier>();
	const put = (id: string, c: Candidate) => {
		placements.set(id, c.p);
		boxes.set(id, c.box);
		taken.push(c.box, ...c.lead);
	};
	const ring = (l: LabelRequest, radii: number[], lines: number, leader: boolean): Candidate[] => {
		const sides = l.sides ?? candidateSides(l.side);
		const w = lines > 1 ? l.wraps![lines - 2] : l.w;
		// Plain loops: every label's first tier is made, a few dozen spots each, on every map drawn.
		const spots: Candidate[] = [];
		const add = (side: Side, r: number) => {
			const base = sidePlacement(side, r);
			// A label centred above or below its point may also slide a third of its width either way (a
			// narrow country round the point: its name stays inside).
			const shifts = side === 'above' || side === 'below' ? [0, w / 3, -w / 3] : [0];
			for (const shift of shifts) {
				let dx = base.dx + shift;
				let dy = base.dy;
				// Lines above a point grow upwards, not down over it; beside it they centre on it.
				if (lines > 1 && side.startsWith('above')) dy -= LINE_GAP * (lines - 1);
				else if (lines > 1 && (side === 'left' || side === 'right')) dy -= Math.round((LINE_GAP * (lines - 1)) / 2);
				// A centred label slides back inside rather than off the edge.
				if (base.anchor === 'middle') dx += Math.max(4 - (l.x + dx - w / 2), Math.min(0, width - 4 - (l.x + dx + w / 2)));
				spots.push(candidate(l, { dx, dy, anchor: base.anchor }, lines, leader));
			}
		};
		if (l.sideFirst) for (const side of sides) for (const r of radii) add(side, r);
		else for (const r of radii) for (const side of sides) add(side, r);
		return spots;
	};
	/** A spot's box (and its leader's, if joined to the point by one) for a placement on `lines` lines. */
	const candidate = (l: LabelRequest, placement: LabelPlacement, lines: number, leader: boolean): Candidate => {
		const w = lines > 1 ? l.wraps![lines - 2] : l.w;
		const h = lines > 1 ? l.h + LINE_GAP * (lines - 1) : l.h;
		let p = lines > 1 ? { ...placement, lines } : placement;
		const box = labelBox(l.id, l.x, l.y, p, w, h, l.ascent);
		if (!leader) return { p, box, lead: [] };
		const line = leaderTo(l.r ?? 6, 0, 0, { left: box.left - l.x, right: box.right - l.x, top: box.top - l.y, bottom: box.bottom - l.y });
		p = { ...p, leader: line };
		// The leader's boxes are worked out when first asked for: most spots fail on their own box first.
		let lead: LabelBox[] | undefined;
		return {
			p,
			box,
			get lead() {
				return (lead ??= lineBoxes(
					`leader:${l.id}`,
					[
						[l.x + line[0], l.y + line[1]],
						[l.x + line[2], l.y + line[3]]
					],
					2,
					5
				));
			}
		};
	};
	/** Its line counts, in the order tried: one line, then two and three where it `wraps`. */
	const lineCounts = (l: LabelRequest) => [1, ...(l.wraps ?? []).map((_, i) => i + 2)];
	/** Candidates centred on spots (offsets of its middle from the point): its first baseline as far above the middle as the lines' box is tall. */
	const centredOn = (l: LabelRequest, offsets: [number, number][], n: number, leader: boolean) =>
		offsets.map(([dx, dy]) => candidate(l, { dx, dy: dy + (l.ascent ?? 14) - (l.h + LINE_GAP * (n - 1)) / 2, anchor: 'middle' }, n, leader));
	/** Candidates in the order they are tried: one line near, two lines near, then far with a leader. */
	const tiers = (l: LabelRequest): Tier[] => {
		const near = [l.r ?? 6, ...(l.reach ?? [])];
		const counts = lineCounts(l);
		return [
			...counts.map((n) => lazy(() => ring(l, near, n, false))),
			...(l.far ? counts.map((n) => lazy(() => ring(l, l.far!, n, true))) : []),
			...(l.spots?.length ? counts.map((n) => lazy(() => centredOn(l, l.spots!, n, !!l.spotLeader))) : [])
		];
	};
	/** The grid of `around`'s spots, nearest first; on one line, then two and three. */
	const aroundTiers = (l: LabelRequest): Tier[] => {
		const reach = l.around?.reach ?? 0;
		const offsets: [number, number][] = [];
		for (let dx = -reach; dx <= reach; dx += AROUND_GRID)
			for (let dy = -reach; dy <= reach; dy += AROUND_GRID) if (Math.hypot(dx, dy) <= reach) offsets.push([dx, dy]);
		offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
		return lineCounts(l).map((n) => lazy(() => centredOn(l, offsets, n, true)));
	};
	// A leader starts at its own marker's edge: only the rest of the drawing counts against it.
	const free = (c: Candidate, l: LabelRequest) => {
		if (!inside(c.box) || !clear(c.box, l.id)) return false;
		const own = `dot:${l.id}`;
		return c.lead.every((b) => clearOf(b, own, l.id, l.leaderFrom));
	};
	const ink = inkBox;
	const fits = (l: LabelRequest) => (c: Candidate) => free(c, l) && (!l.within || l.within(ink(c.box))) && (!l.beside || !!c.p.leader || l.beside(c.box));
	/** A marker's band: round it, where a name would seem to be its (NAME_SHADOW above and below, NAME_SIDE beside). */
	const band = (m: LabelBox) => grown(m, NAME_SIDE, NAME_SHADOW);
	/** The bands of the context places' markers and of the other round's. */
	const contextShadows = [...context.filter((l) => (l.r ?? 6) > 0).map(dot), ...(near.markers ?? [])].map(band);
	/** Whether a name's box runs over or just by another context place's marker, so that it reads as that place's. */
	const shadows = (b: LabelBox, own: string) => {
		const dotId = `dot:${own}`;
		return contextShadows.some((m) => m.id !== dotId && boxesOverlap(b, m));
	};
	/**
	 * The first clear spot of the earliest tier that has one; within a tier, a preferred spot first, and
	 * one clear of the context places' markers (`shadows`) before one that is not, so that they can be drawn.
	 */
	const firstFit = (l: LabelRequest, ts: Tier[], ok: (c: Candidate) => boolean) => {
		// One pass over a tier, asking `ok` once a spot (it is the costly question, and nothing is placed
		// meanwhile): the first ok spot that is preferred and clear of the markers, else the first
		// preferred, else the first clear of them, else the first.
		for (const tier of ts) {
			let preferred: Candidate | undefined;
			let unshadowed: Candidate | undefined;
			let first: Candidate | undefined;
			for (const c of tier()) {
				if (!ok(c)) continue;
				const prefers = !!l.prefer?.(c.box);
				const clearOfMarkers = !shadows(c.box, l.id);
				if (prefers && clearOfMarkers) return c;
				if (prefers) preferred ??= c;
				// Without a preference, nothing comes before the first ok spot clear of the markers.
				if (clearOfMarkers && !l.prefer) return c;
				if (clearOfMarkers) unshadowed ??= c;
				first ??= c;
			}
			const c = preferred ?? unshadowed ?? first;
			if (c) return c;
		}
		return undefined;
	};
	/**
	 * One step of give-and-take: a named label with nowhere clear may take a spot held by one earlier
	 * label, if that label has another spot clear of everything (the new one included).
	 */
	const makeRoom = (l: LabelRequest, wanted: Candidate[]) => {
		for (const c of wanted.filter((w) => inside(w.box) && (!l.within || l.within(ink(w.box))) && (!l.beside || l.beside(w.box)))) {
			const blockers = taken.filter((k) => k.id !== `dot:${l.id}` && boxesOverlap(c.box, k));
			if (blockers.length !== 1 || !options.has(blockers[0].id)) continue;
			const other = blockers[0].id;
			const rest = taken.filter((k) => k !== blockers[0]);
			const otherReq = named.find((n) => n.id === other);
			const alt = options.get(other)!().find(
				(o) =>
					o.box !== blockers[0] &&
					o.lead.length === 0 &&
					inside(o.box) &&
					(!otherReq?.within || otherReq.within(ink(o.box))) &&
					(!otherReq?.beside || otherReq.beside(o.box)) &&
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
	/** Whether a name stands on the same line as another name set before it, here or in the other round (`near.lines`). */
	const runsOnSet = (b: LabelBox, own: string) => runsOn(b, [...(near.lines ?? []), ...[...boxes].flatMap(([id, n]) => (id === own ? [] : [n]))]);
	for (const l of named) {
		const ts = tiers(l);
		const nearby = lazy(() => ts.slice(0, 1 + (l.wraps?.length ?? 0)).flatMap((t) => t()));
		options.set(l.id, nearby);
		// Off the other names' lines where it can be, inside `within`, else where it may stand `apart`;
		// failing both, where it would have stood.
		const chosen =
			firstFit(l, ts, (c) => fits(l)(c) && !runsOnSet(c.box, l.id)) ??
			(l.apart ? firstFit(l, ts, (c) => free(c, l) && l.apart!(ink(c.box)) && !runsOnSet(c.box, l.id)) : undefined) ??
			firstFit(l, ts, fits(l));
		if (chosen) put(l.id, chosen);
		else if (!makeRoom(l, nearby())) {
			const all = ts.flatMap((t) => t());
			const fallback =
				[l.fallback ?? []].flat().reduce<Candidate | undefined>((found, ok) => found ?? all.find((c) => free(c, l) && ok(c.box)), undefined) ||
				all.find((c) => free(c, l)) ||
				all.find((c) => inside(c.box)) ||
				all[0];
			const astray = l.around?.astray;
			const nearer = (c: Candidate) => free(c, l) && !boxesOverlap(c.box, dot(l));
			// Inside its own country; failing that, at least not over the story's other one (a neighbour's
			// land, beside the border, joined by a leader).
			const grid = astray && astray(fallback.box) ? aroundTiers(l) : undefined;
			const around =
				astray && grid
					? (firstFit(l, grid, (c) => nearer(c) && (!l.within || l.within(ink(c.box)))) ??
						firstFit(l, [...ts, ...grid], (c) => nearer(c) && !astray(ink(c.box))))
					: undefined;
			put(l.id, around ?? fallback);
		}
	}
	/** The labels with a marker: places' names. */
	const pointNames = new Set(items.filter((l) => (l.r ?? 6) > 0).map((l) => l.id));
	/**
	 * Whether a marker stands just under, over or beside another place's name (in its band): a reader
	 * pairs a name with the marker nearest it, so a context place is not drawn there (the Arabic
	 * «الرمادي (الأنبار)», centred above Ramadi, ran on over Baghdad's marker just below its end).
	 */
	const nearName = (m: LabelBox) =>
		[...[...boxes].flatMap(([id, b]) => (pointNames.has(id) ? [b] : [])), ...(near.names ?? [])].some((b) => boxesOverlap(band(m), b));
	/** The markers drawn so far (the other round's, then each context place's), as their bands: a context place's name keeps out of them. */
	const drawnShadows: LabelBox[] = (near.markers ?? []).map(band);
	for (const l of context) {
		const bare = (l.r ?? 6) === 0;
		const marker = dot(l);
		const ok = (c: Candidate) => fits(l)(c) && (bare || (!boxesOverlap(c.box, marker) && !drawnShadows.some((m) => boxesOverlap(c.box, m))));
		const ts = bare || (clear(marker, marker.id) && inside(marker) && !nearName(marker)) ? tiers(l) : [];
		// Off the other names' lines: a country's name is left out rather than run on from one; a town's
		// name whose spot runs on takes another clear of the other towns' markers (by one, that town would
		// be left out: Baghdad, under Ramadi's name moved off Anbar's line), where it has one.
		const first = firstFit(l, ts, bare ? (c) => ok(c) && !runsOnSet(c.box, l.id) : ok);
		const chosen =
			first && !bare && runsOnSet(first.box, l.id) ? (firstFit(l, ts, (c) => ok(c) && !runsOnSet(c.box, l.id) && !shadows(c.box, l.id)) ?? first) : first;
		if (!chosen) {
			hidden.add(l.id);
			continue;
		}
		if (!bare) {
			taken.push(marker);
			drawnShadows.push(band(marker));
		}
		put(l.id, chosen);
	}
	return { placements, boxes, hidden, drawn: taken };
}
