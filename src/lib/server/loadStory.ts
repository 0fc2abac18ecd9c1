/**
 * Reads and validates the story dataset from disk, at build time (prerender, the Vite plugin and
 * `npm run validate`). The browser never runs this: it receives the validated story as page data,
 * so zod stays out of the client bundle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatStoryDate } from '../data/dates.ts';
import { checkTranslation, localizeStory, translationLangs, translationPath, type ReviewWords, type TranslationLang } from '../data/translation.ts';
import { localeOf } from '../i18n/editions.ts';
import { STRINGS } from '../i18n/strings.all.ts';
import { formatErrors, validateStoryText, type ValidationError, type ValidationResult } from '../data/validateTimeline.ts';
import type { Story } from '../data/types.ts';
import { measurePictures } from './pictures.ts';

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
		return { ok: false, errors: [{ file, where: 'story', field: 'file', message: `cannot read the story dataset. Check the path (STORY_DATA=${process.env.STORY_DATA ?? ''})` }] };
	}
	const result = validateStoryText(text, file);
	return result.ok ? measurePictures(result.story, path, file, inlinePictures) : result;
}

/** The checked story, or an error listing every problem (see `checkStory`). */
export function loadStory(path = storyPath()): Story {
	const result = checkStory(path, process.env.OFFLINE === '1');
	if (!result.ok) throw new Error(formatErrors(result.errors));
	return result.story;
}

/** A translated edition of the story found next to the dataset (`story.ar.json`), checked. */
export type Edition = { lang: TranslationLang; file: string } & ({ ok: true; story: Story } | { ok: false; errors: ValidationError[] });

/**
 * The translations next to the dataset, each checked against the story (see `checkTranslation`) and,
 * when complete, the story in that language. A language with no overlay file has no edition.
 */
export function checkEditions(path = storyPath()): Edition[] {
	const english = checkStory(path, process.env.OFFLINE === '1');
	if (!english.ok) return [];
	return translationLangs.flatMap((lang) => {
		const overlay = translationPath(path, lang);
		if (!existsSync(overlay)) return [];
		// Checked again only when the overlay or the story has changed (a build asks once per page).
		const key = `${overlay}\n${statSafe(overlay)}`;
		const known = checkedEditions.get(key);
		if (known && known.story === english.story) return [known.edition];
		const file = relative(process.cwd(), overlay) || overlay;
		const result = checkTranslation(readFileSync(overlay, 'utf8'), file, english.story, lang);
		const edition: Edition = result.ok
			? { lang, file, ok: true, story: localizeStory(english.story, result.translation, reviewWords(lang)) }
			: { lang, file, ok: false, errors: result.errors };
		checkedEditions.set(key, { story: english.story, edition });
		return [edition];
	});
}

const checkedEditions = new Map<string, { story: Story; edition: Edition }>();

/** How an edition's credits say its translation's review, in its own words and dates. */
export function reviewWords(lang: TranslationLang): ReviewWords {
	const t = STRINGS[lang];
	return { reviewed: t.translationReviewed, draft: t.translationDraft, date: (iso) => formatStoryDate(iso, localeOf(lang).date) };
}
