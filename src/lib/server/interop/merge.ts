/**
 * Re-importing a timeline the desk keeps writing in TimelineJS (`npm run import -- FILE --merge`):
 * the sheet's changes reach the story without undoing the work done on the story since.
 *
 * - An event of the sheet matched by id (its `unique_id`, else its headline's) whose slide has
 *   changed since the last import (against the original kept beside the dataset, fidelity.ts) takes
 *   the sheet's text, dates, date label, group, sources and picture. What the desk chose in the story
 *   stays: its visual (unless the import's own time axis, or a picture now), places, figures, short
 *   label and notes; and the translations, keyed by id, are left alone (npm run validate then lists the
 *   texts whose English changed).
 * - A slide that has not changed since the last import changes nothing: an edit made in the story
 *   (a corrected sentence) is kept.
 * - A new slide becomes a new event; an event the sheet no longer has is reported and kept (steps,
 *   the lead or the translation may refer to it: the desk removes it by hand). Events added in the
 *   story by hand are the story's.
 * - Eras and the title slide, the same way. Sources the sheet cites are added; none is removed.
 */
import { chronological } from './import/dates';
import { Notes, type ImportNote } from './import/basics';
import { eventFields, eraFields, fingerprint, isSlideMedia, titleFields, type KeptSlide, type KeptTimeline, type SlideFields } from './fidelity';
import type { ImportResult } from './fromTimelineJS';

type Raw = Record<string, unknown>;
/** An event as JSON: what the sheet gives it, and the rest of the story's fields. */
type RawEvent = Raw & SlideFields & { id: string };

/** What a merge did, for the report: ids. */
export interface MergeReport {
	updated: string[];
	added: string[];
	/** In the story and the last import, no longer in the sheet: kept. */
	gone: string[];
	/** Changed in the story since the last import, unchanged in the sheet: the story's kept. */
	keptEdits: string[];
}

export interface MergeResult {
	story: Raw;
	kept: KeptTimeline;
	report: MergeReport;
	notes: ImportNote[];
}

/** The fields of an event that come from the sheet. */
const FROM_SHEET = ['date', 'endDate', 'dateLabel', 'approximate', 'title', 'body', 'sources', 'group'] as const;

const sameSlide = (a: KeptSlide | undefined, b: KeptSlide) => a !== undefined && JSON.stringify(a.slide) === JSON.stringify(b.slide);

export function mergeImport(story: Raw, before: KeptTimeline | null, fresh: ImportResult): MergeResult {
	const report: MergeReport = { updated: [], added: [], gone: [], keptEdits: [] };
	const next = fresh.story as Raw & { events: RawEvent[]; eras: Raw[]; sources: Raw[] };
	const old = story as Raw & { events: RawEvent[]; eras: (Raw & { id: string })[]; sources: (Raw & { id: string })[] };
	const events = new Map(old.events.map((e) => [e.id, structuredClone(e)]));

	for (const e of next.events) {
		const slide = fresh.kept.events[e.id];
		const mine = events.get(e.id);
		if (!mine) {
			events.set(e.id, e);
			report.added.push(e.id);
			continue;
		}
		if (sameSlide(before?.events[e.id], slide)) {
			// The sheet has not changed this slide: the story's own edits, if any, stand.
			if (before?.events[e.id] && before.events[e.id].fingerprint !== fingerprint(eventFields(mine))) report.keptEdits.push(e.id);
			continue;
		}
		for (const key of FROM_SHEET) {
			if (e[key] === undefined) delete mine[key];
			else (mine as Raw)[key] = e[key];
		}
		// The sheet's medium (a picture, video, recording or link) replaces the import's time axis or an
		// older medium (and one taken out of the sheet leaves the time axis), never a visual the desk chose.
		if ((mine.visual.kind === 'timeline' && isSlideMedia(e.visual)) || isSlideMedia(mine.visual)) mine.visual = e.visual;
		report.updated.push(e.id);
	}
	for (const id of Object.keys(before?.events ?? {})) if (!fresh.kept.events[id] && events.has(id)) report.gone.push(id);

	// Eras: the sheet's, updated where changed; the story's own kept.
	const eras = new Map(old.eras.map((e) => [e.id, e]));
	for (const era of next.eras as (Raw & { id: string })[]) {
		if (!eras.has(era.id) || !sameSlide(before?.eras[era.id], fresh.kept.eras[era.id])) eras.set(era.id, era);
	}
	// Sources: every one the sheet cites, added once; none removed (the story's own steps cite them).
	const sources = new Map(old.sources.map((s) => [s.id, s]));
	for (const s of next.sources as (Raw & { id: string })[]) if (!sources.has(s.id)) sources.set(s.id, s);

	const merged: Raw = { ...story };
	const titleChanged = !before?.title || JSON.stringify(before.title.slide) !== JSON.stringify(fresh.kept.title?.slide ?? null);
	if (titleChanged) for (const key of ['title', 'dek', 'byline', 'credits'] as const) merged[key] = next[key];
	merged.sources = [...sources.values()];
	merged.eras = [...eras.values()];
	// In date order, as the story must be; a move is noted.
	const notes = new Notes();
	const ordered = chronological(
		[...events.values()].map((event, index) => ({ where: `event "${event.id}"`, index, event })),
		notes
	);
	merged.events = ordered.map((e) => e.event);

	// What the next merge compares against: the sheet as now imported, each with what the story now says.
	const kept: KeptTimeline = {
		from: fresh.kept.from,
		title: titleChanged ? fresh.kept.title : before!.title,
		eras: Object.fromEntries(
			(merged.eras as (Raw & { id: string; label: string; start: string; end: string })[]).flatMap((e) => {
				const slide = fresh.kept.eras[e.id] ?? before?.eras[e.id];
				return slide ? [[e.id, { slide: slide.slide, fingerprint: fingerprint(eraFields(e)) }]] : [];
			})
		),
		events: Object.fromEntries(
			(merged.events as RawEvent[]).flatMap((e) => {
				const slide = fresh.kept.events[e.id] ?? before?.events[e.id];
				const edited = report.keptEdits.includes(e.id);
				// An edit kept from the story is not the sheet's: its fingerprint stays the import's, so the export writes the edit.
				return slide ? [[e.id, { slide: slide.slide, fingerprint: edited ? slide.fingerprint : fingerprint(eventFields(e)) }]] : [];
			})
		)
	};
	if (kept.title && titleChanged) kept.title = { slide: kept.title.slide, fingerprint: fingerprint(titleFields(merged as Parameters<typeof titleFields>[0])) };
	return { story: merged, kept, report, notes: notes.list };
}
