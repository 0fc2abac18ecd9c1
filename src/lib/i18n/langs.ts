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
 *
 * A line with `pseudo` is a pseudo-locale (src/lib/i18n/pseudo.ts): an edition made from the English
 * for the tests, its story and words generated, never written. It is built only when the build is
 * asked for it (`PSEUDO_LOCALES=1`), is never offered to translators, and no other edition links to
 * it, names it to search engines or lists it in the sitemap.
 */
import type { PseudoKind } from './pseudo';

export interface EditionInfo {
	lang: string;
	dir: 'ltr' | 'rtl';
	intl: string;
	ogLocale: string;
	officeLang: string;
	/** The family its text is set in, when not the story's Latin faces; its files are @fontsource's, named after it. */
	typeface?: string;
	/** A pseudo-locale: how its texts are made from the English. */
	pseudo?: PseudoKind;
}

export const EDITION_LIST = [
	{ lang: 'ar', dir: 'rtl', intl: 'ar-IQ-u-nu-arab', ogLocale: 'ar_IQ', officeLang: 'ar-IQ', typeface: 'Noto Naskh Arabic' },
	// Pseudo-locales, for the tests only (PSEUDO_LOCALES=1): accented and 40% longer; right to left.
	{ lang: 'en-XA', dir: 'ltr', intl: 'en-GB', ogLocale: 'en_XA', officeLang: 'en-GB', pseudo: 'accented' },
	{ lang: 'ar-XB', dir: 'rtl', intl: 'en-GB', ogLocale: 'ar_XB', officeLang: 'ar-SA', pseudo: 'rtl' }
] as const satisfies readonly EditionInfo[];

export type TranslationLang = (typeof EDITION_LIST)[number]['lang'];

/** The editions a story can have, and so their address segments (`/ar/`, and the tests' `/en-XA/`). */
export const translationLangs = EDITION_LIST.map((e) => e.lang) as unknown as readonly [TranslationLang, ...TranslationLang[]];

/** An edition's line. */
export const editionInfo = (lang: TranslationLang): EditionInfo => EDITION_LIST.find((e) => e.lang === lang)!;

/** Whether an edition is a pseudo-locale (made for the tests from the English, not translated). */
export const isPseudoLang = (lang: string): boolean => EDITION_LIST.some((e) => e.lang === lang && 'pseudo' in e);

/** The languages translators translate into (what `npm run translations` and `validate` offer): every edition but the pseudo-locales. */
export const translatableLangs = translationLangs.filter((l) => !isPseudoLang(l));
