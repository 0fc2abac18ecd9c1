/**
 * What one map step draws, on screen: its markers, areas, emphasised borders, routes, departure arrows
 * and halos, each projected into the frame, and the lines labels keep clear of. A pure function of the
 * step's state, the atlas, the frame and the edition; TransferMap and its parts draw it, and
 * `mapLabels` places its names.
 */
import { fill, type UiStrings } from '../../i18n/strings';
import type { Place } from '../../model/types';
import type { VisualState } from '../../state/visualState';
import {
	alongLine,
	borderCrossings,
	boxWithin,
	frameFor,
	keyLayout,
	mapLegend,
	restingBox,
	departureFan,
	FAN_CLEAR,
	FAN_REACH,
	isArea,
	lineBoxes,
	pathRings,
	project,
	middleWithin,
	routeCurve,
	wrapName,
	type FocusBox,
	type Frame,
	type LabelBox,
	type Side
} from './mapLayout';
import { labelWidth, type LabelStyle } from './labelWidth';
import type { RegionGeo } from './regionTypes';

export type MapState = Extract<VisualState, { kind: 'map' }>;
type Country = RegionGeo['countries'][number];

/** Places drawn as markers: not countries (named on the land) and not areas (drawn as outlines). */
export const mapMarkers = (places: Place[]) => places.filter((p) => p.kind !== 'country' && !isArea(p));

/** The locator (shown when zoomed): the story's map area small, the current view outlined. */
export const LOCATOR = { width: 72, height: 52 };

/**
 * Where the key goes and the map's own area, at a drawing's size (`keyLayout`): from every map step's
 * key (all markers counted), so the map is framed the same on every map step, and the story's frame
 * (`storyBox`; the step's own where the story has none) for the map's scale.
 */
export function storyKeyLayout(states: MapState[], places: Place[], t: UiStrings, storyBox: FocusBox | null, width: number, height: number) {
	const keys = states.map((s) => ({
		labels: mapLegend(s, mapMarkers(places), t).map((e) => e.label),
		zoomed: restingBox(s, storyBox).zoomed
	}));
	const frameBox = storyBox ?? restingBox(states[0], null).box;
	return keyLayout(keys, width, height, LOCATOR, (w, h) => frameFor(frameBox, w, h).k);
}

export interface SceneInput {
	view: MapState;
	geo: RegionGeo;
	/** Every place in the story: the step's own stand out; others are drawn small for context where their names fit. */
	places: Place[];
	frame: Frame;
	width: number;
	t: UiStrings;
	dir: 'ltr' | 'rtl';
}

/** How far from a country's name point a route from that country starts (px): a gap between the name and the line. */
const ROUTE_GAP = 6;

/** Routes into a whole country end on its border with the origin's country: where, from the atlas's line. */
export type Curve = ReturnType<typeof routeCurve> & { route: MapState['routes'][number] };
export interface RouteGroup {
	to: Place;
	bracket: [number, number][] | null;
	label: { x: number; y: number; side: 'left' | 'right' } | null;
	curves: Curve[];
}

/** The room a marker takes: a dot, or the ✕ and ring a base change adds. */
const radius = (status: string | undefined, named: boolean) => {
	if (status === 'concentrated') return 13;
	if (status === 'drawdown') return 10;
	return named ? 7 : 5;
};

export function mapScene({ view, geo, places, frame, width, t, dir }: SceneInput) {
	const xy = (p: { lon: number; lat: number }) => project(frame, p);

	const ids = (list: Place[]) => new Set(list.map((p) => p.id));
	const focusIds = ids(view.focus);
	const highlightIds = ids(view.highlight);
	const concernIds = ids(view.concern);
	const baseStatus = new Map(view.bases.map((b) => [b.place.id, b.status]));
	const departureIds = ids(view.departures ?? []);
	const routeEnds = new Set(view.routes.flatMap((r) => (r.to.kind === 'country' ? [r.from.id] : [r.from.id, r.to.id])));
	/** A halo of concern's radius: about a governorate's width, within what a label can step past. */
	const haloR = Math.max(18, Math.min(46, frame.k * 11));
	/**
	 * A fan of short arrows out from each place people left, in every direction: to countries the source
	 * does not name. As large as the map allows: 16 px out on a phone's map, up to 32 on a projector's.
	 */
	const fanR = Math.max(FAN_REACH.min, Math.min(FAN_REACH.max, haloR * 0.75));
	/**
	 * The places drawn as markers: every one, but a town that is no part of the step within a fan's reach
	 * (and FAN_CLEAR) of a place people left: an arrow that ends by a town says the people went there
	 * (Hasakah by al-Hol's north-west arrow, in review).
	 */
	const stepIds = new Set([...focusIds, ...highlightIds, ...concernIds, ...baseStatus.keys(), ...routeEnds, ...departureIds]);
	const departedFrom = (view.departures ?? []).map(xy);
	const markers = mapMarkers(places).filter((p) => {
		const [x, y] = xy(p);
		return stepIds.has(p.id) || departedFrom.every(([dx, dy]) => Math.hypot(x - dx, y - dy) >= fanR + FAN_CLEAR);
	});
	/** The story's own countries are labelled where the dataset puts them; neighbours at their centroid. */
	const homeLabels = places.filter((p) => p.kind === 'country');
	const homeIds = new Set(homeLabels.map((p) => p.id));
	const home = (c: Country) => c.place !== undefined && homeIds.has(c.place);
	/** A neighbour's name in the edition's language; none (the country is left unnamed) where a translation lacks it. */
	const countryName = (c: Country): string | undefined => (t.countries ? t.countries[c.name] : c.name);
	const countryLabels = geo.countries.filter((c) => !home(c) && c.name !== 'Palestine' && c.name !== 'N. Cyprus');
	const neighbours = countryLabels.flatMap((c) => (countryName(c) ? [{ c, name: countryName(c)! }] : []));
	/** The story's country place a place is in (matched by name, which each edition translates alike). */
	const countryOf = (p: Place) => homeLabels.find((c) => c.name === p.country);

	/** Each of the story's own countries' outline as rings, by the id of its place: labels stay inside. */
	const homeRings = new Map(geo.countries.filter((c) => c.place).map((c) => [c.place!, pathRings(c.path)]));
	/** The id of the story's country a place is (a country) or is in. */
	const homeOf = (p: Place) => (p.kind === 'country' ? p.id : countryOf(p)?.id);
	/** Whether a label's box lies inside a place's country (true where the story has no outline for it). */
	const inCountry = (p: Place, box: Omit<LabelBox, 'id'>) => {
		const rings = homeRings.get(homeOf(p) ?? '');
		return !rings || boxWithin(rings, frame, box);
	};
	/**
	 * Whether a box's middle lies in another of the story's own countries than the place's: a name
	 * there names that land, and the story is about which of them a place is in (a base in Iraq named
	 * over Syria). A neighbour's edge (al-Hol's name over Turkey's border on a phone) misleads less, and
	 * moving it off costs Syria its name there.
	 */
	const inOtherHome = (p: Place, box: Omit<LabelBox, 'id'>) => {
		const own = homeOf(p);
		return [...homeRings].some(([id, rings]) => id !== own && middleWithin(rings, frame, box));
	};
	/** Areas the step draws: its `areas`, and its concerns that are areas (their real outline, not a halo). */
	const areaPlaces = [...(view.areas ?? []), ...view.concern.filter(isArea)].filter((p, i, all) => all.findIndex((o) => o.id === p.id) === i);
	const areaPath = (id: string) => geo.areas?.find((a) => a.id === id)?.path ?? '';
	/** The outline of every area the step draws, as rings: a country's name keeps off it. */
	const areaRings = new Map(areaPlaces.map((p) => [p.id, pathRings(areaPath(p.id))]));
	/** An area is clipped to its country, so a province edge and a country border of different scales never disagree. */
	const areaClip = (p: Place) => {
		const c = countryOf(p);
		return c ? geo.countries.find((g) => g.place === c.id) : undefined;
	};
	/** Borders the step emphasises. */
	const emphasised = (view.borders ?? []).flatMap(([a, b]) => geo.borders?.filter((x) => x.between.includes(a.id) && x.between.includes(b.id)) ?? []);

	/** A label's estimated width in this edition's script (see labelWidth). */
	const textW = (text: string, style: LabelStyle) => labelWidth(text, style, dir);
	/** The widths of a name's two- and three-line forms, as far as it has them. */
	const wraps = (name: string, style: LabelStyle) => {
		const out: number[] = [];
		for (const n of [2, 3]) {
			const lines = wrapName(name, n);
			if (!lines) break;
			out.push(Math.max(...lines.map((l) => textW(l, style))));
		}
		return out;
	};
	/** A place's status under its name: a base's change (the key's words for it); a camp some left. */
	const statusText = (id: string) => {
		const s = baseStatus.get(id);
		if (s === 'drawdown') return t.legend.drawdown;
		if (s === 'concentrated') return t.legend.concentrated;
		return departureIds.has(id) ? t.othersRemain : undefined;
	};

	const groups = new Map<string, MapState['routes']>();
	for (const r of view.routes) groups.set(`${r.from.id}>${r.to.id}`, [...(groups.get(`${r.from.id}>${r.to.id}`) ?? []), r]);
	const routes = [...groups.values()].flatMap((group): RouteGroup[] => {
		const { from, to } = group[0];
		// A route from a whole country starts at its name's point, where the name stands beside the line:
		// the line starts ROUTE_GAP px on, towards where it goes, so the name never touches it.
		const a = from.kind === 'country' ? alongLine([xy(from), xy(to)], ROUTE_GAP) : xy(from);
		if (to.kind === 'country') {
			const origin = countryOf(from);
			const border =
				geo.borders?.find((b) => b.between.includes(to.id) && (!origin || b.between.includes(origin.id))) ??
				geo.borders?.find((b) => b.between.includes(to.id));
			const crossing = border
				? borderCrossings(
						border.lines.map((l) => l.map(([lon, lat]) => xy({ lon, lat }))),
						a,
						group.map((r) => r.mode),
						Math.max(34, Math.min(60, width / 12)),
						xy(to)
					)
				: null;
			if (crossing) {
				const mid = crossing.bracket[Math.floor(crossing.bracket.length / 2)];
				const into = xy(to);
				return [
					{
						to,
						bracket: crossing.bracket,
						label: { x: mid[0], y: mid[1], side: (into[0] >= mid[0] ? 'right' : 'left') as 'right' | 'left' },
						curves: group.map((r) => {
							const end = crossing.ends.get(r.mode)!;
							return { route: r, ...routeCurve(a, end.at, r.mode, end.normal) };
						})
					}
				];
			}
		}
		return [{ to, bracket: null, label: null, curves: group.map((r) => ({ route: r, ...routeCurve(a, xy(to), r.mode) })) }];
	});
	const departures = (view.departures ?? []).map((p) => {
		const [x, y] = xy(p);
		const arrows = departureFan(x, y, fanR * 0.4, fanR);
		return { place: p, arrows, fanR };
	});
	/** A halo's edge, as points round it (labels keep off the dashed line, inside or out). */
	const haloEdge = (x: number, y: number): [number, number][] =>
		Array.from({ length: 33 }, (_, i) => [x + haloR * Math.cos((i * Math.PI) / 16), y + haloR * Math.sin((i * Math.PI) / 16)]);
	/** Lines labels keep clear of: routes (with their arrowheads), departure arrows, brackets, halos' edges. */
	const lineObstacles = [
		...routes.flatMap((g, i) => [
			...g.curves.flatMap((c, j) => [
				...lineBoxes(`route:${i}:${j}`, c.samples, 3),
				{ id: `arrow:${i}:${j}`, left: c.e[0] - 12, right: c.e[0] + 12, top: c.e[1] - 12, bottom: c.e[1] + 12 }
			]),
			...(g.bracket ? lineBoxes(`bracket:${i}`, g.bracket, 4) : [])
		]),
		...departures.flatMap((d, i) =>
			d.arrows.flatMap((arrow, j) => [
				...lineBoxes(`departure:${i}:${j}`, arrow.samples, 4),
				// (A head's box 7 px round its end. 10 px, asked for in review so a name never stands just past a
				// head, cost Syria its name on the deck on an upright phone.)
				{ id: `departure-head:${i}:${j}`, left: arrow.e[0] - 7, right: arrow.e[0] + 7, top: arrow.e[1] - 7, bottom: arrow.e[1] + 7 }
			])
		),
		...markers.filter((p) => concernIds.has(p.id)).flatMap((p) => lineBoxes(`halo:${p.id}`, haloEdge(...xy(p)), 2)),
		...emphasised.flatMap((b, i) =>
			b.lines.flatMap((l, j) =>
				lineBoxes(
					`border:${i}:${j}`,
					l.map(([lon, lat]) => xy({ lon, lat })),
					2.5,
					8
				)
			)
		)
	] as LabelBox[];

	/** Every marker with what its label needs: the place, whether the step names it, its size (estimated). */
	const markerInfo = markers.map((p) => {
		const [x, y] = xy(p);
		const status = baseStatus.get(p.id);
		const named = stepIds.has(p.id);
		const style = named ? 'named' : 'context';
		const w = textW(p.name, style);
		// A place in a halo may name itself outside it, clear of the dashed edge; a place people left, beside
		// its fan of arrows, clear of their heads.
		const reach = concernIds.has(p.id) ? [haloR + 3] : departureIds.has(p.id) ? [fanR * 0.75, fanR + 4] : undefined;
		const r = radius(status, named);
		// A name stays inside its own country (a hard condition): on one line, on two, or stood off its
		// point with a leader where no nearer spot is clear (a named place only).
		return {
			id: p.id,
			x,
			y,
			side: p.labelSide,
			// A place people left: its name beside its fan, at its height, before under or over it (under
			// and to one side, on a phone's deck, it stood nearer Syria's name than its own camp).
			...(departureIds.has(p.id) ? { sides: ['left', 'right', 'below', 'above', 'below-left', 'below-right', 'above-left', 'above-right'] as Side[] } : {}),
			w,
			h: 19,
			wraps: wraps(p.name, style),
			far: named ? [r + 16, r + 30, r + 46, r + 64, r + 84, r + 106] : undefined,
			around: named ? { reach: r + 46, astray: (b: LabelBox) => inOtherHome(p, b) } : undefined,
			named,
			status,
			r,
			reach,
			within: (b: LabelBox) => inCountry(p, b)
		};
	});
	/** Where a route into a country ends: "Iraq: sites not disclosed", by the bracket on the border. */
	const endLabels = routes.flatMap((g) => {
		if (!g.label) return [];
		const text = fill(t.sitesNotDisclosedAt, { country: g.to.name });
		// Where one line cannot stand on the destination's side of the border (a phone's narrow map),
		// the language's two lines (the country, then "sites not disclosed"), or three (that second line
		// broken: "sites not" / "disclosed"; Iraq's north by the Syrian border is narrow on a phone), so
		// it still can. placeLabels takes the fewest lines that fit inside the country; `lineSets[n - 2]`
		// are the n lines.
		const [first, second] = t.sitesNotDisclosedLines;
		const country = fill(first, { country: g.to.name });
		const broken = wrapName(second, 2);
		const lineSets = [[country, second], ...(broken ? [[country, ...broken]] : [])];
		return [{ id: `end:${g.to.id}`, to: g.to, text, lineSets, bracket: g.bracket!, ...g.label }];
	});

	return {
		geo,
		frame,
		xy,
		markers,
		focusIds,
		highlightIds,
		concernIds,
		homeLabels,
		home,
		neighbours,
		homeRings,
		inCountry,
		areaPlaces,
		areaPath,
		areaRings,
		areaClip,
		emphasised,
		textW,
		statusText,
		routes,
		departures,
		haloR,
		lineObstacles,
		markerInfo,
		endLabels
	};
}

export type MapScene = ReturnType<typeof mapScene>;
