/**
 * The story's languages: English, the dataset's own, and the translations an overlay gives it
 * (src/lib/data/translation.ts). What each needs beyond the story's words: its direction, how it
 * writes numbers and dates, and how link previews name it. English is written out here with no Intl
 * code (the first Intl formatter of a page loads locale data, ~60 ms of a slow phone's start-up, for
 * what is one regular expression); other languages live in modules of their own (`ar.ts`), which
 * only their pages import.
 */
import { ENGLISH_DATE_WORDS, type DateWords } from '../data/dates';
import type { TranslationLang } from '../data/translation';

export type Lang = 'en' | TranslationLang;

export interface Locale {
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** `og:locale`. */
	ogLocale: string;
	/** The language's name in itself, for the language switch. */
	name: string;
	/** "30,000" / "٣٠٬٠٠٠". */
	number: (n: number) => string;
	date: DateWords;
}

/** "30,000": thousands grouped with commas. */
function englishNumber(n: number): string {
	const [whole, fraction] = String(Math.abs(n)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export const en: Locale = { lang: 'en', dir: 'ltr', ogLocale: 'en_GB', name: 'English', number: englishNumber, date: ENGLISH_DATE_WORDS };
