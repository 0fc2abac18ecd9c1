/**
 * The story's translated editions, listed once: everything else (the router's `/ar/` segment, the
 * overlay `story.ar.json` the build and the scripts look for, the interface's words, numbers and
 * dates, link previews' locale, the PowerPoint's language and typefaces, the offline file's faces,
 * the language switch) is derived from this list. A language is:
 *
 * 1. its overlay next to the dataset, `timeline-data/story.<lang>.json` (`npm run translations`);
 * 2. its strings file, `src/lib/i18n/strings.<lang>.ts`, exporting `<LANG>` (the interface's words,
 *    `UiStrings`, its own name and its word for "about" included) and `<LANG>_SLIDES`;
 * 3. one line here.
 *
 * A line says what no words file can: its direction; the Intl locale that writes its numbers and
 * dates (with the digits asked for by name, `-u-nu-…`: a bare locale's default has changed between
 * versions of the locale data); how link previews name it (`og:locale`); its language tag in Office
 * files; and its typeface, when it is not in the story's Latin faces (the typeface's own styles, its
 * @font-face rules, are a stylesheet of their own: src/lib/styles/arabic.css). No words: the router
 * brings this module to the browser. To leave an edition out of a build, see docs/translation.md.
 */
export interface EditionInfo {
	lang: string;
	dir: 'ltr' | 'rtl';
	intl: string;
	ogLocale: string;
	officeLang: string;
	/** The family its text is set in, when not the story's Latin faces; its files are @fontsource's, named after it. */
	typeface?: string;
}

export const EDITION_LIST = [
	{ lang: 'ar', dir: 'rtl', intl: 'ar-IQ-u-nu-arab', ogLocale: 'ar_IQ', officeLang: 'ar-IQ', typeface: 'Noto Naskh Arabic' }
] as const satisfies readonly EditionInfo[];

export type TranslationLang = (typeof EDITION_LIST)[number]['lang'];

/** The languages a story can be translated into, and so the editions' address segments (`/ar/`). */
export const translationLangs = EDITION_LIST.map((e) => e.lang) as unknown as readonly [TranslationLang, ...TranslationLang[]];

/** An edition's line. */
export const editionInfo = (lang: TranslationLang): EditionInfo => EDITION_LIST.find((e) => e.lang === lang)!;
