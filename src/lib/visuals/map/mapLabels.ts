/**
 * Where every name of a map step goes (see `placeLabels`), from its scene (`mapScene`): the step's own
 * names, the status lines under them, then the countries' and the context places' names. Pure: the
 * scene, the edition's strings and the map's size in, placements out.
 */
import type { UiStrings } from '../../i18n/strings';
import type { Place } from '../../model/types';
import { boxCrossesRings, boxWithin, markerBox, pathRings, placeLabels, statusLineBoxes, type LabelBox, type LabelRequest } from './mapLayout';
import type { MapScene } from './mapScene';

/**
 * The status line's baseline below the name's: the name's descent (0.4 em of 13 px) and the status
 * line's ascent (1.02 em of 12 px) must not meet, whichever face draws them.
 */
export const STATUS_DY = 18;

/** A route end's words stand within this many px of their bracket, or are joined to it by a leader. */
export const BESIDE_BRACKET = 16;
/** How far (px) a box is from the nearest of some points. */
const gapTo = (b: Omit<LabelBox, 'id'>, points: [number, number][]) =>
	Math.min(...points.map(([x, y]) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom))));

/** A country's name keeps this far (px) off an area's dashed outline: touching it, it reads as on the line. */
export const OUTLINE_CLEARANCE = 3;
const clearOf = (b: LabelBox): LabelBox => ({
	...b,
	left: b.left - OUTLINE_CLEARANCE,
	right: b.right + OUTLINE_CLEARANCE,
	top: b.top - OUTLINE_CLEARANCE,
	bottom: b.bottom + OUTLINE_CLEARANCE
});

export function mapLabels(scene: MapScene, t: UiStrings, width: number, mapHeight: number) {
	const { frame, xy, textW, inCountry, markerInfo, endLabels, departures, areaPlaces, areaRings, homeLabels, homeRings, neighbours, markers, lineObstacles } =
		scene;
	/**
	 * Labels placed by rule (see `placeLabels`), in three rounds: the step's own names (places, areas,
	 * route ends) first, clear of every marker and line; then the story's countries' names, each at a
	 * spot near its point clear of all that (left out if there is none); then the context places, which
	 * give way to everything or are left out whole.
	 */
	const namedLabels = placeLabels(
		[
			// "Iraq: sites not disclosed" stands on Iraq's side of the border wherever it fits there.
			...endLabels.map((e): LabelRequest => ({
				id: e.id,
				x: e.x,
				y: e.y,
				w: textW(e.text, 'named'),
				wraps: [Math.max(...e.lines.map((l) => textW(l, 'named')))],
				h: 19,
				within: (b: LabelBox) => inCountry(e.to, b),
				named: true,
				r: 6,
				// Beside the bracket it names; any farther off (where the country is narrow by the border, or
				// the routes' heads take the spot beside it), with a leader back to the bracket: never left
				// loose in the desert, where it would read as a place of its own, the routes' destination.
				reach: [10, 14],
				far: [24, 34, 50, 70, 90, 115, 140],
				beside: (b: LabelBox) => gapTo(b, e.bracket) <= BESIDE_BRACKET,
				sides:
					e.side === 'right'
						? ['right', 'below-right', 'above-right', 'below', 'above', 'left', 'below-left', 'above-left']
						: ['left', 'below-left', 'above-left', 'below', 'above', 'right', 'below-right', 'above-right'],
				sideFirst: true
			})),
			// "To home countries": the arrow's words, beside it on its way out, inside the country it leaves.
			...departures.map((d): LabelRequest => ({
				id: `departure:${d.place.id}`,
				x: d.mid[0],
				y: d.mid[1],
				w: textW(t.toHomeCountries, 'named'),
				h: 19,
				named: true,
				r: 0,
				reach: [6, 12, 20, 30],
				sides: ['below', 'above', 'below-left', 'above-left', 'below-right', 'above-right'],
				within: (b: LabelBox) => inCountry(d.place, b)
			})),
			...markerInfo.filter((m) => m.named),
			// Areas' names last: a name centred in its area has more room to move than a place's.
			...areaPlaces.map((p): LabelRequest => {
				const [x, y] = xy(p);
				const rings = areaRings.get(p.id);
				return {
					id: `area:${p.id}`,
					x,
					y,
					w: textW(p.name, 'area'),
					h: 19,
					named: true,
					r: 0,
					reach: [12, 24, 36, 50, 66],
					sides: ['center', 'above', 'below', 'right', 'left', 'above-right', 'below-right', 'above-left', 'below-left'],
					// An area's name inside its own outline.
					within: rings ? (b: LabelBox) => boxWithin(rings, frame, b) : undefined,
					fallback: (b: LabelBox) => inCountry(p, b)
				};
			})
		],
		width,
		mapHeight,
		lineObstacles
	);
	const namedMarkerBoxes = markerInfo.filter((m) => m.named).map((m) => markerBox(m.id, m.x, m.y, m.r));
	/**
	 * A status line ("Most US troops gone", "Others remain") goes under its name where it fits clear of
	 * every other label, marker and line; where it does not, the key (which has the same words beside
	 * the same symbol) says it. Names are placed first, so a status line never pushes a name out; the
	 * countries' and the context places' names come after, and keep clear of it.
	 */
	const statusBoxes = statusLineBoxes(
		markerInfo.filter((m) => m.named && scene.statusText(m.id)).map((m) => ({ id: m.id, w: textW(scene.statusText(m.id)!, 'status') })),
		namedLabels,
		[...lineObstacles, ...namedMarkerBoxes],
		STATUS_DY,
		width,
		mapHeight,
		// (its glyphs: the line box less its spare room above and below)
		(id, b) =>
			inCountry(
				markers.find((p) => p.id === id)!,
				{ ...b, top: b.top + 3, bottom: b.bottom - 2 }
			)
	);
	/**
	 * The second round of names, placed by the same rule as the step's own (`placeLabels`), each left out
	 * whole where it has no clear spot: the story's own countries first, near the point the dataset gives
	 * and inside the country (pushed aside, "IRAQ" would name Syria), off the areas' outlines; then the
	 * context places; then the neighbours, inside their own outlines.
	 */
	/** Clear of every area's dashed outline, by OUTLINE_CLEARANCE. */
	const offAreas = (b: LabelBox) => ![...areaRings.values()].some((a) => boxCrossesRings(a, frame, clearOf(b)));
	const countryRequest = (
		id: string,
		name: string,
		lon: number,
		lat: number,
		style: 'home' | 'neighbour',
		rings: [number, number][][] | undefined,
		/** A second chance: the name may cross an area's outline (a governorate's line is no hard limit; a country's is) and slide further. */
		acrossAreas = false
	): LabelRequest => {
		const [x, y] = xy({ lon, lat });
		return {
			id,
			x,
			y,
			w: textW(name, style),
			// The line boxes of 15 px and 12 px capitals: ascent and descent of the face (1.02 and 0.4 em).
			h: style === 'home' ? 22 : 18,
			ascent: style === 'home' ? 16 : 13,
			named: false,
			r: 0,
			sides: ['center', 'below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'],
			reach: style === 'home' ? [14, 28, 44, 60, 80, 100] : [14, 28, 44, 60],
			// A second chance slides further either way (a small country round its point: Syria on a phone).
			slides: acrossAreas ? [0, 1 / 3, -1 / 3, 2 / 3, -2 / 3, 1, -1] : undefined,
			within: (b: LabelBox) => (!rings || boxWithin(rings, frame, b)) && (acrossAreas || offAreas(b)),
			// On its second chance, a spot off the outlines still comes first where a ring has one.
			prefer: acrossAreas ? offAreas : undefined
		};
	};
	const contextRound = (across: Set<string>) =>
		placeLabels(
			[
				...homeLabels.map((p) => countryRequest(`country:${p.id}`, p.name, p.lon, p.lat, 'home', homeRings.get(p.id), across.has(p.id))),
				...markerInfo.filter((m) => !m.named),
				...neighbours.map(({ c, name }) => countryRequest(`country:${c.id}`, name, c.label[0], c.label[1], 'neighbour', pathRings(c.path)))
			],
			width,
			mapHeight,
			[...lineObstacles, ...namedMarkerBoxes, ...namedLabels.boxes.values(), ...statusBoxes.values()]
		);
	// The story's own countries are always named where there is room in them: one with no spot off the
	// areas' outlines gets a second round in which it may cross one (a governorate's line is no hard
	// limit; the country's border is) and slide further from its point.
	let contextLabels = contextRound(new Set());
	const unnamed = homeLabels.filter((p) => contextLabels.hidden.has(`country:${p.id}`)).map((p) => p.id);
	if (unnamed.length) contextLabels = contextRound(new Set(unnamed));
	/** The countries' names drawn: the story's own, then the neighbours, each where placeLabels put it. */
	const countryNames = [
		...homeLabels.map((p) => ({ id: `country:${p.id}`, name: p.name, x: xy(p)[0], y: xy(p)[1], home: p as Place | undefined })),
		...neighbours.map(({ c, name }) => {
			const [x, y] = xy({ lon: c.label[0], lat: c.label[1] });
			return { id: `country:${c.id}`, name, x, y, home: undefined as Place | undefined };
		})
	].flatMap((c) => {
		const p = contextLabels.placements.get(c.id);
		return p ? [{ ...c, p }] : [];
	});
	return {
		placements: new Map([...namedLabels.placements, ...contextLabels.placements]),
		boxes: new Map([...namedLabels.boxes, ...contextLabels.boxes]),
		hidden: contextLabels.hidden,
		/** The story's own countries whose names had no spot off the areas' outlines: they may cross one. */
		acrossAreas: new Set(unnamed.map((id) => `country:${id}`)),
		/** Places whose status line is drawn under their name. */
		statusShown: new Set(statusBoxes.keys()),
		countryNames
	};
}

export type MapLabels = ReturnType<typeof mapLabels>;
