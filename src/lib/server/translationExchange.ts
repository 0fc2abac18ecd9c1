/**
 * What `npm run translations` does to an overlay, as pure functions of texts (the script reads and
 * writes the files):
 * - `stampOverlay`: records, for every translated text (or those named), the fingerprint of the
 *   English it now stands beside: the translator has checked it.
 * - `exportXliff`: the story's texts as XLIFF 2.0, each unit with its English, its translation, a
 *   state (`translated`, or `initial` for what needs work) and, for a stale one, a note saying so.
 * - `importXliff`: a translator's XLIFF read back: checked against the story and the overlay's schema,
 *   written into the overlay (keeping its layout: see jsonEdit.ts), each imported unit stamped with
 *   the English it was translated from, and a report of what changed.
 */
import { fingerprint } from './data/fingerprint.ts';
import { auditTranslation, parseTranslation, type TextUnit, type TranslationLang } from './data/translation.ts';
import type { Story } from '../model/types.ts';
import { formatErrors } from './data/validateTimeline.ts';
import { setMember, setValues } from './jsonEdit.ts';
import { readXliff, writeXliff, type XliffNote, type XliffUnit } from './xliff.ts';

/** A unit named on the command line: its id (`events.x.title`), a prefix of ids (`events.x`, `places`), or an event's id (`x`). */
export function matches(unit: string, filters: string[]): boolean {
	return !filters.length || filters.some((f) => unit === f || unit.startsWith(`${f}.`) || unit.startsWith(`events.${f}.`));
}

/** The fingerprints in the story's order (then any others, as they were), so the file's block reads as the story does. */
function ordered(fingerprints: Record<string, string>, units: TextUnit[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const u of units) if (fingerprints[u.id]) out[u.id] = fingerprints[u.id];
	for (const [k, v] of Object.entries(fingerprints)) if (!(k in out)) out[k] = v;
	return out;
}

function audit(text: string, file: string, story: Story, lang: TranslationLang) {
	const result = auditTranslation(text, file, story, lang);
	if (!result.ok) throw new Error(formatErrors(result.errors));
	return result.audit;
}

export interface StampResult {
	text: string;
	/** Units whose fingerprint was recorded now (they were stale, or never stamped). */
	stamped: TextUnit[];
	/** Fingerprints dropped: of texts the story or the overlay no longer has. */
	removed: string[];
}

/**
 * Records the current English's fingerprint for every translated text (only those `filters` name, if
 * any), and drops the fingerprints of texts that are gone. Only the overlay's `fingerprints` block
 * changes; an overlay already stamped comes back byte for byte.
 */
export function stampOverlay(text: string, file: string, story: Story, lang: TranslationLang, filters: string[] = []): StampResult {
	const { units, translation } = audit(text, file, story, lang);
	for (const f of filters)
		if (!units.some((u) => matches(u.id, [f])))
			throw new Error(`no text of the story is named "${f}" (give a unit id such as events.<id>.title, a prefix such as events.<id>, or an event id)`);
	const recorded = translation.fingerprints ?? {};
	const next: Record<string, string> = {};
	const stamped: TextUnit[] = [];
	for (const u of units) {
		if (u.target === undefined) continue;
		if (matches(u.id, filters)) {
			next[u.id] = u.fingerprint;
			if (recorded[u.id] !== u.fingerprint) stamped.push(u);
		} else if (recorded[u.id]) next[u.id] = recorded[u.id];
	}
	const removed = Object.keys(recorded).filter((k) => !(k in next));
	const unchanged = JSON.stringify(ordered(next, units)) === JSON.stringify(recorded);
	return { text: unchanged ? text : setMember(text, 'fingerprints', ordered(next, units)), stamped, removed };
}

/** Where a unit is in the story, for the translator: `event "centcom-statement" (events[12]) › body[1]`. */
const location = (u: TextUnit): XliffNote => ({ category: 'location', text: `${u.where} › ${u.field}` });

export interface ExportOptions {
	/** The target language's direction, for tools. */
	dir?: 'ltr' | 'rtl';
	/** The dataset, named in the file (`original`). */
	original?: string;
	/** Only what needs work: missing and stale texts. */
	todo?: boolean;
}

/**
 * The story's texts as XLIFF 2.0, one unit per text (a body's paragraphs one each), in the story's
 * order, keyed by the overlay's paths. A translated text is `state="translated"`; a missing one is
 * `initial` with no target; a stale one is `initial` with its translation as target and a note of
 * category `stale` (the state is what tools show as "to do"; the note says why).
 */
export function exportXliff(text: string, file: string, story: Story, lang: TranslationLang, options: ExportOptions = {}): string {
	const { units } = audit(text, file, story, lang);
	const xliffUnits: XliffUnit[] = units
		.filter((u) => !options.todo || u.status !== 'translated')
		.map((u) => ({
			id: u.id,
			source: u.english,
			...(u.target !== undefined ? { target: u.target } : {}),
			state: u.status === 'translated' ? 'translated' : 'initial',
			notes: [
				location(u),
				...(u.status === 'stale'
					? [
							{
								category: 'stale',
								text: u.recorded
									? 'The English has changed since this was translated: check the translation against the English, correct it if needed, and mark it translated.'
									: 'There is no record of which English this translates: check it against the English, and mark it translated.'
							}
						]
					: [])
			]
		}));
	return writeXliff({
		srcLang: 'en',
		trgLang: lang,
		...(options.dir ? { trgDir: options.dir } : {}),
		fileId: 'story',
		...(options.original ? { original: options.original } : {}),
		notes: [
			{
				category: 'instructions',
				text: 'Translate each unit’s English. Mark a unit translated (or reviewed, or final) when its translation is done: units left initial are not imported. Keep the figures, qualifiers ("more than", "up to") and names as the English has them.'
			}
		],
		units: xliffUnits
	});
}

export interface ImportEntry {
	id: string;
	where: string;
	/** The translation before, and now. */
	before?: string;
	after?: string;
	/** Set when the unit was translated from an English that has changed since: imported, and still stale. */
	staleSince?: true;
}

export interface ImportReport {
	/** Translations where the overlay had none. */
	added: ImportEntry[];
	/** Translations that replace another. */
	changed: ImportEntry[];
	/** Translations the same as the overlay's, now confirmed against the English (they were stale or not stamped). */
	confirmed: ImportEntry[];
	/** Units that change nothing: the same translation, or none, or left initial as they were. */
	unchanged: string[];
	/** Units not imported, and why. */
	rejected: { id: string; reason: string }[];
}

export type ImportResult = { ok: true; text: string; report: ImportReport } | { ok: false; error: string };

/** The primary language of a tag: `ar-IQ` → `ar`. */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Reads a translator's XLIFF back into the overlay's text. A unit is imported when its segment is
 * `translated`, `reviewed` or `final` and its id is a text of the story; it is stamped with the
 * fingerprint of the English it carries (so a unit translated from an English edited since stays
 * stale). The overlay's layout is kept; the result is checked against the overlay's schema and the
 * story before it is returned.
 */
export function importXliff(xml: string, text: string, file: string, story: Story, lang: TranslationLang): ImportResult {
	const read = readXliff(xml);
	if (!read.ok) return { ok: false, error: read.error };
	const { doc } = read;
	if (primary(doc.trgLang) !== lang) return { ok: false, error: `the file is a translation into "${doc.trgLang || '(no trgLang)'}", not "${lang}"` };
	if (primary(doc.srcLang) !== 'en')
		return { ok: false, error: `the file translates from "${doc.srcLang || '(no srcLang)'}", not from the story's English ("en")` };
	let before;
	try {
		before = audit(text, file, story, lang);
	} catch (err) {
		return { ok: false, error: (err as Error).message };
	}
	const units = new Map(before.units.map((u) => [u.id, u]));
	const report: ImportReport = { added: [], changed: [], confirmed: [], unchanged: [], rejected: read.problems.map((p) => ({ id: '(file)', reason: p })) };
	const changes: { path: (string | number)[]; value: string }[] = [];
	const fingerprints: Record<string, string> = { ...(before.translation.fingerprints ?? {}) };
	for (const x of doc.units) {
		const u = units.get(x.id);
		if (!u) {
			report.rejected.push({ id: x.id, reason: 'the story has no such text (removed since the export, or the id was changed)' });
			continue;
		}
		const target = x.target?.trim();
		const confirmed = x.state !== 'initial';
		if (!target) {
			if (confirmed && x.target !== undefined) report.rejected.push({ id: x.id, reason: `marked ${x.state} with an empty translation` });
			else report.unchanged.push(x.id);
			continue;
		}
		if (!confirmed) {
			if (target === u.target) report.unchanged.push(x.id);
			else report.rejected.push({ id: x.id, reason: 'its state is "initial": mark it translated (or reviewed, or final) to import it' });
			continue;
		}
		const from = fingerprint(x.source);
		const entry: ImportEntry = { id: x.id, where: `${u.where} › ${u.field}`, ...(from !== u.fingerprint ? { staleSince: true as const } : {}) };
		if (target === u.target) {
			if (u.recorded === from) report.unchanged.push(x.id);
			else report.confirmed.push(entry);
		} else {
			changes.push({ path: u.path, value: target });
			if (u.target === undefined) report.added.push({ ...entry, after: target });
			else report.changed.push({ ...entry, before: u.target, after: target });
		}
		fingerprints[x.id] = from;
	}
	if (!changes.length && !report.confirmed.length && !report.added.length) return { ok: true, text, report };
	let next = setValues(text, changes);
	next = setMember(next, 'fingerprints', ordered(fingerprints, before.units));
	const shape = parseTranslation(next, file, lang);
	if (!shape.ok) return { ok: false, error: `the overlay would not be valid after the import:\n${formatErrors(shape.errors)}` };
	const after = auditTranslation(next, file, story, lang);
	if (!after.ok) return { ok: false, error: formatErrors(after.errors) };
	return { ok: true, text: next, report };
}
