/**
 * The story as a list of steps: each event with its index, its date span and the label readers see.
 * Every view (reading, presenting, print) walks this one list.
 */
import { ENGLISH_DATE_WORDS, eventSpan, formatEventDate, type DateWords } from '../model/dates';
import { latestIndex } from '../model/changes';
import type { Story, StoryEvent } from '../model/types';

export interface Step {
	id: string;
	index: number;
	event: StoryEvent;
	/** [start, end) in UTC at the precision of the source. */
	span: [Date, Date];
	dateText: string;
}

/** The story's steps, their dates in the words of `date` (English by default). */
export function storySteps(story: Story, date: DateWords = ENGLISH_DATE_WORDS): Step[] {
	return story.events.map((event, index) => {
		let text: string | undefined;
		return {
			id: event.id,
			index,
			event,
			span: eventSpan(event.date, event.endDate),
			// Written when first shown, not for every step as the page starts (another language's dates go
			// through Intl, whose first use costs a slow phone tens of milliseconds).
			get dateText() {
				return (text ??= formatEventDate(event, date));
			}
		};
	});
}

/** The hash that names the newest step, whichever it is: `#latest`. */
export const LATEST = 'latest';

/**
 * The name a URL hash gives (`#id` or `id`), percent-decoded; one that is not valid percent-encoding
 * (`#100%`, a link cut short inside `%E2%80%99`) as it is, a name no step has, never an error that would
 * stop the page starting.
 */
export function hashName(hash: string): string {
	const name = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

/** The step id a URL hash names (`hashName`), `#latest` read as the newest step's; it may name no step. */
export function hashStepId(story: Pick<Story, 'events'>, hash: string): string {
	const id = hashName(hash);
	return id === LATEST && !story.events.some((e) => e.id === LATEST) ? (story.events[latestIndex(story)]?.id ?? id) : id;
}

/**
 * Index of the step named by a URL hash (`#id` or `id`): `#latest` is the newest step; any other
 * hash that names no step is the first.
 */
export function stepIndexFromHash(story: Story, hash: string): number {
	const id = hashStepId(story, hash);
	return Math.max(
		0,
		story.events.findIndex((e) => e.id === id)
	);
}

/** Where a view opens when its address names no step: the first, or the newest for a story that opens at its latest. */
export const openingHash = (story: Pick<Story, 'opensAt'>, hash: string): string => hash || (story.opensAt === 'latest' ? `#${LATEST}` : '');

/** Keeps an index inside the story. */
export function clampStep(story: Story, index: number): number {
	return Math.max(0, Math.min(story.events.length - 1, Math.round(index)));
}
