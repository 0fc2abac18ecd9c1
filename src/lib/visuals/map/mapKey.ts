/**
 * The map's key: which symbols a step draws, and the grid the key is laid out in from its entries and
 * the width alone (so the frame above it never moves between map steps).
 */
import { fill, type UiStrings } from '../../i18n/strings';
import { routeModes, type RouteMode } from '../../model/routeModes';
import type { Place } from '../../model/types';
import type { VisualState } from '../../state/visualState';
import { shownPlaces } from './projection';

export type LegendKey =
	'city' | 'camp' | 'base' | 'bold' | 'highlight' | 'area' | 'concernArea' | 'concern' | 'border' | 'drawdown' | 'concentrated' | 'departure' | RouteMode;

/** Whether a key entry is a route's (drawn as a stretch of that route's line). */
export const isRouteKey = (key: LegendKey): key is RouteMode => (routeModes as readonly LegendKey[]).includes(key);

/** Whether a place is drawn as an area (its admin-1 outline), not a point. */
export const isArea = (p: Pick<Place, 'kind' | 'adm1'>) => p.kind === 'region' && !!p.adm1;

/**
 * The map's key: one entry for every symbol the step draws, in a fixed order, and nothing it does not
 * draw. Routes are named by their ends ("By land: Hasakah to Iraq"); bold names are explained.
 */
/** A marker's shape (MapPlaces): a base's square, a camp's triangle, any other place's circle. */
export type MarkerShape = 'square' | 'triangle' | 'circle';
export const markerShape = (kind: Place['kind']): MarkerShape => (kind === 'base' ? 'square' : kind === 'camp' ? 'triangle' : 'circle');

export function mapLegend(
	state: Extract<VisualState, { kind: 'map' }>,
	markers: Pick<Place, 'kind'>[],
	t: UiStrings
): { key: LegendKey; label: string; shape?: MarkerShape }[] {
	const kinds = new Set(markers.map((m) => m.kind));
	const statuses = new Set(state.bases.map((b) => b.status));
	const concern = state.concern ?? [];
	const entries: { key: LegendKey; label: string; shape?: MarkerShape }[] = [];
	/** A base status's symbol is drawn on its place's own marker: the key draws it on the same shape. */
	const shapeOf = (status: string) => markerShape(state.bases.find((b) => b.status === status)!.place.kind);
	if (kinds.has('city') || kinds.has('town')) entries.push({ key: 'city', label: t.legend.city, shape: markerShape('city') });
	if (kinds.has('camp')) entries.push({ key: 'camp', label: t.legend.camp, shape: markerShape('camp') });
	if (kinds.has('base')) entries.push({ key: 'base', label: t.legend.base, shape: markerShape('base') });
	if (shownPlaces(state).some((p) => !isArea(p) && p.kind !== 'country')) entries.push({ key: 'bold', label: t.legend.bold });
	if (state.highlight.length) entries.push({ key: 'highlight', label: t.legend.highlight });
	if ((state.areas ?? []).length) entries.push({ key: 'area', label: t.legend.area });
	if (concern.some(isArea)) entries.push({ key: 'concernArea', label: t.legend.concernArea });
	if (concern.some((p) => !isArea(p))) entries.push({ key: 'concern', label: t.legend.concern });
	for (const [a, b] of state.borders ?? []) entries.push({ key: 'border', label: fill(t.legendBorder, { a: a.name, b: b.name }) });
	if (statuses.has('drawdown')) entries.push({ key: 'drawdown', label: t.legend.drawdown, shape: shapeOf('drawdown') });
	if (statuses.has('concentrated')) entries.push({ key: 'concentrated', label: t.legend.concentrated, shape: shapeOf('concentrated') });
	if ((state.departures ?? []).length) entries.push({ key: 'departure', label: t.legend.departure });
	for (const mode of routeModes) {
		const route = state.routes.find((r) => r.mode === mode);
		// A route to a whole country ends at its border: the receiving sites are not named, and the key says so.
		const line = route && route.to.kind === 'country' ? t.legendRouteUndisclosed : t.legendRoute;
		if (route) entries.push({ key: mode, label: fill(line[mode], { from: route.from.name, to: route.to.name }) });
	}
	return entries.filter((e, i) => e.key !== 'border' || entries.findIndex((o) => o.label === e.label) === i);
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
	extraHeight = 0,
	/** The most columns it may take (a key beside the map: one). */
	maxCols = KEY_COLS
): { cols: number; rows: number; height: number; long: boolean[]; lines: number[] } {
	if (!labels.length && !extraHeight) return { cols: 1, rows: 0, height: 0, long: [], lines: [] };
	const room = width - 12;
	const slotOf = (l: string) => KEY_SWATCH + l.length * KEY_CHAR;
	const linesOf = (l: string) => Math.max(1, Math.ceil((KEY_SWATCH + l.length * KEY_CHAR_WRAP) / room));
	let best = { cols: 1, rows: Infinity, long: labels.map(() => false) };
	for (let cols = 1; cols <= maxCols; cols++) {
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

/** The widths a key beside the map may take, widest first (more room, fewer wrapped rows): a narrower one only where it draws the map 5% larger. */
const SIDE_KEY_WIDTHS = [220, 200, 180, 160, 150];
/**
 * Wider columns, tried only where none of those holds the tallest key: a short drawing whose key lines
 * are long (the Arabic deck on a phone on its side, under an update notice: 188 px of key in 220 px
 * against 176 px of drawing). Their lines wrap less, so the key is shorter; without them the key goes
 * under the map and leaves it 80 px tall.
 */
const SIDE_KEY_WIDER = [260, 240];
/** The map must be at least this wide beside a key. */
const SIDE_MAP_MIN = 240;
/** How much larger (as a factor of its scale) the map must draw for the key to move beside it. */
const SIDE_GAIN = 1.1;

export interface KeyLayout {
	/** Beside the map (at its right, a column the whole height) rather than under it (the whole width). */
	side: boolean;
	/** The key's width: the drawing's, under the map; the column's, beside it. */
	width: number;
	/** The key's height: the room kept under the map (`keyReserve`); the drawing's, beside it. */
	height: number;
	/** The map's own area, beside or above the key. */
	mapWidth: number;
	mapHeight: number;
}

/**
 * Where the key goes: under the map, or beside it where that draws the map at least SIDE_GAIN times
 * larger (a wide, short drawing: the deck on a phone on its side, the 620 px embed) and the tallest
 * key of any step fits the column (a wider column, SIDE_KEY_WIDER, where none of the usual widths holds it). `scaleAt` is the map's scale in an area of a given size (the
 * story's frame fitted to it). From the keys' entries and the sizes alone, so it holds on every step.
 */
export function keyLayout(
	keys: { labels: string[]; zoomed: boolean }[],
	width: number,
	height: number,
	locator: { width: number; height: number },
	scaleAt: (width: number, height: number) => number
): KeyLayout {
	const reserve = keyReserve(keys, width, locator);
	const below: KeyLayout = { side: false, width, height: reserve, mapWidth: width, mapHeight: Math.max(80, height - reserve) };
	let best = { layout: below, scale: scaleAt(below.mapWidth, below.mapHeight) };
	/** Whether a column `kw` wide could stand beside the map at all: the map wide enough, the tallest key held. */
	const fits = (kw: number) =>
		width - kw >= SIDE_MAP_MIN &&
		// In a column the locator stands above the entries.
		Math.max(0, ...keys.map((k) => legendGrid(k.labels, kw, 0, 1).height + (k.zoomed ? locator.height + 8 : 0))) <= height;
	const usual = SIDE_KEY_WIDTHS.filter(fits);
	for (const kw of usual.length ? usual : SIDE_KEY_WIDER.filter(fits)) {
		const scale = scaleAt(width - kw, height);
		if (scale > best.scale * (best.layout.side ? 1.05 : SIDE_GAIN))
			best = { layout: { side: true, width: kw, height, mapWidth: width - kw, mapHeight: height }, scale };
	}
	return best.layout;
}
