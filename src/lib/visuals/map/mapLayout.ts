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

/** The SVG transform that draws map units in a view. */
export function frameTransform(f: Frame): string {
	return `matrix(${f.k} 0 0 ${f.k} ${f.tx} ${f.ty})`;
}

/**
 * A route as an SVG path: a gentle curve for land, a higher arc for air, so the two read apart when
 * they share both ends. Ends a little short of the destination to leave room for the arrowhead.
 */
export function routePath(frame: Frame, route: Route): string {
	const a = project(frame, route.from);
	const b = project(frame, route.to);
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = Math.hypot(dx, dy) || 1;
	const bend = route.mode === 'air' ? -0.35 : 0.12;
	const cx = (a[0] + b[0]) / 2 - dy * bend;
	const cy = (a[1] + b[1]) / 2 + dx * bend;
	const shorten = Math.min(14, length / 4);
	const toEnd = Math.hypot(b[0] - cx, b[1] - cy) || 1;
	const ex = b[0] - ((b[0] - cx) / toEnd) * shorten;
	const ey = b[1] - ((b[1] - cy) / toEnd) * shorten;
	return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}`;
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
		...state.routes.flatMap((r) => [r.from, r.to])
	];
	return all.filter((p, i) => all.findIndex((o) => o.id === p.id) === i);
}

export interface LabelPlacement {
	dx: number;
	dy: number;
	anchor: 'start' | 'end' | 'middle';
}

const SIDES: Record<'left' | 'right' | 'above' | 'below', LabelPlacement> = {
	left: { dx: -9, dy: 4, anchor: 'end' },
	right: { dx: 9, dy: 4, anchor: 'start' },
	above: { dx: 0, dy: -10, anchor: 'middle' },
	below: { dx: 0, dy: 19, anchor: 'middle' }
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
 * baseline: those whose line, `w` wide and set like the name (start, end or centred), stays inside the
 * drawing and clear of every other label box and obstacle. Lines are added in order, each one then an
 * obstacle for the next.
 */
export function statusLines(
	lines: { id: string; w: number }[],
	placed: { placements: Map<string, LabelPlacement>; boxes: Map<string, LabelBox> },
	obstacles: LabelBox[],
	dy: number,
	width: number,
	height: number
): Set<string> {
	const shown = new Set<string>();
	const taken = [...placed.boxes.values(), ...obstacles];
	for (const { id, w } of lines) {
		const p = placed.placements.get(id);
		const name = placed.boxes.get(id);
		if (!p || !name) continue;
		const nameW = name.right - name.left;
		const left = p.anchor === 'start' ? name.left : p.anchor === 'end' ? name.right - w : name.left + nameW / 2 - w / 2;
		const line = { id, left, right: left + w, top: name.top + dy, bottom: name.bottom + dy };
		const inside = line.left >= 0 && line.right <= width && line.top >= 0 && line.bottom <= height;
		const clear = taken.every(
			(k) => k.id === id || k.id === `dot:${id}` || !boxesOverlap(line, k)
		);
		if (inside && clear) {
			shown.add(id);
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
export function markerBox(id: string, x: number, y: number): LabelBox {
	return { id: `dot:${id}`, left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 };
}

export interface LabelBox {
	id: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The box a label takes on screen, from its place, its placement and its size (its top is the ascent of a 13 px line above the baseline). */
export function labelBox(id: string, x: number, y: number, p: LabelPlacement, w: number, h: number): LabelBox {
	const left = p.anchor === 'start' ? x + p.dx : p.anchor === 'end' ? x + p.dx - w : x + p.dx - w / 2;
	const baseline = y + p.dy;
	return { id, left, right: left + w, top: baseline - 14, bottom: baseline - 14 + h };
}

export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	side?: 'left' | 'right' | 'above' | 'below';
	/** Estimated size of the label's text block. */
	w: number;
	h: number;
	/** Named by the step: always labelled, placed first. Context labels give way. */
	named: boolean;
}

const OPPOSITE = { left: 'right', right: 'left', above: 'below', below: 'above' } as const;

/**
 * Places every marker's label so that none overlaps another label or another marker: named places
 * first, each on the first of (the side the data asks for, the opposite side, above, below) that is
 * inside the drawing and clear of what is already placed, else the first inside the drawing, else on its
 * own side; then context labels,
 * each on its own side if that is clear, otherwise left out. Returns each label's placement, and the
 * ids of the labels left out, and the box each placed label takes.
 */
export function placeLabels(
	items: LabelRequest[],
	width: number,
	height: number,
	/** Boxes already on the drawing that labels must keep clear of (the story's country names). */
	obstacles: LabelBox[] = []
): { placements: Map<string, LabelPlacement>; boxes: Map<string, LabelBox>; hidden: Set<string> } {
	const taken: LabelBox[] = [
		...obstacles,
		...items.map((l) => markerBox(l.id, l.x, l.y))
	];
	const placements = new Map<string, LabelPlacement>();
	const boxes = new Map<string, LabelBox>();
	const hidden = new Set<string>();
	const clear = (b: LabelBox, own: string) =>
		!taken.some((k) => k.id !== `dot:${own}` && boxesOverlap(b, k));
	const inside = (b: LabelBox) => b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height;
	const order = [...items.filter((l) => l.named), ...items.filter((l) => !l.named)];
	const options = new Map<string, { p: LabelPlacement; box: LabelBox }[]>();
	const put = (id: string, c: { p: LabelPlacement; box: LabelBox }) => {
		placements.set(id, c.p);
		boxes.set(id, c.box);
		taken.push(c.box);
	};
	/**
	 * One step of give-and-take: a named label with nowhere clear may take a spot held by one earlier
	 * label, if that label has another spot clear of everything (the new one included).
	 */
	const makeRoom = (id: string, wanted: { p: LabelPlacement; box: LabelBox }[]) => {
		for (const c of wanted.filter((w) => inside(w.box))) {
			const blockers = taken.filter((k) => k.id !== `dot:${id}` && boxesOverlap(c.box, k));
			if (blockers.length !== 1 || !options.has(blockers[0].id)) continue;
			const other = blockers[0].id;
			const rest = taken.filter((k) => k !== blockers[0]);
			const alt = options
				.get(other)!
				.find((o) => o.box !== blockers[0] && inside(o.box) && !boxesOverlap(o.box, c.box) && rest.every((k) => k.id === `dot:${other}` || !boxesOverlap(o.box, k)));
			if (!alt) continue;
			taken.splice(taken.indexOf(blockers[0]), 1);
			put(other, alt);
			put(id, c);
			return true;
		}
		return false;
	};
	for (const l of order) {
		const first = l.side ?? 'right';
		const sides = l.named ? [first, OPPOSITE[first], ...(['above', 'below'] as const).filter((s) => s !== first && s !== OPPOSITE[first])] : [first];
		const candidates = sides.map((side) => {
			const p = placeLabel(side, l.x, l.y, l.w, width, height);
			return { p, box: labelBox(l.id, l.x, l.y, p, l.w, l.h) };
		});
		if (l.named) options.set(l.id, candidates);
		// Clear and inside; failing that, room made by moving one earlier label; failing that, a named
		// label at least stays inside (over a neighbour's label rather than off the edge); failing that
		// too, on its own side.
		let chosen = candidates.find((c) => clear(c.box, l.id) && inside(c.box)) ?? null;
		if (!chosen && l.named && makeRoom(l.id, candidates)) continue;
		if (!chosen && l.named) chosen = candidates.find((c) => inside(c.box)) ?? candidates[0];
		if (chosen) put(l.id, chosen);
		else hidden.add(l.id);
	}
	return { placements, boxes, hidden };
}

export type LegendKey = 'city' | 'camp' | 'base' | 'highlight' | 'concern' | 'drawdown' | 'concentrated' | 'land' | 'air';

/**
 * The map's key: one entry for every symbol the step draws, in a fixed order, and nothing it does not
 * draw. Routes are named by their ends ("By land: Hasakah to Iraq").
 */
export function mapLegend(state: Extract<VisualState, { kind: 'map' }>, markers: Pick<Place, 'kind'>[], t: UiStrings): { key: LegendKey; label: string }[] {
	const kinds = new Set(markers.map((m) => m.kind));
	const statuses = new Set(state.bases.map((b) => b.status));
	const entries: { key: LegendKey; label: string }[] = [];
	if (kinds.has('city') || kinds.has('town')) entries.push({ key: 'city', label: t.legend.city });
	if (kinds.has('camp')) entries.push({ key: 'camp', label: t.legend.camp });
	if (kinds.has('base')) entries.push({ key: 'base', label: t.legend.base });
	if (state.highlight.length) entries.push({ key: 'highlight', label: t.legend.highlight });
	if (state.concern.length) entries.push({ key: 'concern', label: t.legend.concern });
	if (statuses.has('drawdown')) entries.push({ key: 'drawdown', label: t.legend.drawdown });
	if (statuses.has('concentrated')) entries.push({ key: 'concentrated', label: t.legend.concentrated });
	for (const mode of ['land', 'air'] as const) {
		const route = state.routes.find((r) => r.mode === mode);
		// A route to a whole country ends at its name: the receiving sites are not named, and the key says so.
		const undisclosed = route && route.to.kind === 'country' ? t.sitesNotDisclosed : '';
		if (route) entries.push({ key: mode, label: fill(t.legendRoute, { mode: t.routeMode[mode], from: route.from.name, to: route.to.name, undisclosed }) });
	}
	return entries;
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
/** Entries longer than this many characters take a row of their own. */
const KEY_SHORT = 24;
/** A generous width per character of the key's 12.8 px text, fallback fonts included. */
const KEY_CHAR = 7.2;

/**
 * The key's grid, from its entries and the drawing's width alone (never from measured text, so the
 * frame above it is the same whatever fonts have loaded): the short entries in equal columns as wide
 * as the longest of them, as many as fit; an entry too long for a column (a route named by its ends)
 * gets a row of its own. `long` lists which entries span the row.
 */
export function legendGrid(
	labels: string[],
	width: number,
	extraHeight = 0
): { cols: number; rows: number; height: number; long: boolean[] } {
	if (!labels.length && !extraHeight) return { cols: 1, rows: 0, height: 0, long: [] };
	const room = width - 8;
	const slotOf = (l: string) => KEY_SWATCH + l.length * KEY_CHAR;
	const long = labels.map((l) => l.length > KEY_SHORT || slotOf(l) > room);
	const short = labels.filter((_, i) => !long[i]);
	const slot = Math.max(0, ...short.map(slotOf));
	const cols = Math.max(1, Math.min(short.length || 1, Math.floor(room / (slot || room))));
	const rows = Math.ceil(short.length / cols) + long.filter(Boolean).length;
	return { cols, rows, height: Math.max(rows * KEY_ROW, extraHeight) + 8, long };
}
