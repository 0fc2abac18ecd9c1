/**
 * A TimelineJS 3 timeline (https://timeline.knightlab.com/docs/json-format.html), from its JSON file or
 * its spreadsheet, as a story in our schema that builds and reads with no hand edit. Nothing is lost
 * silently: every field that cannot be carried is noted, with the reason. One step a file, in import/:
 *
 * 1. read: the JSON file (import/readJSON.ts) or the sheet saved as CSV (timelineSheet.ts), as slides
 *    each named for messages (`events[3]`, `row 5`);
 * 2. map the slides: the title slide gives the title, dek, byline and credits (import/titleSlide.ts);
 *    eras become eras; each event slide an event, its HTML plain paragraphs, its links sources, its
 *    groups kept, its id from `unique_id` or the headline (import/slides.ts); sources are shared, one
 *    per address, and an event with nothing to cite has no source (noted, never made up)
 *    (import/sources.ts);
 * 3. dates at their precision, times of day dropped, events in date order with every move noted
 *    (import/dates.ts);
 * 4. media: remote media cited, never fetched; embeds folded into the text; a local picture with a
 *    credit a photo step, its alt text the caption or headline where the file has none (import/media.ts);
 * 5. validate: the caller checks the result as the build does (`npm run import`: scripts/import.ts).
 *
 * Bad input throws an ImportError naming the slide (`events[3] ("Baghouz falls")`) or the CSV row.
 */
import { baseName, Ids, ImportError, Notes, type ImportNote, type TimelineInput } from './import/basics';
import { eraFields, eventFields, fingerprint, titleFields, type KeptTimeline } from './fidelity';
import { chronological } from './import/dates';
import type { LocalFile } from './import/media';
import { importEras, importEvent } from './import/slides';
import { ImportedSources } from './import/sources';
import { titleSlide } from './import/titleSlide';

export { ImportError, slugify, type ImportNote, type NamedSlide, type RawSlide, type TimelineInput } from './import/basics';
export { readTimelineJSON } from './import/readJSON';
export type { LocalFile } from './import/media';

export interface ImportOptions {
	/** The imported file's name, for the title when there is none, and messages. */
	file: string;
	/** Today, `YYYY-MM-DD`: the story's `updated` date (TimelineJS has none). */
	today: string;
	/** Finds a local picture (a media url that is not a web address) for a photo step, or null. */
	findFile?: (url: string) => LocalFile | null;
}

export interface ImportResult {
	/** The story, as the JSON to write: validate it before use. */
	story: Record<string, unknown>;
	notes: ImportNote[];
	/** The original slides, for the file beside the dataset that lets the export give them back (fidelity.ts). */
	kept: KeptTimeline;
}

export function importTimeline(input: TimelineInput, options: ImportOptions): ImportResult {
	const notes = new Notes();
	if (input.scale !== undefined && input.scale !== 'human')
		throw new ImportError(`scale "${String(input.scale)}" is not supported: a story's dates are calendar years (scale "human")`);
	if (!input.events.length) throw new ImportError('the timeline has no events');

	const sources = new ImportedSources(notes);
	// Eras first: events take their era.
	const eras = importEras(input.eras, notes);
	const ids = new Ids();
	const events = input.events.map((slide, i) => importEvent(slide, i, { eras, ids, sources, notes, findFile: options.findFile }));
	notes.add('events', 'notes', 'TimelineJS has no speaker notes: each step’s notes start as its first paragraph');
	if (events.some((e) => e.event.visual.kind === 'timeline'))
		notes.add('events', 'visual', 'each step shows the time axis (kind "timeline", with its era); choose other visuals by hand');
	const sorted = chronological(events, notes);

	const { title, dek, byline, credits } = titleSlide(input.title, options.file, notes);
	const kept: KeptTimeline = {
		from: baseName(options.file),
		title: { slide: input.title?.slide ?? null, fingerprint: fingerprint(titleFields({ title, dek, byline, credits })) },
		eras: Object.fromEntries(eras.map((e) => [e.id, { slide: e.slide, fingerprint: fingerprint(eraFields(e)) }])),
		events: Object.fromEntries(sorted.map((e) => [e.event.id, { slide: e.slide, fingerprint: fingerprint(eventFields(e.event)) }]))
	};
	notes.add('story', 'updated', `set to the import date, ${options.today}`);
	notes.add('story', 'sources', 'every imported source is of kind "reporting": mark public records as "public-record" by hand');

	return {
		story: {
			title,
			dek,
			byline,
			credits,
			updated: options.today,
			places: [],
			sources: sources.list(),
			eras: eras.map(({ id, label, start, end }) => ({ id, label, start, end })),
			events: sorted.map((e) => e.event)
		},
		notes: notes.list,
		kept
	};
}
