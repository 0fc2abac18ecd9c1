/**
 * Reads and validates the story dataset and its translations from disk, at build time (prerender,
 * the Vite plugin and `npm run validate`). The browser never runs this: it receives the validated
 * story as page data, so zod stays out of the client bundle.
 *
 * Nothing here needs an interface's words, so the Vite config can read it: the config is bundled
 * before it runs, and the editions' words are found by name (src/lib/server/strings.all.ts), which only
 * Vite's own pipeline and the scripts' loader resolve. The editions in their languages, credits and
 * all, are loadStory.ts's (`checkEditions`), which the pages and the scripts read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
	auditOverlay,
	auditTranslation,
	translationLangs,
	translationPath,
	type AuditResult,
	type Translation,
	type TranslationLang
} from './data/translation.ts';
import { EDITION_LIST, type EditionInfo } from '../i18n/langs.ts';
import { isOffline } from './buildMode.ts';
import { pseudoOverlay } from './pseudoOverlay.ts';
import { formatErrors, validateStoryText, type ValidationError, type ValidationResult } from './data/validateTimeline.ts';
import type { Story } from '../model/types.ts';
import { readStepFiles } from './stepFiles.ts';
import { themeFaces } from './themeFaces.ts';

/** The dataset file: `timeline-data/story.json`, or another file named by `STORY_DATA` (fixtures). */
export function storyPath(): string {
	return resolve(process.env.STORY_DATA || 'timeline-data/story.json');
}

/**
 * Reads and checks a dataset file: its JSON, its schema, the rules across events, and its photo steps'
 * pictures (each measured; inlined as data URIs with `inlinePictures`, for the offline file).
 */
export function checkStory(path = storyPath(), inlinePictures = false): ValidationResult {
	// A build asks once per page (a story of 1,000 steps has 1,000 step pages): the file is read and
	// checked again only when it has changed (in dev, an author's save).
	const stamp = statSafe(path);
	const key = `${path}\n${inlinePictures}`;
	const known = checked.get(key);
	if (known && stamp !== null && known.stamp === stamp) return known.result;
	const result = readAndCheck(path, inlinePictures);
	if (stamp !== null) checked.set(key, { stamp, result });
	return result;
}

const checked = new Map<string, { stamp: string; result: ValidationResult }>();

function statSafe(path: string): string | null {
	try {
		const s = statSync(path);
		return `${s.mtimeMs} ${s.size}`;
	} catch {
		return null;
	}
}

function readAndCheck(path: string, inlinePictures: boolean): ValidationResult {
	const file = relative(process.cwd(), path) || path;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return {
			ok: false,
			errors: [{ file, where: 'story', field: 'file', message: `cannot read the story dataset. Check the path (STORY_DATA=${process.env.STORY_DATA ?? ''})` }]
		};
	}
	const result = validateStoryText(text, file);
	if (!result.ok) return result;
	const read = readStepFiles(result.story, path, file, inlinePictures);
	if (!read.ok) return read;
	// A theme's typefaces must be installed, with the weights the story sets.
	const { problems } = themeFaces(read.story);
	return problems.length ? { ok: false, errors: problems.map((p) => ({ file, where: 'story', field: p.field, message: p.message })) } : read;
}

/** The checked story, or an error listing every problem (see `checkStory`). */
export function loadStory(path = storyPath()): Story {
	const result = checkStory(path, isOffline());
	if (!result.ok) throw new Error(formatErrors(result.errors));
	return result.story;
}

/** Missing or stale translations stop the build and fail validation (`TRANSLATIONS=strict`): for desks that want every edition whole. */
export const strictTranslations = () => process.env.TRANSLATIONS === 'strict';

/** Whether this build makes the pseudo-locales' editions (`PSEUDO_LOCALES=1`: one of the tests' sites; see docs/translation.md). */
export const pseudoLocalesOn = () => process.env.PSEUDO_LOCALES === '1';

/** Editions turned off for a build (`EDITIONS_OFF=ar`, a comma-separated list): built as if they had no overlay. */
export const editionsOff = () =>
	new Set(
		(process.env.EDITIONS_OFF ?? '')
			.split(',')
			.map((l) => l.trim())
			.filter(Boolean)
	);

/** How many of an edition's texts are missing and stale, and what it has that the story does not. */
export interface EditionReport {
	/** The texts a reader sees (what the overlay should translate). */
	texts: number;
	missing: ValidationError[];
	stale: ValidationError[];
	leftOver: ValidationError[];
}

/**
 * A translated edition of the story found next to the dataset (`story.ar.json`), checked:
 * - `ok: true`: published, its missing texts in English (marked) and its stale ones as they are;
 * - `ok: false` with `errors`: refused, and the build stops (an overlay that cannot be read, or in
 *   strict mode a missing or stale text);
 * - `ok: false` with `leftOut` and no errors: not published, for the reason given (turned off, or
 *   nothing of this story translated: an overlay of another story).
 */
export type EditionStatus = { lang: TranslationLang; file: string } & (
	({ ok: true } & EditionReport) | { ok: false; errors: ValidationError[]; leftOut?: string; report?: EditionReport }
);

/** An edition as checked, with its overlay when it is published (loadStory.ts draws the story from it). */
export type EditionCheck = EditionStatus & ({ ok: true; translation: Translation } | { ok: false });

/**
 * The translations next to the dataset, each checked against the story (see `auditTranslation`). A
 * language with no overlay file has no edition.
 */
export function checkEditionFiles(path = storyPath(), strict = strictTranslations()): EditionCheck[] {
	const english = checkStory(path, isOffline());
	if (!english.ok) return [];
	const off = editionsOff();
	return translationLangs.flatMap((lang): EditionCheck[] => {
		const pseudo = (EDITION_LIST as readonly EditionInfo[]).find((e) => e.lang === lang)?.pseudo;
		if (pseudo) {
			// A pseudo-locale has no file: its overlay is made from the English, when the build asks for it.
			if (!pseudoLocalesOn() || off.has(lang)) return [];
			const known = pseudoEditions.get(english.story)?.get(lang);
			if (known) return [known];
			const file = `${relative(process.cwd(), path) || path} (pseudo-locale ${lang})`;
			const edition = editionOf(auditOverlay(pseudoOverlay(english.story, lang, pseudo), file, english.story, lang), file, lang, false);
			const byLang = pseudoEditions.get(english.story) ?? new Map<TranslationLang, EditionCheck>();
			pseudoEditions.set(english.story, byLang.set(lang, edition));
			return [edition];
		}
		const overlay = translationPath(path, lang);
		if (!existsSync(overlay)) return [];
		const file = relative(process.cwd(), overlay) || overlay;
		if (off.has(lang)) return [{ lang, file, ok: false, errors: [], leftOut: `turned off (EDITIONS_OFF=${process.env.EDITIONS_OFF})` }];
		// Checked again only when the overlay or the story has changed (a build asks once per page).
		const key = `${overlay}\n${statSafe(overlay)}\n${strict}`;
		const known = checkedEditions.get(key);
		if (known && known.story === english.story) return [known.edition];
		const edition = checkEdition(readFileSync(overlay, 'utf8'), file, english.story, lang, strict);
		checkedEditions.set(key, { story: english.story, edition });
		return [edition];
	});
}

/** One overlay set against the story (see `checkEditionFiles`). */
export function checkEdition(text: string, file: string, story: Story, lang: TranslationLang, strict = false): EditionCheck {
	return editionOf(auditTranslation(text, file, story, lang), file, lang, strict);
}

const pseudoEditions = new WeakMap<Story, Map<TranslationLang, EditionCheck>>();

function editionOf(result: AuditResult, file: string, lang: TranslationLang, strict: boolean): EditionCheck {
	if (!result.ok) return { lang, file, ok: false, errors: result.errors };
	const { units, missing, stale, leftOver, translation } = result.audit;
	const report: EditionReport = { texts: units.length, missing, stale, leftOver };
	if (strict && (missing.length || stale.length)) return { lang, file, ok: false, errors: [...missing, ...stale], report };
	if (!units.some((u) => u.id.startsWith('events.') && u.status !== 'missing'))
		return { lang, file, ok: false, errors: [], leftOut: 'it translates none of the story’s events (an overlay of another story?)', report };
	return { lang, file, ok: true, translation, ...report };
}

const checkedEditions = new Map<string, { story: Story; edition: EditionCheck }>();

/** How many texts of an edition are missing or stale, in a few words: "3 missing, 1 stale (of 240 texts)". */
export function editionCounts(r: EditionReport): string {
	const parts = [
		r.missing.length && `${r.missing.length} missing`,
		r.stale.length && `${r.stale.length} stale`,
		r.leftOver.length && `${r.leftOver.length} left over`
	].filter(Boolean);
	return parts.length ? `${parts.join(', ')} (of ${r.texts} texts)` : `every text translated (${r.texts} texts)`;
}

/**
 * The build's one line about an edition: published whole, published with the English for what is
 * missing, left out (and why), or refused.
 */
export function editionLine(e: EditionStatus): string {
	if (e.ok) {
		const whole = !e.missing.length && !e.stale.length;
		const english = e.missing.length ? '; the missing texts are shown in English, marked' : '';
		return `${e.lang} edition (${e.file}): ${editionCounts(e)}${whole ? '' : `: published${english}; \`npm run validate\` lists them`}`;
	}
	if (e.leftOut) return `${e.lang} edition (${e.file}): not built: ${e.leftOut}`;
	return `${e.lang} edition (${e.file}): refused: ${e.errors.length} problem(s)${e.report ? ' (TRANSLATIONS=strict)' : ''}`;
}
