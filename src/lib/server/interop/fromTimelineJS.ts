/**
 * A TimelineJS 3 timeline (https://timeline.knightlab.com/docs/json-format.html), from its JSON file or
 * its spreadsheet (see `timelineSheet.ts`), as a story in our schema that builds and reads with no hand
 * edit. Nothing is lost silently: every field that cannot be carried is noted, with the reason.
 *
 * - Dates keep their precision (a year stays a year); numbers given as strings are read; times of day
 *   are noted and dropped (story dates are days, months or years). Events are sorted by date and every
 *   move is noted.
 * - Text is HTML in TimelineJS and plain paragraphs here: markup becomes paragraphs; link targets
 *   become the event's sources, never HTML. A last paragraph "Sources: …" (as `npm run export` writes)
 *   is read as citations, not as body text.
 * - The title slide gives the title, dek (its first paragraph), byline (its second) and credits (the
 *   rest); eras become eras; groups are kept; ids come from `unique_id` or the headline.
 * - Every event cites something: its links, its media credit, its remote media; where there is
 *   nothing, a source naming the imported file.
 * - Media: a remote address (a picture, a video) becomes a cited link, not a request to another
 *   origin; a local picture becomes a photo step when it has alt text and a credit.
 * Bad input throws an ImportError naming the slide (`events[3] ("Baghouz falls")`) or the CSV row.
 */
import { eventSpan, formatEventDate, parseStoryDate } from '../../data/dates';
import { parseStoryText } from '../data/validateTimeline';
import { htmlToText, plainLine, type Link } from './html';

export class ImportError extends Error {}

/** One thing the import could not carry (or changed), and why. */
export interface ImportNote {
	/** `events[3] ("Baghouz falls")`, `row 5 ("Baghouz falls")`, `title`, `eras[0]`, `story`. */
	where: string;
	field: string;
	reason: string;
}

/** A TimelineJS slide as read from JSON or a sheet row: loose, checked here. */
export type RawSlide = Record<string, unknown>;

/** A slide with the name errors and notes give it: `events[3]` or `row 5`. */
export interface NamedSlide {
	where: string;
	slide: RawSlide;
}

export interface TimelineInput {
	title?: NamedSlide;
	events: NamedSlide[];
	eras: NamedSlide[];
	scale?: unknown;
}

export interface PictureInfo {
	/** Path under `static/`, as the story names it, e.g. `photos/camp.jpg`. */
	src: string;
}

export interface ImportOptions {
	/** The imported file's name, for the fallback source and messages. */
	file: string;
	/** Today, `YYYY-MM-DD`: the story's `updated` date (TimelineJS has none). */
	today: string;
	/** Finds a local picture (a media url that is not a web address) for a photo step, or null. */
	findPicture?: (url: string) => PictureInfo | null;
}

export interface ImportResult {
	/** The story, as the JSON to write: validate it before use. */
	story: Record<string, unknown>;
	notes: ImportNote[];
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);
/** `//host/path` (protocol-relative, common in TimelineJS files) as `https://host/path`. */
const absolute = (url: string) => (url.startsWith('//') ? `https:${url}` : url);
/** A long value shortened for the report. */
const shorten = (text: string) => (text.length > 72 ? `${text.slice(0, 71)}…` : text);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): RawSlide => (v && typeof v === 'object' && !Array.isArray(v) ? (v as RawSlide) : {});

/** A kebab-case id from any text: "Baghouz Falls (2019)" → "baghouz-falls-2019". */
export function slugify(text: string, fallback: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** Hands out ids that are unique within one list, in the order asked. */
class Ids {
	#taken = new Set<string>();
	take(wanted: string): string {
		let id = wanted;
		for (let n = 2; this.#taken.has(id); n++) id = `${wanted}-${n}`;
		this.#taken.add(id);
		return id;
	}
}

const DATE_PARTS = ['year', 'month', 'day'] as const;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A TimelineJS date object as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision it gives. */
function isoDate(value: unknown, where: string, field: string, notes: ImportNote[]): string {
	if (!value || typeof value !== 'object') throw new ImportError(`${where}: no ${field}; every slide needs at least a year`);
	const d = value as RawSlide;
	const part = (k: string): number | undefined => {
		const v = d[k];
		if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
		const n = typeof v === 'number' ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : NaN;
		if (!Number.isInteger(n)) throw new ImportError(`${where}: ${field}.${k} "${String(v)}" is not a whole number`);
		return n;
	};
	const [year, month, day] = DATE_PARTS.map(part);
	if (year === undefined) throw new ImportError(`${where}: ${field} has no year; every slide needs at least a year`);
	if (year < 100 || year > 9999)
		throw new ImportError(`${where}: ${field}.year ${year} is outside the years a story date can hold (100 to 9999, no BCE)`);
	if (day !== undefined && month === undefined) throw new ImportError(`${where}: ${field} has a day (${day}) but no month`);
	if (month !== undefined && (month < 1 || month > 12))
		throw new ImportError(`${where}: ${field} is impossible: there is no month ${month}`);
	if (day !== undefined && (day < 1 || day > daysIn(year, month!)))
		throw new ImportError(`${where}: ${field} is impossible: ${year}-${month} has no day ${day}`);
	if (str(d.time).trim()) notes.push({ where, field: `${field}.time`, reason: 'not carried: story dates are days, months or years' });
	for (const k of TIME_PARTS)
		if (part(k) !== undefined) notes.push({ where, field: `${field}.${k}`, reason: 'not carried: story dates are days, months or years' });
	if (str(d.display_date)) notes.push({ where, field: `${field}.display_date`, reason: 'not carried: the slide’s display_date is used' });
	// A part of a year this app exported (`edtf: "2026-33"`, see toTimelineJS) comes back as that part.
	const edtf = str(d.edtf).trim();
	const exported = edtf ? parseStoryDate(edtf) : null;
	if (exported?.precision === 'part' && exported.year === year && month === undefined) return edtf;
	const pad = (n: number) => String(n).padStart(2, '0');
	return [String(year).padStart(4, '0'), month && pad(month), day && pad(day)].filter(Boolean).join('-');
}

/** An end date that says nothing (`{}`, `{"year": ""}`, absent): TimelineJS reads it as none. */
const isEmptyDate = (d: unknown) => d === undefined || d === null || (typeof d === 'object' && Object.values(d as RawSlide).every((v) => v === '' || v === null || v === undefined));

const KNOWN_SLIDE = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'unique_id', 'background', 'autolink']);
const KNOWN_MEDIA = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);

interface Source {
	id: string;
	title: string;
	kind: 'reporting';
	url?: string;
}

export function importTimeline(input: TimelineInput, options: ImportOptions): ImportResult {
	const notes: ImportNote[] = [];
	const note = (where: string, field: string, reason: string) => notes.push({ where, field, reason });
	if (input.scale !== undefined && input.scale !== 'human')
		throw new ImportError(`scale "${String(input.scale)}" is not supported: a story's dates are calendar years (scale "human")`);
	if (!input.events.length) throw new ImportError('the timeline has no events');

	// Sources, shared between events: one per web address, one per credit line.
	const sources = new Map<string, Source>();
	const sourceIds = new Ids();
	const source = (title: string, url?: string): string => {
		const key = url ?? `title:${title}`;
		let s = sources.get(key);
		if (!s) {
			const name = title || (url ? new URL(url).hostname : 'source');
			s = { id: sourceIds.take(slugify(name, 'source')), title: name, kind: 'reporting', ...(url ? { url } : {}) };
			sources.set(key, s);
		}
		return s.id;
	};
	const cite = (links: Link[], where: string, field: string): string[] =>
		links.flatMap((l) => {
			if (isWeb(l.href) && URL.canParse(l.href)) return [source(l.label.length > 3 ? l.label : new URL(l.href).hostname, l.href)];
			note(where, field, `link "${l.href}" not carried: only web addresses (http, https) become sources`);
			return [];
		});

	// Eras first: events take their era.
	const eraIds = new Ids();
	const eras = input.eras.map(({ where, slide }, i) => {
		const label = plainLine(str(obj(slide.text).headline));
		const named = label ? `${where} ("${label}")` : where;
		const start = isoDate(slide.start_date, named, 'start_date', notes);
		if (slide.end_date === undefined) throw new ImportError(`${named}: an era needs an end_date`);
		const end = isoDate(slide.end_date, named, 'end_date', notes);
		if (!label) note(named, 'text.headline', `empty: the era is called "Era ${i + 1}"`);
		if (str(obj(slide.text).text)) note(named, 'text.text', 'not carried: an era is a name on the axis');
		const id = eraIds.take(slugify(str(slide.unique_id) || label, `era-${i + 1}`));
		return { id, label: label || `Era ${i + 1}`, start, end, span: eventSpan(start, end) };
	});

	const eventIds = new Ids();
	const fallbackSource = () => source(`Imported from ${options.file.replace(/^.*[\\/]/, '')}`);
	const events = input.events.map(({ where, slide }, i) => {
		const text = obj(slide.text);
		const headline = plainLine(str(text.headline));
		const named = headline ? `${where} ("${headline.length > 48 ? headline.slice(0, 47) + '…' : headline}")` : where;
		for (const key of Object.keys(slide)) if (!KNOWN_SLIDE.has(key)) note(named, key, 'not carried: not a TimelineJS slide field');

		const date = isoDate(slide.start_date, named, 'start_date', notes);
		let endDate = isEmptyDate(slide.end_date) ? undefined : isoDate(slide.end_date, named, 'end_date', notes);
		if (endDate === date) endDate = undefined;
		if (endDate && eventSpan(endDate)[1] <= eventSpan(date)[0])
			throw new ImportError(`${named}: end_date ${endDate} comes before start_date ${date}`);

		const { paragraphs, links } = htmlToText(str(text.text));
		// A last "Sources: …" paragraph lists citations (our own export writes one): cite, don't print.
		const cited: string[] = [];
		if (paragraphs.length && /^sources?:/i.test(paragraphs.at(-1)!)) {
			const last = paragraphs.pop()!;
			const linked = new Set(links.map((l) => l.label));
			for (const title of last.replace(/^sources?:\s*/i, '').split(/\s*;\s*/))
				if (title && !linked.has(title)) cited.push(source(title));
		}
		cited.push(...cite(links, named, 'text.text'));

		// Media: a remote address is cited, never fetched; a local picture becomes a photo step.
		const media = obj(slide.media);
		let photo: Record<string, unknown> | null = null;
		const url = absolute(str(media.url).trim());
		for (const key of Object.keys(media)) if (!KNOWN_MEDIA.has(key)) note(named, `media.${key}`, 'not carried: not a TimelineJS media field');
		const credit = htmlToText(str(media.credit));
		const creditLine = credit.paragraphs.join(' ');
		const caption = plainLine(str(media.caption));
		const alt = plainLine(str(media.alt));
		if (creditLine) cited.push(source(creditLine, credit.links.find((l) => isWeb(l.href))?.href));
		const embedded = url.startsWith('<') ? htmlToText(url.replace(/<iframe\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi, '<a href="$1">embedded page</a>')) : null;
		if (embedded) {
			// An embed (a quote, a post, an iframe): its words join the text, its addresses are cited.
			paragraphs.push(...embedded.paragraphs.filter((p) => p !== 'embedded page'));
			cited.push(...cite(embedded.links.map((l) => ({ ...l, href: absolute(l.href) })), named, 'media.url'));
			note(named, 'media.url', 'an embed (quote, post or frame): its words are added to the text, its addresses cited; nothing is embedded');
		} else if (url) {
			if (isWeb(url)) {
				cited.push(source(caption || plainLine(str(media.title)) || `Media: ${headline || date}`, url));
				note(named, 'media.url', 'a web address: cited as a source, not shown (the story asks no other origin for anything)');
			} else {
				const picture = options.findPicture?.(url) ?? null;
				if (!picture) note(named, 'media.url', `"${shorten(url)}" not carried: no such picture next to the imported file or the dataset`);
				else if (!alt) note(named, 'media.url', `"${shorten(url)}" not shown: a photo step needs alt text (media.alt, or the sheet's Alt Text)`);
				else if (!creditLine) note(named, 'media.url', `"${shorten(url)}" not shown: a photo step needs a credit (media.credit)`);
				else photo = { kind: 'photo', src: picture.src, alt, credit: creditLine, ...(caption ? { caption } : {}) };
			}
		} else if (caption) note(named, 'media.caption', 'not carried: there is no media to caption');
		if (!photo && !embedded && url && caption && !isWeb(url)) note(named, 'media.caption', 'not carried with the picture');
		if (str(media.thumbnail)) note(named, 'media.thumbnail', 'not carried: the story draws no thumbnails');
		if (str(media.link)) note(named, 'media.link', 'not carried: a picture is not a link here');
		if (slide.background !== undefined) note(named, 'background', 'not carried: every step has the story’s own background');
		if (slide.autolink !== undefined) note(named, 'autolink', 'not carried: addresses in text are never made into links');

		let body = paragraphs;
		if (!body.length) {
			body = [headline || caption || formatEventDate({ date, endDate })];
			note(named, 'text.text', 'empty: the headline stands as the text');
		}
		let title = headline;
		if (!title) {
			title = body[0].length > 80 ? `${body[0].slice(0, 79)}…` : body[0];
			note(named, 'text.headline', 'empty: the text’s first words stand as the title');
		}

		// The display date, where it says more than the dates do.
		const displayDate = plainLine(str(slide.display_date));
		const formatted = formatEventDate({ date, endDate });
		const approximate = displayDate === `c. ${formatted}`;
		const dateLabel = displayDate && displayDate !== formatted && !approximate ? displayDate : undefined;

		const wantedId = str(slide.unique_id).trim();
		const id = eventIds.take(slugify(wantedId || headline, `event-${i + 1}`));
		if (wantedId && id !== wantedId) note(named, 'unique_id', `"${wantedId}" is id "${id}": ids are unique kebab-case`);

		const [start] = eventSpan(date, endDate);
		const era = eras.find((e) => e.span[0] <= start && start < e.span[1]);
		const group = plainLine(str(slide.group));
		return {
			where: named,
			index: i,
			event: {
				id,
				date,
				...(endDate ? { endDate } : {}),
				...(approximate ? { approximate: true } : {}),
				...(dateLabel ? { dateLabel } : {}),
				title,
				body,
				visual: photo ?? (era ? { kind: 'timeline', era: era.id } : { kind: 'timeline' }),
				sources: [...new Set(cited.length ? cited : [fallbackSource()])],
				notes: body[0],
				...(group ? { group } : {})
			}
		};
	});
	note('events', 'notes', 'TimelineJS has no speaker notes: each step’s notes start as its first paragraph');
	if (!eras.length || events.some((e) => e.event.visual.kind !== 'photo'))
		note('events', 'visual', 'each step shows the time axis (kind "timeline", with its era); choose other visuals by hand');

	// Chronological order, as the story requires: no event wholly before the one above it. A file in
	// that order keeps its order (a "2026" may follow a "21 January 2026"); otherwise events are
	// sorted by start, then end, then file order.
	const spans = new Map(events.map((e) => [e, eventSpan(e.event.date, e.event.endDate)]));
	const inOrder = events.every((e, i) => i === 0 || spans.get(e)![1] > spans.get(events[i - 1])![0]);
	const sorted = inOrder
		? events
		: [...events].sort((a, b) => {
				const [sa, ea] = spans.get(a)!;
				const [sb, eb] = spans.get(b)!;
				return sa.getTime() - sb.getTime() || ea.getTime() - eb.getTime() || a.index - b.index;
			});
	sorted.forEach((e, i) => {
		if (e.index !== i) note(e.where, 'start_date', `out of date order: now step ${i + 1} of ${sorted.length}`);
	});

	// The title slide: title, dek, byline, credits.
	const titleSlide = input.title?.slide ?? {};
	const titleText = htmlToText(str(obj(titleSlide.text).text));
	const fileTitle = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
	const title = plainLine(str(obj(titleSlide.text).headline)) || fileTitle;
	const [dek, byline, ...credits] = titleText.paragraphs;
	if (!input.title) note('title', 'title', `no title slide: the file name "${fileTitle}" is the title`);
	else if (!plainLine(str(obj(titleSlide.text).headline))) note('title', 'text.headline', `empty: the file name "${fileTitle}" is the title`);
	if (!dek) note('title', 'text.text', 'no first paragraph: the title stands as the dek; write a one-sentence summary');
	if (!byline) note('title', 'text.text', 'no second paragraph: the byline says the story was imported; write who made it');
	if (titleText.links.length) note('title', 'text.text', 'links not carried: a story’s sources are cited by its events');
	if (Object.keys(obj(titleSlide.media)).length) note('title', 'media', 'not carried: the story’s opening picture is its lead graphic');
	if (titleSlide.background !== undefined) note('title', 'background', 'not carried: the story has its own background');
	note('story', 'updated', `set to the import date, ${options.today}`);
	note('story', 'sources', 'every imported source is of kind "reporting": mark public records as "public-record" by hand');

	return {
		story: {
			title,
			dek: dek ?? title,
			byline: byline ?? `Imported from ${options.file.replace(/^.*[\\/]/, '')}`,
			credits,
			updated: options.today,
			places: [],
			sources: [...sources.values()],
			eras: eras.map(({ id, label, start, end }) => ({ id, label, start, end })),
			events: sorted.map((e) => e.event)
		},
		notes
	};
}

/** A TimelineJS JSON file's text as import input; a syntax error names its line and column. */
export function readTimelineJSON(text: string, file: string): TimelineInput {
	const parsed = parseStoryText(text, file);
	if (!parsed.ok) throw new ImportError(`${parsed.errors[0].where}: ${parsed.errors[0].message}`);
	const data = obj(parsed.data);
	if (!Array.isArray(data.events)) throw new ImportError('not a TimelineJS file: it has no "events" list');
	if (data.eras !== undefined && !Array.isArray(data.eras)) throw new ImportError('"eras" must be a list of slides');
	const named = (list: unknown[], name: string): NamedSlide[] =>
		list.map((slide, i) => {
			if (!slide || typeof slide !== 'object') throw new ImportError(`${name}[${i}]: a slide must be an object`);
			return { where: `${name}[${i}]`, slide: slide as RawSlide };
		});
	return {
		...(data.title ? { title: { where: 'title', slide: obj(data.title) } } : {}),
		events: named(data.events, 'events'),
		eras: named((data.eras as unknown[]) ?? [], 'eras'),
		scale: data.scale
	};
}
