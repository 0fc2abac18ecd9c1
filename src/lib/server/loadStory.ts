/**
 * The story and its translated editions as the pages and the scripts read them: the checks of
 * storyFiles.ts (re-exported here), and each published edition's story in its language, its credits
 * closed by the translation's review in the edition's own words (`reviewWords`, from its strings file).
 * The browser never runs this.
 */
import { formatStoryDate } from '../model/dates.ts';
import { localizeStory, type ReviewWords, type TranslationLang } from './data/translation.ts';
import type { Story } from '../model/types.ts';
import { editionLocale } from '../i18n/editions.ts';
import { STRINGS } from './strings.all.ts';
import { isOffline } from './buildMode.ts';
import { checkEdition, checkEditionFiles, checkStory, storyPath, strictTranslations, type EditionCheck, type EditionStatus } from './storyFiles.ts';

export * from './storyFiles.ts';

/** A checked edition (see `EditionStatus`); a published one with the story in its language. */
export type Edition = EditionStatus & ({ ok: true; story: Story } | { ok: false });

/**
 * The translations next to the dataset, each checked against the story (see `checkEditionFiles`):
 * the story in that language, the English kept (and marked) where a text is missing. A language
 * with no overlay file has no edition.
 */
export function checkEditions(path = storyPath(), strict = strictTranslations()): Edition[] {
	const english = checkStory(path, isOffline());
	if (!english.ok) return [];
	return checkEditionFiles(path, strict).map((e) => withStory(e, english.story));
}

/** One overlay set against the story (see `checkEditions`). */
export function readEdition(text: string, file: string, story: Story, lang: TranslationLang, strict = false): Edition {
	return withStory(checkEdition(text, file, story, lang, strict), story);
}

/** An edition as checked, with its story drawn once per check (the checks are kept while their files are unchanged). */
function withStory(e: EditionCheck, english: Story): Edition {
	if (!e.ok) return e;
	const known = drawn.get(e);
	if (known?.english === english) return known.edition;
	const { translation, ...checked } = e;
	const edition: Edition = { ...checked, story: localizeStory(english, translation, reviewWords(e.lang)) };
	drawn.set(e, { english, edition });
	return edition;
}

const drawn = new WeakMap<EditionCheck, { english: Story; edition: Edition }>();

/** How an edition's credits say its translation's review, in its own words and dates. */
export function reviewWords(lang: TranslationLang): ReviewWords {
	const t = STRINGS[lang];
	return { reviewed: t.translationReviewed, draft: t.translationDraft, date: (iso) => formatStoryDate(iso, editionLocale(lang, t).date) };
}
