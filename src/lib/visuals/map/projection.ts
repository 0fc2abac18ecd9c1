/**
 * The map's projection and frame: places and borders projected once into fixed Mercator "map units",
 * each step's view a scale and an offset of them (one SVG transform), fitted to the places the step
 * names, or the story's steady frame. Pure functions of the state and the drawing size.
 */
import type { Place } from '../../model/types';
import type { VisualState } from '../../state/visualState';

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

/** The margin a map keeps round its places: a ninth of its width or an eighth of its height, at most 64 px. */
export const framePad = (width: number, height: number) => Math.min(64, width / 9, height / 8);

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

/** The smallest box holding all of them. */
export function unionBox(boxes: FocusBox[]): FocusBox {
	return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
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

/** The view that shows `box` in a map of `width` × `height`, with the map's margin (`framePad`). */
export const frameFor = (box: FocusBox, width: number, height: number): Frame => fitBox(box, width, height, framePad(width, height));

type MapVisual = Extract<VisualState, { kind: 'map' }>;

/** The box a map step comes to rest on (where its glide ends), and whether it is a closer view: `chooseBox` of its places. */
export const restingBox = (state: MapVisual, storyBox: FocusBox | null) => chooseBox(focusBox(shownPlaces(state)), storyBox);

/** The view a map step comes to rest on: its resting box, framed in a map of `width` × `height`. */
export const restingFrame = (state: MapVisual, storyBox: FocusBox | null, width: number, height: number): Frame =>
	frameFor(restingBox(state, storyBox).box, width, height);
