/**
 * The pages of every edition (`/`, `/present`, `/embed/`; `/ar/`, `/ar/present`, `/ar/embed/`…), one
 * route tree for all (`src/routes/[[lang=edition]]/`): the English at the site's root, and each
 * language whose translation next to the dataset is published (complete, or lagging with the English
 * kept where a text is missing: see loadStory.ts) under its code, and not one that has none, is left
 * out or refused (the build says which, and why: vite.config.ts).
 */
import { error } from '@sveltejs/kit';
import type { TranslationLang } from './data/translation.ts';
import { formatErrors } from './data/validateTimeline.ts';
import { isPseudoLang } from '../i18n/langs.ts';
import type { Lang } from '../i18n/locale.ts';
import { checkEditions } from './loadStory.ts';
import { storyPageData } from './storyPage.ts';

/** The editions to prerender: the English (`{}`, the site's root), then `{ lang: 'ar' }` for each published translation. */
export const editionEntries = (): { lang?: TranslationLang }[] => [{}, ...checkEditions().filter((e) => e.ok).map((e) => ({ lang: e.lang }))];

/** The same, without the tests' pseudo-locales (for what is shared: share cards). */
export const sharedEditionEntries = () => editionEntries().filter(({ lang }) => !lang || !isPseudoLang(lang));

/** A page's edition from its address: no segment is the English. */
export function editionLang(lang: TranslationLang | undefined): Lang {
	if (!lang) return 'en';
	const edition = checkEditions().find((e) => e.lang === lang);
	if (!edition) error(404, `No ${lang} edition: there is no translation next to the dataset`);
	// (During `npm run dev`: the overlay's problems, where the author looks.)
	if (!edition.ok) error(edition.errors.length ? 500 : 404, edition.errors.length ? formatErrors(edition.errors) : `No ${lang} edition: ${edition.leftOut}`);
	return lang;
}

/** The data of a page that draws the story, in the edition its address names. */
export function editionPageData(param: TranslationLang | undefined) {
	const lang = editionLang(param);
	return { ...storyPageData(lang), lang };
}
