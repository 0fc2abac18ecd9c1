/**
 * Where every name of a map step goes (see `placeLabels`), from its scene (`mapScene`): the step's own
 * names, the status lines under them, then the countries' and the context places' names. Pure: the
 * scene, the edition's strings and the map's size in, placements out.
 */
import type { UiStrings } from '../../i18n/strings';
import type { Place } from '../../model/types';
import {
	FAN_CLEAR,
	FAN_REACH,
	boxCrossesRings,
	boxesOverlap,
	boxOfInk,
	grown,
	boxWithin,
	inkBox,
	leaderTo,
	markerBox,
	middleWithin,
	pathRings,
	NAME_SHADOW,
	NAME_SIDE,
	placeLabels,
	readsAsOne,
	runsOn,
	statusLineBoxes,
	type LabelBox,
	type LabelRequest
} from './mapLayout';
import type { MapScene } from './mapScene';

/**
 * The status line's baseline below the name's: the name's descent (0.4 em of 13 px) and the status
 * line's ascent (1.02 em of 12 px) must not meet, whichever face draws them.
 */
export const STATUS_DY = 18;

/** A name moved off another's line (see mapLabels) keeps at least this far (px) from the map's edge, unless it stood nearer. */
const EDGE = 24;
/** And a country's name so moved keeps this far (px) inside its border: set against it, it reads as the line's. */
const ROOM = 8;

/** A route end's words stand within this many px of their bracket, or are joined to it by a leader. */
export const BESIDE_BRACKET = 16;
/** How far (px) a box is from the nearest of some points. */
const gapTo = (b: Omit<LabelBox, 'id'>, points: [number, number][]) =>
	Math.min(...points.map(([x, y]) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom))));

/** A country's name keeps this far (px) off an area's dashed outline: touching it, it reads as on the line. */
export const OUTLINE_CLEARANCE = 3;
const clearOf = (b: LabelBox): LabelBox => grown(b, OUTLINE_CLEARANCE);

/**
 * The grid a name looks over for room on its second chance (a country's over its country, an area's
 * over its area): every 4 px first, then (where none of those is clear) the points between, every 2 px.
 */
const SPOT_GRID = 2;

export function mapLabels(scene: MapScene, t: UiStrings, width: number, mapHeight: number) {
	const { frame, xy, textW, inCountry, markerInfo, endLabels, departures, areaPlaces, areaRings, homeLabels, homeRings, neighbours, markers, lineObstacles } =
		scene;
	/** The markers' boxes: the named places' (drawn whatever the names do) and the context places'. */
	const markerBoxOf = (m: (typeof markerInfo)[number]) => markerBox(m.id, m.x, m.y, m.r);
	const namedMarkerBoxes = markerInfo.filter((m) => m.named).map(markerBoxOf);
	const contextMarkerBoxes = markerInfo.filter((m) => !m.named).map(markerBoxOf);
	/** Whether a box's middle lies inside rings. */
	const centreIn = (rings: [number, number][][], b: LabelBox) => middleWithin(rings, frame, b);
	/** Whether a box lies on a drawn area (but `own`): across its outline, or inside it. */
	const onArea = (b: LabelBox, own?: string) =>
		[...areaRings].some(([id, rings]) => id !== own && (boxCrossesRings(rings, frame, b) || boxWithin(rings, frame, b)));
	/** The grid over an outline's box on the map (SPOT_GRID), as offsets from a point: coarse first, each nearest first. */
	const gridSpots = (rings: [number, number][][], x: number, y: number): [number, number][] => {
		const xs = rings.flat().map(([u]) => u * frame.k + frame.tx);
		const ys = rings.flat().map(([, v]) => v * frame.k + frame.ty);
		const [x0, x1] = [Math.max(0, Math.min(...xs)), Math.min(width, Math.max(...xs))];
		const [y0, y1] = [Math.max(0, Math.min(...ys)), Math.min(mapHeight, Math.max(...ys))];
		const [coarse, fine]: [number, number][][] = [[], []];
		for (let i = 0; x0 + i * SPOT_GRID <= x1; i++)
			for (let j = 0; y0 + j * SPOT_GRID <= y1; j++) (i % 2 || j % 2 ? fine : coarse).push([x0 + i * SPOT_GRID - x, y0 + j * SPOT_GRID - y]);
		const nearest = (a: [number, number], b: [number, number]) => Math.hypot(...a) - Math.hypot(...b);
		return [...coarse.sort(nearest), ...fine.sort(nearest)];
	};
	/**
	 * An area's name: centred in its area, inside its outline. Where no spot there is clear (a small
	 * governorate on a phone: Nineveh, round Mosul's name), a second round (`off`) names it before the
	 * places' names, looking over the whole area, still inside it if it can be; failing that, centred on
	 * it across its outline, or across its outline off centre, or off it on no area (in the next
	 * governorate it would name that one), joined to it by a leader.
	 */
	const areaRequest = (p: Place, off: boolean): LabelRequest => {
		const [x, y] = xy(p);
		const rings = areaRings.get(p.id);
		const centred = (b: LabelBox) => !rings || centreIn(rings, b);
		/** Its middle on its area, across its outline if need be, and on no other area. */
		const onItsArea = (b: LabelBox) => inCountry(p, b) && centred(b) && !onArea(b, p.id);
		return {
			id: `area:${p.id}`,
			x,
			y,
			w: textW(p.name, 'area'),
			h: 19,
			named: true,
			r: 0,
			reach: [12, 24, 36, 50, 66],
			far: off ? [24, 34, 46, 60, 76, 94] : undefined,
			spots: off && rings ? gridSpots(rings, x, y) : undefined,
			sides: ['center', 'above', 'below', 'right', 'left', 'above-right', 'below-right', 'above-left', 'below-left'],
			within: rings ? (b: LabelBox) => boxWithin(rings, frame, b) : undefined,
			// Across its own outline, its middle on its area, rather than on a line with a place's name
			// inside it ("Nineveh Mosul (Nineveh)" on a laptop's deck).
			apart: onItsArea,
			fallback: [
				onItsArea,
				// Across its own outline, partly on its area, before wholly off it: a name that stands just
				// off its area, even with a leader, reads as the name of the land under it (Nineveh's
				// narrower Arabic name on a phone's deck stood over Baghdad's, read as one name).
				(b: LabelBox) => inCountry(p, b) && !!rings && boxCrossesRings(rings, frame, b) && !onArea(b, p.id),
				(b: LabelBox) => inCountry(p, b) && !onArea(b),
				(b: LabelBox) => inCountry(p, b) && centred(b),
				(b: LabelBox) => inCountry(p, b) && !onArea(b, p.id)
			]
		};
	};
	/**
	 * The point a route end's words are placed by: where the routes meet the bracket, or (`endAt`) one
	 * of the bracket's ends, where no spot by the routes' heads is inside the country (Iraq's narrow
	 * north: every spot there, or its leader, crosses the heads).
	 */
	const endAt = new Map<string, [number, number]>();
	/**
	 * Route ends whose words found no spot inside the country by the bracket or its ends (the deck on a
	 * phone on its side, a map 158 px tall): they look over the whole country, joined back by a leader.
	 */
	const endAnywhere = new Set<string>();
	const namedRound = (off: Set<string>) =>
		placeLabels(
			[
				// "Iraq: sites not disclosed" stands on Iraq's side of the border wherever it fits there.
				...endLabels.map((e): LabelRequest => ({
					id: e.id,
					x: (endAt.get(e.id) ?? [e.x])[0],
					y: (endAt.get(e.id) ?? [e.x, e.y])[1],
					spots: endAnywhere.has(e.id) && homeRings.has(e.to.id) ? gridSpots(homeRings.get(e.to.id)!, ...(endAt.get(e.id) ?? [e.x, e.y])) : undefined,
					spotLeader: true,
					leaderFrom: `bracket:${scene.routes.findIndex((g) => g.to.id === e.to.id)}`,
					w: textW(e.text, 'named'),
					wraps: e.lineSets.map((lines) => Math.max(...lines.map((l) => textW(l, 'named')))),
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
				...areaPlaces.filter((p) => off.has(p.id)).map((p) => areaRequest(p, true)),
				...markerInfo.filter((m) => m.named),
				// Areas' names last: a name centred in its area has more room to move than a place's.
				...areaPlaces.filter((p) => !off.has(p.id)).map((p) => areaRequest(p, false))
			],
			width,
			mapHeight,
			lineObstacles,
			{ markers: contextMarkerBoxes }
		);
	/** The areas whose names stand outside them (their glyphs not wholly inside the outline). */
	const areasOutside = (placed: ReturnType<typeof placeLabels>) =>
		areaPlaces.filter((p) => {
			const [b, rings] = [placed.boxes.get(`area:${p.id}`), areaRings.get(p.id)];
			return b && rings && !boxWithin(rings, frame, inkBox(b));
		});
	let namedLabels = namedRound(new Set());
	const outside = areasOutside(namedLabels).map((p) => p.id);
	if (outside.length) namedLabels = namedRound(new Set(outside));
	const endInside = (placed: ReturnType<typeof placeLabels>, e: (typeof endLabels)[number]) => {
		const b = placed.boxes.get(e.id);
		return !!b && inCountry(e.to, inkBox(b));
	};
	/** Words placed by one of the bracket's ends, kept relative to the route's end as drawn (MapRoutes): the offsets moved by that end's. */
	const shiftedTo = (placed: ReturnType<typeof placeLabels>, e: (typeof endLabels)[number], end: [number, number]) => {
		const [ox, oy] = [end[0] - e.x, end[1] - e.y];
		const p = placed.placements.get(e.id)!;
		placed.placements.set(e.id, {
			...p,
			dx: p.dx + ox,
			dy: p.dy + oy,
			leader: p.leader && [p.leader[0] + ox, p.leader[1] + oy, p.leader[2] + ox, p.leader[3] + oy]
		});
		return placed;
	};
	for (const e of endLabels) {
		if (endInside(namedLabels, e)) continue;
		const [first, last] = [e.bracket[0], e.bracket[e.bracket.length - 1]];
		// By one of the bracket's ends; then looking over the whole country, from where the routes meet
		// the bracket (`end` null) or from either end.
		const tries: { anywhere: boolean; end: [number, number] | null }[] = [
			{ anywhere: false, end: first },
			{ anywhere: false, end: last },
			...[null, first, last].map((end) => ({ anywhere: true, end }))
		];
		for (const { anywhere, end } of tries) {
			if (anywhere) endAnywhere.add(e.id);
			if (end) endAt.set(e.id, end);
			else endAt.delete(e.id);
			const again = namedRound(new Set(outside));
			if (!endInside(again, e)) continue;
			namedLabels = end ? shiftedTo(again, e, end) : again;
			break;
		}
		if (!endInside(namedLabels, e)) {
			endAt.delete(e.id);
			endAnywhere.delete(e.id);
		}
	}
	// One that still stands off its area (no clear spot for a leader either, on the smallest maps) is
	// joined to its middle all the same: a name off its area with no line to it names the land it is on.
	for (const p of areaPlaces.filter((p) => outside.includes(p.id))) {
		const [key, rings] = [`area:${p.id}`, areaRings.get(p.id)];
		const [placed, b] = [namedLabels.placements.get(key), namedLabels.boxes.get(key)];
		if (!placed || !b || !rings || placed.leader || centreIn(rings, inkBox(b))) continue;
		const [x, y] = xy(p);
		namedLabels.placements.set(key, { ...placed, leader: leaderTo(0, 0, 0, { left: b.left - x, right: b.right - x, top: b.top - y, bottom: b.bottom - y }) });
	}
	/**
	 * A status line ("Most US troops left", "Others remained") goes under its name where it fits clear of
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
			// A second chance looks over the whole country, nearest its point first (a small, crowded
			// country: Syria on a phone, with a departure fan in it).
			spots: acrossAreas && rings ? gridSpots(rings, x, y) : undefined,
			within: (b: LabelBox) => (!rings || boxWithin(rings, frame, b)) && (acrossAreas || offAreas(b))
		};
	};
	/**
	 * The ground round each fan, FAN_CLEAR past its arrows' tips, where no country's or town's name stands: a
	 * name there reads as where the arrows go ("Mosul (Nineveh)" by al-Hol's eastward arrows, in review).
	 * Not on the smallest maps (a phone's: the fan at its smallest, 16 px), where Syria's name has no
	 * other room and no town's name is set near the camp.
	 */
	const fanZones: LabelBox[] = departures
		.filter((d) => d.fanR > FAN_REACH.min)
		.map((d) => {
			const [x, y] = xy(d.place);
			const r = d.fanR + FAN_CLEAR;
			return { id: `fan:${d.place.id}`, left: x - r, right: x + r, top: y - r, bottom: y + r };
		});

	const contextRound = (across: Set<string>) =>
		placeLabels(
			[
				...homeLabels.map((p) => countryRequest(`country:${p.id}`, p.name, p.lon, p.lat, 'home', homeRings.get(p.id), across.has(p.id))),
				...markerInfo.filter((m) => !m.named),
				...neighbours.map(({ c, name }) => countryRequest(`country:${c.id}`, name, c.label[0], c.label[1], 'neighbour', pathRings(c.path)))
			],
			width,
			mapHeight,
			[...lineObstacles, ...namedMarkerBoxes, ...namedLabels.boxes.values(), ...statusBoxes.values(), ...fanZones],
			// The places' names and the route ends' words ("Iraq: sites not disclosed"): a town's marker by those reads as where the sites are.
			{
				names: [...markerInfo.filter((m) => m.named), ...endLabels].flatMap((m) => namedLabels.boxes.get(m.id) ?? []),
				markers: namedMarkerBoxes,
				// Every name of the step's own, its status lines too: no name here runs on from one (runsOn).
				lines: [...namedLabels.boxes.values(), ...statusBoxes.values()]
			}
		);
	// The story's own countries are always named where there is room in them: one with no spot off the
	// areas' outlines gets a second round in which it may cross one (a governorate's line is no hard
	// limit; the country's border is) and look over the whole country, nearest its point first.
	let contextLabels = contextRound(new Set());
	const unnamed = homeLabels.filter((p) => contextLabels.hidden.has(`country:${p.id}`)).map((p) => p.id);
	if (unnamed.length) contextLabels = contextRound(new Set(unnamed));
	// A name may read as one with another: on one line ("Anbar Ramadi (Anbar)" on a laptop's deck: every
	// other spot of Ramadi's is by Baghdad's or Ain al-Asad's marker; "IRAQ" beside "Ramadi" over
	// "(Anbar)"), or one just over the other ("Ain al-Asad air base" over "Anbar"). An area's name, or a
	// country's on one line with another, has room to move in its outline: it is set again among its own
	// spots round its point (a story's own country's, then over all of it, nearest first), clear of all
	// that is drawn, inside its outline by ROOM (an area's by OUTLINE_CLEARANCE), a country's on no area,
	// no nearer the map's edge than EDGE (unless it stood nearer), and well apart from every name (a line
	// above or below, two NAME_SIDEs beside) and marker (two lines: "IRAQ" over Mosul's marker read as its
	// name), else out of their bands (NAME_SHADOW, NAME_SIDE), where it has such a spot; else it stays.
	// (A country's name stacked over another is left: moved, it hopped from step to step.)
	let drawn = [...namedLabels.drawn, ...contextLabels.drawn];
	const drawnMarkers = drawn.filter((k) => k.id.startsWith('dot:'));
	const movable: { id: string; request: () => LabelRequest; round: ReturnType<typeof placeLabels>; area?: boolean }[] = [
		...areaPlaces
			.filter((p) => !outside.includes(p.id))
			.map((p) => ({ id: `area:${p.id}`, request: () => areaRequest(p, false), round: namedLabels, area: true })),
		...homeLabels.map((p) => ({
			id: `country:${p.id}`,
			// (after its rings, any spot over the country, nearest first: a story's own country is large)
			request: () => {
				const [r, rings] = [countryRequest(`country:${p.id}`, p.name, p.lon, p.lat, 'home', homeRings.get(p.id)), homeRings.get(p.id)];
				return rings ? { ...r, spots: gridSpots(rings, r.x, r.y) } : r;
			},
			round: contextLabels
		})),
		...neighbours.map(({ c, name }) => ({
			id: `country:${c.id}`,
			request: () => countryRequest(`country:${c.id}`, name, c.label[0], c.label[1], 'neighbour', pathRings(c.path)),
			round: contextLabels
		}))
	];
	const edgeGap = (b: LabelBox) => Math.min(b.left, b.top, width - b.right, mapHeight - b.bottom);
	for (const { id, request, round, area } of movable) {
		const own = round.boxes.get(id);
		const names = [...namedLabels.boxes, ...contextLabels.boxes, ...statusBoxes].flatMap(([k, b]) => (k === id ? [] : [b]));
		if (!own || !(area ? readsAsOne(own, names) : runsOn(own, names, true))) continue;
		const r = request();
		const rest = drawn.filter((k) => k.id !== id && k.id !== `leader:${id}`);
		const margin = Math.min(EDGE, edgeGap(own));
		const edges = [
			{ id: 'edge', left: 0, right: margin, top: 0, bottom: mapHeight },
			{ id: 'edge', left: width - margin, right: width, top: 0, bottom: mapHeight },
			{ id: 'edge', left: 0, right: width, top: 0, bottom: margin },
			{ id: 'edge', left: 0, right: width, top: mapHeight - margin, bottom: mapHeight }
		];
		const stands = (box: LabelBox) =>
			(!r.within || r.within(grown(inkBox(box), area ? OUTLINE_CLEARANCE : ROOM))) &&
			(area || !onArea(inkBox(box))) &&
			!rest.some((k) => boxesOverlap(box, k)) &&
			!readsAsOne(box, names) &&
			edgeGap(box) >= margin;
		for (const [side, above] of [
			[2 * NAME_SIDE, 19],
			[NAME_SIDE, NAME_SHADOW]
		]) {
			// (a request of its own, asked of every spot's glyphs, `inkBox`: only a spot that stands is taken)
			const again = placeLabels(
				[{ ...r, within: (ink: LabelBox) => stands(boxOfInk(ink)) }],
				width,
				mapHeight,
				[...rest, ...names.map((n) => grown(n, side, above)), ...drawnMarkers.map((m) => grown(m, side, 2 * above)), ...edges],
				{ lines: names }
			);
			const [b, placed] = [again.boxes.get(id), again.placements.get(id)];
			if (!b || !placed || placed.leader || !stands(b)) continue;
			round.boxes.set(id, b);
			round.placements.set(id, placed);
			drawn = [...rest, b];
			break;
		}
	}
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
		/** The areas whose names had no spot inside them: they stand off, joined to the area by a leader. */
		areasOff: new Set(outside.map((id) => `area:${id}`)),
		/** The story's own countries whose names had no spot off the areas' outlines: they may cross one. */
		acrossAreas: new Set(unnamed.map((id) => `country:${id}`)),
		/** Places whose status line is drawn under their name. */
		statusShown: new Set(statusBoxes.keys()),
		countryNames
	};
}

export type MapLabels = ReturnType<typeof mapLabels>;

/** What each of the map's layers (MapLand, MapRoutes, MapPlaces) is drawn from. */
export interface MapLayerProps {
	scene: MapScene;
	labels: MapLabels;
	/** A layout anchor as this edition's text-anchor (see TransferMap). */
	anchor: (a: 'start' | 'end' | 'middle') => 'start' | 'end' | 'middle';
}
