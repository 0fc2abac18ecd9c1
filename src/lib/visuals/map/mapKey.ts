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
export function legendGrid(labels: string[], width: number, extraHeight = 0): { cols: number; rows: number; height: number; long: boolean[]; lines: number[] } {
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
