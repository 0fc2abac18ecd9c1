/**
 * The languages a story can be translated into (an overlay next to the dataset, src/lib/data/
 * translation.ts), and so the editions' address segments (`/ar/`). A module of its own, without the
 * overlay's schema, because the router matches these segments in the browser.
 */
export const translationLangs = ['ar'] as const;
export type TranslationLang = (typeof translationLangs)[number];
