/**
 * Step → visual state: what the graphic shows for one step, resolved from ids to places, figures and
 * events. A pure function of (story, step index), so any way of reaching a step (scrolling, a deep
 * link, a jump to the end, a presenter's key) draws the same picture.
 */
import { formatEventDate } from '../model/dates';
import type { RouteMode } from '../model/routeModes';
import type { Era, Figure, Place, Story, StoryEvent } from '../model/types';
import type { Locale } from '../i18n/locale';
import { fill, plural } from '../i18n/strings';
import { mediaProvider } from '../model/mediaProvider';

/** People per unit mark in the detainee-units visual, unless the step's `perUnit` says otherwise. */
export const PEOPLE_PER_UNIT = 50;

export interface Route {
	from: Place;
	to: Place;
	mode: RouteMode;
}

export type VisualState =
	| { kind: 'timeline'; era: Era | null }
	| {
			kind: 'map';
			focus: Place[];
			highlight: Place[];
			concern: Place[];
			routes: Route[];
			bases: { place: Place; status: 'drawdown' | 'concentrated' }[];
			/** Areas (places of kind region with an admin-1 code) drawn shaded and labelled. */
			areas?: Place[];
			/** Land borders to emphasise, as pairs of country places. */
			borders?: [Place, Place][];
			/** Places people left for destinations the source does not name. */
			departures?: Place[];
	  }
	| UnitsState
	| { kind: 'countries'; figure: Figure }
	| {
			kind: 'politics';
			/** The dataset's heading for the track, if it names one (else the interface's word). */
			title: string | null;
			status: 'in-office' | 'election' | 'deadlock';
			milestones: { event: StoryEvent; active: boolean }[];
			/** Figures shown beside the track (a closing step bringing the numbers and the politics together). */
			figures: Figure[];
			/** Those figures as the unit chart's nested block, drawn small beside the track, when they count people. */
			block: UnitsState | null;
	  }
	| { kind: 'photo'; photo: Photo }
	| { kind: 'video'; video: Video }
	| { kind: 'audio'; audio: Audio }
	| { kind: 'link'; link: MediaLink };

/** A line of a recording's captions: when it is said (seconds from the start) and what. */
export interface Cue {
	start: number;
	end: number;
	text: string;
}

/**
 * A video step's video: its published path (or data URI), its poster's, its captions' and their
 * language, its shape (from the poster or the file; 16:9 when neither says), and its words.
 */
export interface Video {
	src: string;
	poster: string | null;
	captions: string | null;
	cues: Cue[];
	language: string;
	width: number;
	height: number;
	alt: string;
	credit: string;
	caption: string | null;
}

/** An audio step's recording, its transcript (captions) and words. */
export interface Audio {
	src: string;
	captions: string | null;
	cues: Cue[];
	language: string;
	title: string;
	credit: string;
	caption: string | null;
}

/** A medium elsewhere, drawn as a card that opens it: its address, where it opens, and a local poster. */
export interface MediaLink {
	url: string;
	title: string;
	/** Where it opens: the dataset's word, else a known site's name, else the address's host. */
	provider: string;
	poster: string | null;
	width: number;
	height: number;
	credit: string | null;
	caption: string | null;
}

/** A photo step's picture: its published path (or data URI), size, text alternative and credit. */
export interface Photo {
	src: string;
	width: number;
	height: number;
	alt: string;
	credit: string;
	caption: string | null;
}

/**
 * States already worked out, per story and step. A state is a pure function of the two, so each is
 * built once: scrolling back and forth returns the very same object, and everything derived from it
 * (layouts, labels, tables) is not worked out again.
 */
const memo = new WeakMap<Story, Map<number, VisualState>>();

export type UnitsState = {
	kind: 'units';
	peoplePerUnit: number;
	groups: { figure: Figure; units: number }[];
	/**
	 * What the chart is laid out for: the groups of the story's units step that nests deepest from these
	 * same figures (this step's own when none does). Every step of one nesting gets the same grid and
	 * label places, so moving between them only recolours.
	 */
	frame: { figure: Figure; units: number }[];
};

function unitsState(figures: Figure[], perUnit: number, frame: Figure[] = figures): UnitsState {
	const group = (figure: Figure) => ({ figure, units: Math.max(1, Math.round(figure.value / perUnit)) });
	return { kind: 'units', peoplePerUnit: perUnit, groups: figures.map(group), frame: frame.map(group) };
}

/** The figures of the story's units step that starts with `ids` and nests deepest (at the same scale). */
function deepestFrame(story: Story, ids: string[], perUnit: number): Figure[] {
	let best = ids;
	for (const e of story.events) {
		const v = e.visual;
		if (v.kind !== 'units' || (v.perUnit ?? PEOPLE_PER_UNIT) !== perUnit || v.figures.length <= best.length) continue;
		if (ids.every((id, i) => v.figures[i] === id)) best = v.figures;
	}
	return best.map((id) => findFigure(story, id));
}

/**
 * A closing step's figures as the nested block, at the scale the story drew them: when a units step
 * of the story shows every one of them (in any language: a figure's `unit` is translated), else none.
 */
function blockOf(story: Story, figures: Figure[]): UnitsState | null {
	if (!figures.length) return null;
	for (const { visual: v } of story.events)
		if (v.kind === 'units' && figures.every((f) => v.figures.includes(f.id))) return unitsState(figures, v.perUnit ?? PEOPLE_PER_UNIT);
	return null;
}

export function visualState(story: Story, index: number): VisualState {
	let states = memo.get(story);
	if (!states) memo.set(story, (states = new Map()));
	let state = states.get(index);
	if (!state) states.set(index, (state = buildVisualState(story, index)));
	return state;
}

function buildVisualState(story: Story, index: number): VisualState {
	const event = story.events[index];
	if (!event) throw new RangeError(`No step ${index}: the story has ${story.events.length}`);
	const v = event.visual;
	const place = (id: string) => find(story.places, id, 'place');
	switch (v.kind) {
		case 'timeline':
			return { kind: 'timeline', era: v.era ? find(story.eras, v.era, 'era') : null };
		case 'map':
			return {
				kind: 'map',
				focus: v.focus.map(place),
				highlight: (v.highlight ?? []).map(place),
				concern: (v.concern ?? []).map(place),
				routes: (v.routes ?? []).map((r) => ({ from: place(r.from), to: place(r.to), mode: r.mode })),
				bases: (v.bases ?? []).map((b) => ({ place: place(b.place), status: b.status })),
				areas: (v.areas ?? []).map(place),
				borders: (v.borders ?? []).map(([a, b]) => [place(a), place(b)] as [Place, Place]),
				departures: (v.departures ?? []).map(place)
			};
		case 'units': {
			const perUnit = v.perUnit ?? PEOPLE_PER_UNIT;
			return unitsState(
				v.figures.map((id) => findFigure(story, id)),
				perUnit,
				deepestFrame(story, v.figures, perUnit)
			);
		}
		case 'countries':
			return { kind: 'countries', figure: findFigure(story, v.figure) };
		case 'politics': {
			const figures = (v.figures ?? []).map((id) => findFigure(story, id));
			return {
				kind: 'politics',
				title: v.title ?? null,
				status: v.status,
				milestones: v.milestones.map((id) => {
					const e = find(story.events, id, 'event');
					return { event: e, active: e.id === event.id };
				}),
				figures,
				block: blockOf(story, figures)
			};
		}
		case 'photo':
			// Width and height come from the file at build time; a story not loaded by the build (a unit
			// test) gets a 3:2 frame.
			return {
				kind: 'photo',
				photo: { src: v.src, width: v.width ?? 1200, height: v.height ?? 800, alt: v.alt, credit: v.credit, caption: v.caption ?? null }
			};
		case 'video':
			return {
				kind: 'video',
				video: {
					src: v.src,
					poster: v.poster ?? null,
					captions: v.captions ?? null,
					cues: v.cues ?? [],
					language: v.language ?? 'en',
					width: v.width ?? 1600,
					height: v.height ?? 900,
					alt: v.alt,
					credit: v.credit,
					caption: v.caption ?? null
				}
			};
		case 'audio':
			return {
				kind: 'audio',
				audio: {
					src: v.src,
					captions: v.captions ?? null,
					cues: v.cues ?? [],
					language: v.language ?? 'en',
					title: v.title,
					credit: v.credit,
					caption: v.caption ?? null
				}
			};
		case 'link':
			return {
				kind: 'link',
				link: {
					url: v.url,
					title: v.title,
					provider: v.provider ?? mediaProvider(v.url),
					poster: v.poster ?? null,
					width: v.width ?? 1600,
					height: v.height ?? 900,
					credit: v.credit ?? null,
					caption: v.caption ?? null
				}
			};
	}
}

/**
 * The state a visual of `kind` shows at step `index`: its own state on its steps; elsewhere the
 * state of the nearest earlier step of that kind (or the next one, before its first step), so a
 * visual fading out keeps its last picture and one fading in already shows its next.
 */
export function visualStateFor<K extends VisualState['kind']>(story: Story, index: number, kind: K): Extract<VisualState, { kind: K }> | null {
	const events = story.events;
	let at = -1;
	for (let i = Math.min(index, events.length - 1); i >= 0 && at < 0; i--) if (events[i].visual.kind === kind) at = i;
	for (let i = index + 1; i < events.length && at < 0; i++) if (events[i].visual.kind === kind) at = i;
	return at < 0 ? null : (visualState(story, at) as Extract<VisualState, { kind: K }>);
}

export function findFigure(story: Story, id: string): Figure {
	for (const e of story.events) for (const f of e.figures) if (f.id === id) return f;
	throw new Error(`Unknown figure "${id}"`);
}

function find<T extends { id: string }>(items: T[], id: string, what: string): T {
	const item = items.find((x) => x.id === id);
	if (!item) throw new Error(`Unknown ${what} "${id}"`);
	return item;
}

/** "more than 30,000 people", "up to 7,000 people", "150 people"; in Arabic "أكثر من ٣٠٬٠٠٠ شخص". */
export function figureText(f: Figure, locale: Locale): string {
	return fill(locale.t.figure[f.qualifier], { n: locale.number(f.value), unit: f.unit });
}

/** A politics visual's heading: the dataset's, or the interface's word. */
export const trackTitle = (state: Extract<VisualState, { kind: 'politics' }>, locale: Locale) => state.title ?? locale.t.politicalTrack;

/**
 * The text alternative of a step's picture: the same places and numbers as the graphic, in words.
 * Screen readers get it as the graphic's description; the data-table view is built from the same state.
 * Whole sentences, one after another; names in a sentence are a list in the language's way.
 */
export function describeVisual(state: VisualState, locale: Locale): string {
	const t = locale.t;
	const names = (ps: Place[]) => locale.list(ps.map((p) => p.name));
	const figure = (f: Figure) => capital(figureText(f, locale));
	switch (state.kind) {
		case 'timeline':
			return state.era ? fill(t.describeTimelineEra, { era: state.era.label }) : t.describeTimeline;
		case 'map': {
			const parts = [fill(t.describeMap, { places: names(state.focus) })];
			if (state.highlight.length) parts.push(fill(t.describeHighlighted, { places: names(state.highlight) }));
			if (state.concern.length) parts.push(fill(t.describeConcern, { places: names(state.concern) }));
			for (const r of state.routes) parts.push(fill(t.describeRoute[r.mode], { from: r.from.name, to: r.to.name }));
			for (const b of state.bases) parts.push(fill(b.status === 'drawdown' ? t.describeDrawdown : t.describeConcentrated, { place: b.place.name }));
			if (state.areas?.length) parts.push(fill(t.describeAreas, { places: names(state.areas) }));
			if (state.departures?.length) parts.push(fill(t.describeDepartures, { places: names(state.departures) }));
			return parts.join(' ');
		}
		case 'units': {
			const [whole, ...parts] = state.groups;
			const lines = [
				plural(locale, t.describeUnitsScale, state.peoplePerUnit),
				fill(t.describeFigure, { figure: figure(whole.figure), label: whole.figure.label })
			];
			for (const g of parts) lines.push(fill(t.describeOfThose, { figure: figureText(g.figure, locale), label: g.figure.label }));
			return lines.join(' ');
		}
		case 'countries':
			return `${fill(t.describeFigure, { figure: figure(state.figure), label: state.figure.label })} ${t.describeOneDot}`;
		case 'politics': {
			const milestones = locale.list(
				state.milestones.map((m) => fill(t.describeMilestone, { title: m.event.short ?? m.event.title, date: formatEventDate(m.event, locale.date) }))
			);
			return [
				fill(t.describePolitics[state.status], { title: trackTitle(state, locale), milestones }),
				...state.figures.map((f) => fill(t.describeFigure, { figure: figure(f), label: f.label }))
			].join(' ');
		}
		case 'photo':
			return fill(t.describePhoto, { alt: state.photo.alt, credit: state.photo.credit });
		case 'video':
			return fill(t.describeVideo, { alt: state.video.alt, credit: state.video.credit });
		case 'audio':
			return fill(t.describeAudio, { title: state.audio.title, credit: state.audio.credit });
		case 'link':
			return fill(t.describeLink, { title: state.link.title, provider: state.link.provider });
	}
}

/** A sentence's first letter in capitals (a language without capitals is left as it is). */
export function capital(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
