/**
 * Step → visual state: what the graphic shows for one step, resolved from ids to places, figures and
 * events. A pure function of (story, step index), so any way of reaching a step (scrolling, a deep
 * link, a jump to the end, a presenter's key) draws the same picture.
 */
import { en } from '../i18n/locale';
import { formatEventDate } from '../data/dates';
import type { Era, Figure, Place, Story, StoryEvent } from '../data/types';

/** People per unit mark in the detainee-units visual, unless the step's `perUnit` says otherwise. */
export const PEOPLE_PER_UNIT = 50;

export interface Route {
	from: Place;
	to: Place;
	mode: 'land' | 'air';
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
	  }
	| { kind: 'units'; peoplePerUnit: number; groups: { figure: Figure; units: number }[] }
	| { kind: 'countries'; figure: Figure }
	| {
			kind: 'politics';
			title: string;
			status: 'in-office' | 'election' | 'deadlock';
			milestones: { event: StoryEvent; dateText: string; active: boolean }[];
			/** Figures shown beside the track (a closing step bringing the numbers and the politics together). */
			figures: Figure[];
	  }
	| { kind: 'photo'; photo: Photo };

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
				bases: (v.bases ?? []).map((b) => ({ place: place(b.place), status: b.status }))
			};
		case 'units': {
			const perUnit = v.perUnit ?? PEOPLE_PER_UNIT;
			return {
				kind: 'units',
				peoplePerUnit: perUnit,
				groups: v.figures.map((id) => {
					const figure = findFigure(story, id);
					return { figure, units: Math.max(1, Math.round(figure.value / perUnit)) };
				})
			};
		}
		case 'countries':
			return { kind: 'countries', figure: findFigure(story, v.figure) };
		case 'politics':
			return {
				kind: 'politics',
				title: v.title ?? 'Political track',
				status: v.status,
				milestones: v.milestones.map((id) => {
					const e = find(story.events, id, 'event');
					return { event: e, dateText: formatEventDate(e), active: e.id === event.id };
				}),
				figures: (v.figures ?? []).map((id) => findFigure(story, id))
			};
		case 'photo':
			// Width and height come from the file at build time; a story not loaded by the build (a unit
			// test) gets a 3:2 frame.
			return {
				kind: 'photo',
				photo: { src: v.src, width: v.width ?? 1200, height: v.height ?? 800, alt: v.alt, credit: v.credit, caption: v.caption ?? null }
			};
	}
}

/**
 * The state a visual of `kind` shows at step `index`: its own state on its steps; elsewhere the
 * state of the nearest earlier step of that kind (or the next one, before its first step), so a
 * visual fading out keeps its last picture and one fading in already shows its next.
 */
export function visualStateFor<K extends VisualState['kind']>(
	story: Story,
	index: number,
	kind: K
): Extract<VisualState, { kind: K }> | null {
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

/** "30,000": a count in English (each language's `number`: src/lib/i18n/). */
export function formatCount(n: number): string {
	return en.number(n);
}

/** "more than 30,000 people", "up to 7,000 people", "150 people". */
export function figureText(f: Figure): string {
	const n = formatCount(f.value);
	return f.qualifier === 'exactly' ? `${n} ${f.unit}` : `${f.qualifier} ${n} ${f.unit}`;
}

/**
 * The text alternative of a step's picture: the same places and numbers as the graphic, in words.
 * Screen readers get it as the graphic's description; the data-table view is built from the same state.
 */
export function describeVisual(state: VisualState): string {
	const names = (ps: Place[]) => ps.map((p) => p.name).join(', ');
	switch (state.kind) {
		case 'timeline':
			return state.era
				? `Timeline of the story, with the period “${state.era.label}” marked.`
				: 'Timeline of the story.';
		case 'map': {
			const parts = [`Map centred on ${names(state.focus)}.`];
			if (state.highlight.length) parts.push(`Highlighted: ${names(state.highlight)}.`);
			if (state.concern.length) parts.push(`Areas of concern: ${names(state.concern)}.`);
			for (const r of state.routes) parts.push(`Transfer route by ${r.mode} from ${r.from.name} to ${r.to.name}.`);
			for (const b of state.bases)
				parts.push(
					b.status === 'drawdown'
						? `US drawdown at ${b.place.name}.`
						: `US forces concentrated at ${b.place.name}.`
				);
			return parts.join(' ');
		}
		case 'units': {
			const [whole, ...parts] = state.groups;
			const lines = [`Each square stands for ${state.peoplePerUnit} people. ${capital(figureText(whole.figure))}: ${whole.figure.label}.`];
			for (const g of parts) lines.push(`Of those, ${figureText(g.figure)}: ${g.figure.label}.`);
			return lines.join(' ');
		}
		case 'countries':
			return `${capital(figureText(state.figure))}: ${state.figure.label}. One dot per country.`;
		case 'politics':
			return (
				`${state.title}: ${state.milestones.map((m) => `${m.dateText}, ${m.event.short ?? m.event.title}`).join('; ')}. Status: ${state.status.replace('-', ' ')}.` +
				state.figures.map((f) => ` ${capital(figureText(f))}: ${f.label}.`).join('')
			);
		case 'photo':
			return `Photograph: ${state.photo.alt} (${state.photo.credit}).`;
	}
}

export function capital(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
