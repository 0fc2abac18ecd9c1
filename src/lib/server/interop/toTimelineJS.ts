/** Whether a step still shows the medium a slide had (by its address, written as TimelineJS files write it or as the import keeps it). */
function sameMedium(v: Visual, media: unknown): boolean {
	const url = typeof (media as { url?: unknown }).url === 'string' ? (media as { url: string }).url : '';
	const key = (u: string) =>
		u
			.trim()
			.replace(/^(https?:)?\/\//i, '')
			.replace(/^\.\//, '');
	const shown = v.kind === 'link' ? v.url : 'src' in v ? v.src : '';
	return Boolean(url) && key(url) === key(shown);
}

/**
 * A picture, video, recording or link step's medium as TimelineJS names it: a file by its path next to
 * the dataset (publish it beside the file), a link by its address, with its words.
 */
function slideMediaOf(v: Visual): TimelineJSSlide['media'] {
	const words = (caption?: string, credit?: string) => ({
		...(credit ? { credit: escapeHtml(credit) } : {}),
		...(caption ? { caption: escapeHtml(caption) } : {})
	});
	switch (v.kind) {
		case 'photo':
		case 'video':
			return { url: v.src, alt: v.alt, ...words(v.caption, v.credit) };
		case 'audio':
			return { url: v.src, title: v.title, ...words(v.caption, v.credit) };
		case 'link':
			return { url: v.url, title: v.title, ...(v.poster ? { thumbnail: v.poster } : {}), ...words(v.caption, v.credit) };
		default:
			return undefined;
	}
}

/**
 * Our story as a TimelineJS 3 JSON file (https://timeline.knightlab.com/docs/json-format.html), so the
 * same events can be published the old way, and so `npm run bench` can measure a TimelineJS page of
 * exactly our events beside ours. Dates keep their precision (a year stays a year; a display date only
 * where the story has a label of its own), the body becomes escaped paragraphs, each event's sources
 * become links under its text, and ids are kept as `unique_id` (eras' too), groups as `group`. A photo
 * step's picture becomes the slide's media. TimelineJS has no place for speaker notes, other visuals
 * or figures; they are left out.
 *
 * A story imported from TimelineJS gives back its original slides (`kept`, the file `npm run import`
 * writes beside the dataset: fidelity.ts) wherever the story still says what the import made of them;
 * an edited slide is written from the story, with its original media and background.
 */
import { formatEventDate, parseStoryDate } from '../../model/dates';
import type { Story, Visual } from '../../model/types';
import { textRuns } from '../../model/links';
import { eraFields, eventFields, fingerprint, isSlideMedia, original, titleFields, type KeptTimeline } from './fidelity';

export interface TimelineJSDate {
	year: number;
	month?: number;
	day?: number;
	/** Ours, ignored by TimelineJS: a part of a year (`2026-33`), so an import gets it back exactly. */
	edtf?: string;
}

export interface TimelineJSSlide {
	start_date?: TimelineJSDate;
	end_date?: TimelineJSDate;
	display_date?: string;
	text: { headline: string; text?: string };
	unique_id?: string;
	group?: string;
	media?: { url: string; caption?: string; credit?: string; alt?: string; title?: string; thumbnail?: string };
	/** An imported original's, given back as it was. */
	background?: unknown;
}

/** An imported original slide, given back as it was read (TimelineJS's own shape, loosely checked). */
const asSlide = <S extends TimelineJSSlide>(slide: Record<string, unknown> | null) => slide as S | null;

export interface TimelineJSFile {
	/** None where the imported original had none. */
	title?: TimelineJSSlide;
	events: TimelineJSSlide[];
	eras: (TimelineJSSlide & { start_date: TimelineJSDate; end_date: TimelineJSDate })[];
}

/**
 * `2019`, `2019-03` or `2019-03-23` as TimelineJS's date object, at the same precision. A part of a
 * year (`2026-33`) has no TimelineJS form: it goes as its year, never as a month it does not know
 * (TimelineJS shows the slide's `display_date`), with the part in an `edtf` field TimelineJS ignores
 * and our import reads back.
 */
export function timelineJSDate(text: string): TimelineJSDate {
	const d = parseStoryDate(text);
	if (!d) throw new Error(`Not a story date: "${text}"`);
	if (d.precision === 'year') return { year: d.year };
	if (d.precision === 'part') return { year: d.year, edtf: text };
	if (d.precision === 'month') return { year: d.year, month: d.month };
	return { year: d.year, month: d.month, day: d.day };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Paragraphs as HTML, their links (`[label](https://…)`) as links. */
const paragraphs = (texts: string[]) =>
	texts
		.map(
			(t) =>
				`<p>${textRuns(t)
					.map((r) => (r.href ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.text)}</a>` : escapeHtml(r.text)))
					.join('')}</p>`
		)
		.join('');

/** The date TimelineJS shows for an event: only a label of the story's own, or a part of a year TimelineJS cannot say. */
function displayDate(e: Story['events'][number]): string | undefined {
	return e.dateLabel || e.approximate || [e.date, e.endDate].some((d) => d && parseStoryDate(d)?.precision === 'part') ? formatEventDate(e) : undefined;
}

export function toTimelineJS(story: Story, kept: KeptTimeline | null = null): TimelineJSFile {
	const sources = new Map(story.sources.map((s) => [s.id, s]));
	const cite = (ids: string[]) => {
		const items = ids.map((id) => sources.get(id)).filter((s) => s !== undefined);
		if (!items.length) return '';
		const links = items.map((s) => (s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title)));
		return `<p>Sources: ${links.join('; ')}</p>`;
	};
	const title =
		kept?.title && kept.title.fingerprint === fingerprint(titleFields(story))
			? asSlide(kept.title.slide)
			: { text: { headline: escapeHtml(story.title), text: paragraphs([story.dek, story.byline]) } };
	return {
		...(title ? { title } : {}),
		events: story.events.map((e) => {
			const was = kept?.events[e.id];
			const label = displayDate(e);
			return (
				asSlide(original(was, eventFields(e))) ?? {
					start_date: timelineJSDate(e.date),
					...(e.endDate ? { end_date: timelineJSDate(e.endDate) } : {}),
					...(label ? { display_date: label } : {}),
					text: { headline: escapeHtml(e.title), text: paragraphs(e.body) + cite(e.sources) },
					unique_id: e.id,
					...(e.group ? { group: e.group } : {}),
					// An edited slide of an imported timeline keeps its original's media and background.
					// (Its medium too while the step shows the same one: the original says more than the step keeps.)
					...(was?.slide.media && (!isSlideMedia(e.visual) || sameMedium(e.visual, was.slide.media))
						? { media: was.slide.media as TimelineJSSlide['media'] }
						: isSlideMedia(e.visual)
							? { media: slideMediaOf(e.visual) }
							: {}),
					...(was?.slide.background ? { background: was.slide.background } : {})
				}
			);
		}),
		eras: story.eras.map(
			(era) =>
				asSlide<TimelineJSFile['eras'][number]>(original(kept?.eras[era.id], eraFields(era))) ?? {
					start_date: timelineJSDate(era.start),
					end_date: timelineJSDate(era.end),
					text: { headline: escapeHtml(era.label) },
					unique_id: era.id
				}
		)
	};
}
