/**
 * The translated editions' pages (`/ar/`, `/ar/present`, `/ar/embed/`): built for each language whose
 * translation next to the dataset is published (complete, or lagging with the English kept where a
 * text is missing: see loadStory.ts), and not for one that has none, is left out or refused (the build
 * says which, and why: vite.config.ts).
 */
import { error } from '@sveltejs/kit';
import type { TranslationLang } from './data/translation.ts';
import { formatErrors } from './data/validateTimeline.ts';
import { checkEditions } from './loadStory.ts';
import { storyPageData } from './storyPage.ts';

/** The editions to prerender: `[{ lang: 'ar' }]`, or none. */
export const editionEntries = () => checkEditions().filter((e) => e.ok).map((e) => ({ lang: e.lang }));

export function editionPageData(lang: TranslationLang) {
	const edition = checkEditions().find((e) => e.lang === lang);
	if (!edition) error(404, `No ${lang} edition: there is no translation next to the dataset`);
	// (During `npm run dev`: the overlay's problems, where the author looks.)
	if (!edition.ok) error(edition.errors.length ? 500 : 404, edition.errors.length ? formatErrors(edition.errors) : `No ${lang} edition: ${edition.leftOut}`);
	return { ...storyPageData(lang), lang };
}
