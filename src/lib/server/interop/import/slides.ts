/**
 * Step 2: slides as the story's eras and events. Text is HTML in TimelineJS and plain paragraphs
 * here: markup becomes paragraphs; a link stays a link in the text, written `[label](https://…)`
 * (model/links.ts), and its target becomes one of the event's sources; never HTML. A slide with
 * nothing to cite is imported with no source (noted; the story says "No source given"): a source is
 * never made up. A last
 * paragraph "Sources: …" (as `npm run export` writes) is read as citations, not as body text. Ids
 * come from `unique_id` or the headline. Dates are dates.ts's step, media media.ts's.
 *
 *   importEras([{ where: 'eras[0]', slide }], notes) // → [{ id: 'the-war', label: 'The war', start: '2014', end: '2019', span }]
 */
import { eventSpan, formatEventDate } from '../../../model/dates';
import { htmlToText, plainLine } from '../html';
import { plainText } from '../../../model/links';
import { ImportError, Ids, obj, shorten, slugify, str, type NamedSlide, type Notes } from './basics';
import { displayDate, isoDate, slideDates } from './dates';
import { slideMedia, type LocalFile, type MediaVisual } from './media';
import type { ImportedSources } from './sources';
import type { SlideFields } from '../fidelity';

export interface ImportedEra {
	id: string;
	label: string;
	start: string;
	end: string;
	/** Its start and end as instants, to find each event's era. */
	span: [Date, Date];
	/** The original slide (for the export: fidelity.ts). */
	slide: Record<string, unknown>;
}

/** An event as imported, with its slide's name and place in the file (for sorting and notes). */
export interface ImportedEvent {
	where: string;
	index: number;
	/** The original slide (for the export: fidelity.ts). */
	slide: Record<string, unknown>;
	event: Record<string, unknown> & SlideFields & { id: string; visual: MediaVisual | { kind: 'timeline'; era?: string } };
}

export interface EventContext {
	eras: ImportedEra[];
	ids: Ids;
	sources: ImportedSources;
	notes: Notes;
	findFile?: (url: string) => LocalFile | null;
}

const KNOWN_SLIDE = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'unique_id', 'background', 'autolink']);

/** The date a slide shows instead of its dates; one that says nothing ("." or "-", as sheets hold) is none. */
function shownDate(value: unknown, named: string, notes: Notes): string {
	const shown = plainLine(str(value));
	if (!shown || /[\p{L}\p{N}]/u.test(shown)) return shown;
	notes.add(named, 'display_date', `"${shown}" not carried: it names no date, so the slide's dates are shown`);
	return '';
}

/** Eras: a name on the axis between two dates. */
export function importEras(slides: NamedSlide[], notes: Notes): ImportedEra[] {
	const ids = new Ids();
	return slides.map(({ where, slide }, i) => {
		const label = plainLine(str(obj(slide.text).headline));
		const named = label ? `${where} ("${label}")` : where;
		const start = isoDate(slide.start_date, named, 'start_date', notes);
		if (slide.end_date === undefined) throw new ImportError(`${named}: an era needs an end_date`);
		const end = isoDate(slide.end_date, named, 'end_date', notes);
		if (!label) notes.add(named, 'text.headline', `empty: the era is called "Era ${i + 1}"`);
		if (str(obj(slide.text).text)) notes.add(named, 'text.text', 'not carried: an era is a name on the axis');
		const id = ids.take(slugify(str(slide.unique_id) || label, `era-${i + 1}`));
		return { id, label: label || `Era ${i + 1}`, start, end, span: eventSpan(start, end), slide };
	});
}

/** One slide as one event: every event has a title and a text; its sources are what the slide cites. */
export function importEvent({ where, slide }: NamedSlide, i: number, { eras, ids, sources, notes, findFile }: EventContext): ImportedEvent {
	const text = obj(slide.text);
	const headline = plainLine(str(text.headline));
	const named = headline ? `${where} ("${shorten(headline, 48)}")` : where;
	for (const key of Object.keys(slide)) if (!KNOWN_SLIDE.has(key)) notes.add(named, key, 'not carried: not a TimelineJS slide field');

	const dates = slideDates(slide, named, notes);
	const { date, endDate } = dates;

	// Its links stay links in the text (`[label](https://…)`), and are cited.
	const { paragraphs, links } = htmlToText(str(text.text), { inline: true });
	// A last "Sources: …" paragraph lists citations (our own export writes one): cite, don't print.
	const cited: string[] = [];
	if (paragraphs.length && /^sources?:/i.test(paragraphs.at(-1)!)) {
		const last = paragraphs.pop()!;
		const linked = new Set(links.map((l) => l.label));
		for (const title of plainText(last)
			.replace(/^sources?:\s*/i, '')
			.split(/\s*;\s*/))
			if (title && !linked.has(title)) cited.push(sources.source(title));
	}
	cited.push(...sources.cite(links, named, 'text.text'));

	const media = slideMedia(slide.media, { where: named, headline, sources, notes, findFile });
	cited.push(...media.cited);
	paragraphs.push(...media.paragraphs);
	if (slide.background !== undefined) notes.add(named, 'background', 'not shown: every step has the story’s own background (kept for the export)');
	if (slide.autolink !== undefined) notes.add(named, 'autolink', 'not carried: addresses in text are never made into links');

	let body = paragraphs;
	if (!body.length) {
		body = [headline || media.caption || formatEventDate(dates)];
		notes.add(named, 'text.text', 'empty: the headline stands as the text');
	}
	let title = headline;
	if (!title) {
		title = shorten(plainText(body[0]), 80);
		notes.add(named, 'text.headline', 'empty: the text’s first words stand as the title');
	}

	const wantedId = str(slide.unique_id).trim();
	const id = ids.take(slugify(wantedId || headline, `event-${i + 1}`));
	if (wantedId && id !== wantedId) notes.add(named, 'unique_id', `"${wantedId}" is id "${id}": ids are unique kebab-case`);

	const [start] = eventSpan(date, endDate);
	const era = eras.find((e) => e.span[0] <= start && start < e.span[1]);
	const group = plainLine(str(slide.group));
	if (!cited.length) notes.add(named, 'sources', 'no source given (no link, no citation): the step says so to readers; add the sources behind it');
	return {
		where: named,
		index: i,
		slide,
		event: {
			id,
			date,
			...(endDate ? { endDate } : {}),
			...displayDate(shownDate(slide.display_date, named, notes), dates),
			title,
			body,
			visual: media.visual ?? (era ? { kind: 'timeline' as const, era: era.id } : { kind: 'timeline' as const }),
			sources: [...new Set(cited)],
			notes: plainText(body[0]),
			...(group ? { group } : {})
		}
	};
}
