/**
 * A story page's language, from its page data (`lang` and the interface's words): the English's
 * ways of writing are plain code; a translated edition's come through Intl (`editions.ts`), fetched
 * only by that edition's pages, so the English pages never load it.
 */
import type { UiStrings } from './strings';
import { en, type Lang, type Locale } from './locale';

export async function pageLocale(lang: Lang, t: UiStrings): Promise<Locale> {
	if (lang === 'en') return { ...en, t };
	const { editionLocale } = await import('./editions');
	return editionLocale(lang, t);
}
