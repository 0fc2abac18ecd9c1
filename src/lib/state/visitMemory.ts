/**
 * What a returning reader's browser remembers of their visits, and nothing else: the version stamp of
 * the story they last read (model/changes.ts `versionStamp`: event ids with their last change, the
 * corrections' ids), in localStorage, under the story's own address. No cookie, nothing sent: the
 * comparison happens in the page, and "Forget my visits" removes it.
 *
 * A visit compares the story with the one remembered and then remembers this one. So that a reload,
 * or loading an update the page offered, does not wipe the marks the reader was shown, the tab keeps
 * (in sessionStorage) the version it compares with for as long as it is open.
 */
import { isVersionStamp, nothingNew, whatsNew, type VersionStamp, type WhatsNew } from '../model/changes';

/** The part of the Web Storage API used here (so tests can pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the memory lives: one key per story, by the story's address (its base path), both editions alike. */
const LAST = (scope: string) => `story-visit:${scope || '/'}`;
/** What this tab compares with: a stamp, or `FIRST` for a tab opened on a first visit. */
const SINCE = (scope: string) => `story-visit-since:${scope || '/'}`;
const FIRST = 'first';

function read(store: KeyValueStore, key: string): VersionStamp | typeof FIRST | null {
	try {
		const text = store.getItem(key);
		if (text === null) return null;
		if (text === FIRST) return FIRST;
		const value: unknown = JSON.parse(text);
		return isVersionStamp(value) ? value : null;
	} catch {
		// Storage turned off, full or holding something else: a visit with no memory.
		return null;
	}
}

function write(store: KeyValueStore, key: string, value: VersionStamp | typeof FIRST): void {
	try {
		store.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
	} catch {
		// Storage turned off or full: the reader is simply not remembered.
	}
}

/**
 * A visit to the story as it is now (`now`): what is new since the reader's last visit, or `null` on a
 * first visit or when nothing is new; then this version is remembered.
 */
export function recallVisit(now: VersionStamp, scope: string, local: KeyValueStore, session: KeyValueStore): WhatsNew | null {
	let since = read(session, SINCE(scope));
	if (since === null) {
		since = read(local, LAST(scope)) ?? FIRST;
		write(session, SINCE(scope), since);
	}
	write(local, LAST(scope), now);
	if (since === FIRST) return null;
	const news = whatsNew(since, now);
	return nothingNew(news) ? null : news;
}

/**
 * Before loading an update the open page offered: this tab then compares with the version the reader
 * was reading, so what the update brings is marked new even on a first visit.
 */
export function compareNextWith(reading: VersionStamp, scope: string, session: KeyValueStore): void {
	write(session, SINCE(scope), reading);
}

/** "Forget my visits": nothing kept, in this tab or after it. */
export function forgetVisits(scope: string, local: KeyValueStore, session: KeyValueStore): void {
	for (const [store, key] of [
		[local, LAST(scope)],
		[session, SINCE(scope)]
	] as const) {
		try {
			store.removeItem(key);
		} catch {
			// (Nothing was kept.)
		}
	}
}

/** How a step stands for a returning reader: new to them, updated or corrected since; `undefined` when neither. */
export type Freshness = 'added' | 'updated' | 'corrected';

/** Each step's freshness, by id, from what is new (a correction marks the step it corrects). */
export function freshness(news: WhatsNew | null, corrections: { id: string; event?: string }[]): Map<string, Freshness> {
	const marks = new Map<string, Freshness>();
	if (!news) return marks;
	const corrected = new Set(news.corrections);
	for (const c of corrections) if (c.event && corrected.has(c.id)) marks.set(c.event, 'corrected');
	for (const id of news.updated) marks.set(id, 'updated');
	for (const id of news.added) marks.set(id, 'added');
	return marks;
}

/** The first step a returning reader has not seen as it is now, in story order; `undefined` if none. */
export function firstFresh(eventIds: string[], marks: Map<string, Freshness>): string | undefined {
	return eventIds.find((id) => marks.has(id));
}
