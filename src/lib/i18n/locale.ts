/**
 * The story's languages: English, the dataset's own, and the translations an overlay gives it
 * (src/lib/data/translation.ts). What each needs beyond the story's words: its direction, how it
 * writes numbers and dates, and how link previews name it. English is written out here with no Intl
 * code (the first Intl formatter of a page loads locale data, ~60 ms of a slow phone's start-up, for
 * what is one regular expression); the other languages write theirs through Intl (editions.ts), which
 * only their pages import.
 */
import { ENGLISH_DATE_WORDS, type DateWords } from '../data/dates.ts';
import type { TranslationLang } from './langs';
import type { UiStrings } from './strings';

export type Lang = 'en' | TranslationLang;

/**
 * A language's ways of writing, without its words (which a page receives as data: strings.ts). What
 * only the build needs (how link previews name the locale, the language's own name) is not here but
 * in the server's tables (src/hooks.server.ts; the language's own name is in its strings), so no script carries it.
 */
export interface LocaleBase {
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** "30,000" / "٣٠٬٠٠٠". */
	number: (n: number) => string;
	date: DateWords;
	/** The plural category of a number (English: one or other; Arabic: six). */
	plural: (n: number) => Intl.LDMLPluralRule;
}

/** A language, words and all: what views and the visuals' text functions are given. */
export type Locale = LocaleBase & { t: UiStrings };

/** "30,000": thousands grouped with commas. */
function englishNumber(n: number): string {
	const [whole, fraction] = String(Math.abs(n)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Where a language's pages are, under the site's address: '' for the English, `ar/` for the Arabic. */
export const editionPath = (lang: Lang) => (lang === 'en' ? '' : `${lang}/`);

export const en: LocaleBase = {
	lang: 'en',
	dir: 'ltr',
	number: englishNumber,
	date: ENGLISH_DATE_WORDS,
	plural: (n) => (n === 1 ? 'one' : 'other')
};
