/**
 * The story's pages in each edition (`/`, `/present/`, `/embed/`; `/ar/`, `/ar/present/`, `/ar/embed/`:
 * one route tree, `src/routes/[[lang=edition]]/`): the English always, and each language whose
 * translation next to the dataset is published (complete, or lagging with the English kept where a
 * text is missing: see loadStory.ts), not one that has none, is left out or refused (the build says
 * which, and why: vite.config.ts).
 */
import { error } from '@sveltejs/kit';
import type { TranslationLang } from './data/translation.ts';
import type { Lang } from '../i18n/locale.ts';
import { formatErrors } from './data/validateTimeline.ts';
import { checkEditions } from './loadStory.ts';
import { storyPageData } from './storyPage.ts';

/** The translated editions to prerender: `[{ lang: 'ar' }]`, or none (the English's pages are found without). */
export const editionEntries = () =>
	checkEditions()
		.filter((e) => e.ok)
		.map((e) => ({ lang: e.lang }));

/** A story page's data in its edition's language (`lang` absent: the English). */
export function editionPageData(lang: TranslationLang | undefined): ReturnType<typeof storyPageData> & { lang: Lang } {
	if (!lang) return { ...storyPageData(), lang: 'en' };
	const edition = checkEditions().find((e) => e.lang === lang);
	if (!edition) error(404, `No ${lang} edition: there is no translation next to the dataset`);
	// (During `npm run dev`: the overlay's problems, where the author looks.)
	if (!edition.ok) error(edition.errors.length ? 500 : 404, edition.errors.length ? formatErrors(edition.errors) : `No ${lang} edition: ${edition.leftOut}`);
	return { ...storyPageData(lang), lang };
}
