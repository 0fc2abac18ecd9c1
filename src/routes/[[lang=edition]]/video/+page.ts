import { pageLocale } from '$lib/i18n/pageLocale';
import type { PageLoad } from './$types';

/** The page's language: its server data's `lang` and words, with that edition's ways of writing. */
export const load = (async ({ data }) => ({ ...data, locale: await pageLocale(data.lang, data.strings) })) satisfies PageLoad;
