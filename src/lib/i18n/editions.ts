/**
 * The translated editions' ways of writing, from their line in the editions list (langs.ts): right
 * to left or not, and numbers and dates through Intl with the edition's locale (`ar-IQ-u-nu-arab`:
 * Arabic-Indic digits, ٬ between thousands, and the month names of Iraq and the Levant, كانون الثاني،
 * شباط، آذار…, as Iraqi and Syrian newspapers print them). Fetched by a translated edition's pages only
 * (`pageLocale.ts`, with `import()`), and imported by the build and the scripts, so the English pages
 * never load Intl code. The one word in a date, "about" before an approximate one, is the edition's (its strings
 * file's `about`), so it comes with the page's words: `editionLocale`.
 */
import type { UiStrings } from './strings';
import { EDITION_LIST, type EditionInfo, type TranslationLang } from './langs';
import { en, listsOf, type Lang, type Locale, type LocaleBase } from './locale';
import { pseudoText } from './pseudo';

/** Each formatter is made when first asked for (making one loads locale data: tens of ms on a slow phone). */
const lazy = <T>(make: () => T) => {
	let made: T | undefined;
	return () => (made ??= make());
};

/**
 * A language's numbers, dates, plurals and lists, written by Intl in its locale. A pseudo-locale's
 * words (its months' names, the "and" of its lists) go through its transform, as its strings do.
 */
export function intlLocale(info: EditionInfo, about = '{date}'): LocaleBase {
	const numbers = lazy(() => new Intl.NumberFormat(info.intl, { maximumFractionDigits: 20 }));
	const years = lazy(() => new Intl.DateTimeFormat(info.intl, { year: 'numeric', timeZone: 'UTC' }));
	const months = lazy(() => new Intl.DateTimeFormat(info.intl, { month: 'long', timeZone: 'UTC' }));
	const shortMonths = lazy(() => new Intl.DateTimeFormat(info.intl, { month: 'short', timeZone: 'UTC' }));
	const days = lazy(() => new Intl.NumberFormat(info.intl, { useGrouping: false }));
	const plurals = lazy(() => new Intl.PluralRules(info.intl));
	const pseudo = info.pseudo;
	const words = pseudo ? (text: string) => pseudoText(text, pseudo) : (text: string) => text;
	const monthOf = (m: number) => new Date(Date.UTC(2000, m - 1, 1));
	return {
		lang: info.lang as TranslationLang,
		dir: info.dir,
		number: (n) => numbers().format(n),
		date: {
			year: (y) => years().format(new Date(Date.UTC(y, 0, 1))),
			month: (m) => words(months().format(monthOf(m))),
			// (The pseudo-locales are English: their axis has English's short months.)
			...(pseudo ? { monthShort: (m: number) => words(shortMonths().format(monthOf(m))) } : {}),
			day: (d) => days().format(d),
			about
		},
		plural: (n) => plurals().select(n),
		...listsOf(info.intl, words)
	};
}

/** Each edition's ways of writing, without its words. */
export const EDITIONS = Object.fromEntries(EDITION_LIST.map((e) => [e.lang, intlLocale(e)])) as Record<TranslationLang, LocaleBase>;

/** An edition's language with its words (page data): what its pages draw with. */
export function editionLocale(lang: TranslationLang, t: UiStrings): Locale {
	const base = EDITIONS[lang];
	return { ...base, date: { ...base.date, about: t.about }, t };
}

/** Any language, the English included, with its words (for the build's pages: step pages, cards; and the PowerPoint). */
export const localeOf = (lang: Lang, t: UiStrings): Locale => (lang === 'en' ? { ...en, t } : editionLocale(lang, t));
