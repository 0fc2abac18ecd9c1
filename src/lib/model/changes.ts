/**
 * A developing story's changes, from the dataset alone: the day it was last changed, what changed when
 * (events added and updated, corrections made), and a *version stamp* that says what a reader has seen,
 * so two versions of the story can be compared without dates or clocks (what is new since a visit,
 * what a newer build adds to an open page).
 */
import type { Correction, Story, StoryEvent } from './types.ts';

type Dated = Pick<Story, 'updated' | 'corrections'> & { events: Pick<StoryEvent, 'added' | 'updated'>[] };

/** The latest of two ISO dates as the dataset writes them ("2026-11" < "2026-11-27"); undefined loses. */
const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : b > a ? b : a);

/** The day the story last changed: its own `updated`, or a later event's added/updated day or correction. */
export function lastModified(story: Dated): string {
	let last = story.updated;
	for (const e of story.events) last = later(later(last, e.added), e.updated)!;
	for (const c of story.corrections) last = later(last, c.date)!;
	return last;
}

/** One change to the published story, for "Corrections and updates", the handout and the feeds. */
export type StoryChange =
	{ kind: 'added' | 'updated'; date: string; event: StoryEvent } | { kind: 'correction'; date: string; correction: Correction; event?: StoryEvent };

/**
 * Every change the dataset records, newest first (on one day: corrections, then updates, then
 * additions; then in story order). An event added and later updated is listed for each.
 */
export function storyChanges(story: Pick<Story, 'events' | 'corrections'>): StoryChange[] {
	const byId = new Map(story.events.map((e) => [e.id, e]));
	const changes: StoryChange[] = [
		...story.corrections.map((c): StoryChange => ({ kind: 'correction', date: c.date, correction: c, event: c.event ? byId.get(c.event) : undefined })),
		...story.events.flatMap((e): StoryChange[] => (e.updated ? [{ kind: 'updated', date: e.updated, event: e }] : [])),
		...story.events.flatMap((e): StoryChange[] => (e.added ? [{ kind: 'added', date: e.added, event: e }] : []))
	];
	// A stable sort: on one day the order above (corrections, updates, additions) holds.
	return changes.sort((a, b) => (a.date === b.date ? 0 : a.date > b.date ? -1 : 1));
}

/** The corrections to one step, oldest first. */
export const correctionsOf = (story: Pick<Story, 'corrections'>, eventId: string): Correction[] =>
	story.corrections.filter((c) => c.event === eventId).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The newest step: the story's last, as its events run in time. `#latest` and "Latest" open it. */
export const latestIndex = (story: Pick<Story, 'events'>): number => story.events.length - 1;

/**
 * What a version of the story holds, as a returning reader's browser keeps it: each event's id with
 * the day it was last updated (or added; "" when the dataset gives neither), and the corrections' ids.
 * The same shape is published with each build (`/story-version.json`), for an open page to compare.
 */
export interface VersionStamp {
	events: Record<string, string>;
	corrections: string[];
}

export function versionStamp(story: Pick<Story, 'events' | 'corrections'>): VersionStamp {
	return {
		events: Object.fromEntries(story.events.map((e) => [e.id, e.updated ?? e.added ?? ''])),
		corrections: story.corrections.map((c) => c.id)
	};
}

/** What one version has that another had not: events new to it, events updated since, new corrections. */
export interface WhatsNew {
	added: string[];
	updated: string[];
	corrections: string[];
}

/** What `now` holds that `before` did not, in `now`'s order. */
export function whatsNew(before: VersionStamp, now: VersionStamp): WhatsNew {
	const seen = new Set(before.corrections);
	const ids = Object.keys(now.events);
	return {
		added: ids.filter((id) => !(id in before.events)),
		updated: ids.filter((id) => id in before.events && now.events[id] > before.events[id]),
		corrections: now.corrections.filter((id) => !seen.has(id))
	};
}

export const nothingNew = (n: WhatsNew) => !n.added.length && !n.updated.length && !n.corrections.length;

/** Whether a value read back from storage or the network is a stamp (a browser keeps what it is given). */
export function isVersionStamp(v: unknown): v is VersionStamp {
	if (typeof v !== 'object' || v === null) return false;
	const s = v as Record<string, unknown>;
	return (
		typeof s.events === 'object' &&
		s.events !== null &&
		!Array.isArray(s.events) &&
		Object.values(s.events).every((x) => typeof x === 'string') &&
		Array.isArray(s.corrections) &&
		s.corrections.every((x) => typeof x === 'string')
	);
}
