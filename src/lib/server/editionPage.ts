/**
 * The translated editions' pages (`/ar/`, `/ar/present`, `/ar/embed/`): built for each language that
 * has a complete translation next to the dataset (the build has refused an incomplete one), and not
 * at all for one that has none (the build says so: vite.config.ts).
 */
import { error } from '@sveltejs/kit';
import type { TranslationLang } from '../data/translation.ts';
import { checkEditions } from './loadStory.ts';
import { storyPageData } from './storyPage.ts';

/** The editions to prerender: `[{ lang: 'ar' }]`, or none. */
export const editionEntries = () => checkEditions().filter((e) => e.ok).map((e) => ({ lang: e.lang }));

export function editionPageData(lang: TranslationLang) {
	if (!editionEntries().some((e) => e.lang === lang)) error(404, `No ${lang} edition: there is no translation next to the dataset`);
	return { ...storyPageData(lang), lang };
}
