/**
 * A TimelineJS file's round trip. The story keeps less than TimelineJS holds (its text is plain
 * paragraphs, its media are cited rather than shown, it has no backgrounds), so `npm run import`
 * keeps each original slide (the title, each era and each event) in a file beside the dataset, with
 * a fingerprint of what the story made of it. `npm run export` gives the original slide back while
 * the story still says the same (the desk may have chosen a map or written notes: those are not
 * TimelineJS's); once the desk edits what the slide says, the export writes the edit, keeping the
 * original's media and background.
 *
 *   kept.events[id] = { slide, fingerprint: fingerprint(eventFields(event)) }; // at import
 *   original(kept.events[event.id], eventFields(event)) // at export: the slide, or null once edited
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** What an import keeps of an original slide. */
export interface KeptSlide {
	slide: Record<string, unknown>;
	fingerprint: string;
}

/** A short digest of the values given, in order. */
export function fingerprint(values: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 16);
}

/** The fields of an event TimelineJS has a place for: its dates, words, sources, group and picture. */
export interface SlideFields {
	date: string;
	endDate?: string;
	dateLabel?: string;
	approximate?: boolean;
	title: string;
	body: string[];
	sources: string[];
	group?: string;
	visual: { kind: string };
}

/** The visual kinds a slide's medium gives a step (a picture, a video or recording, a link to one elsewhere): the import's and the export's. */
export const isSlideMedia = (v: { kind: string }): boolean => v.kind === 'photo' || v.kind === 'video' || v.kind === 'audio' || v.kind === 'link';

/** What an event says in those fields, for its fingerprint. */
export function eventFields(e: SlideFields): unknown[] {
	return [
		e.date,
		e.endDate ?? null,
		e.dateLabel ?? null,
		e.approximate ?? false,
		e.title,
		e.body,
		e.sources,
		e.group ?? null,
		isSlideMedia(e.visual) ? e.visual : null
	];
}

/** What the title slide gives the story. */
export const titleFields = (s: { title: string; dek: string; byline: string; credits: string[] }): unknown[] => [s.title, s.dek, s.byline, s.credits];

/** What an era slide gives the story. */
export const eraFields = (e: { label: string; start: string; end: string }): unknown[] => [e.label, e.start, e.end];

/** The original slide, while the story still says what the import made of it; else null. */
export function original(kept: KeptSlide | undefined, fields: unknown[]): Record<string, unknown> | null {
	return kept && kept.fingerprint === fingerprint(fields) ? kept.slide : null;
}

/**
 * The originals an import keeps, in a file beside the dataset (`story.json` → `story.timelinejs.json`):
 * the dataset stays what a desk edits and the pages publish, and the export finds the originals there.
 */
export interface KeptTimeline {
	/** The imported file's name. */
	from: string;
	/** The title slide (`slide: null`: the file had none). */
	title?: { slide: Record<string, unknown> | null; fingerprint: string };
	eras: Record<string, KeptSlide>;
	events: Record<string, KeptSlide>;
}

export const keptPath = (dataset: string) => dataset.replace(/(\.json)?$/i, '.timelinejs.json');

/** The originals kept beside a dataset, or null where it has none (a story not imported). */
export const loadKept = (dataset: string): KeptTimeline | null => (existsSync(keptPath(dataset)) ? readKept(readFileSync(keptPath(dataset), 'utf8')) : null);

/** A kept-originals file as read back: anything that is not one is no file (the export then writes the story as it is). */
export function readKept(text: string): KeptTimeline | null {
	try {
		const data = JSON.parse(text) as Partial<KeptTimeline>;
		const slides = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, KeptSlide>) : {});
		return typeof data.from === 'string' ? { from: data.from, title: data.title, eras: slides(data.eras), events: slides(data.events) } : null;
	} catch {
		return null;
	}
}
