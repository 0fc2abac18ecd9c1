/**
 * The story's languages: English, the dataset's own, and the translations an overlay gives it
 * (src/lib/server/data/translation.ts). What each needs beyond the story's words: its direction, how it
 * writes numbers and dates, and how link previews name it. English numbers, dates and lists are
 * written out here with no Intl code (the first Intl formatter of a page loads locale data, ~60 ms of
 * a slow phone's start-up, for what is one regular expression). The other languages write theirs
 * through Intl (editions.ts), which only their pages import.
 */
import { ENGLISH_DATE_WORDS, type DateWords } from '../model/dates.ts';
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
	/** Items joined as the language joins a list (Intl.ListFormat): "A, B and C", "A, B or C"; "أ وب وج". */
	list: (items: string[], type?: ListType) => string;
	/** The same as parts, for a page that draws each item with markup of its own. */
	listParts: <T>(items: T[], type?: ListType) => ListPart<T>[];
}

/** A list of things ("and") or of alternatives ("or"). */
export type ListType = 'conjunction' | 'disjunction';
/** A list's parts in order: its items, and the words and punctuation between them. */
export type ListPart<T> = { item: T } | { text: string };

/**
 * A language's lists, joined by Intl.ListFormat in its locale `intl`; `literal` rewrites the words
 * between the items (a pseudo-locale's: src/lib/i18n/pseudo.ts). A list of one item needs no
 * formatter, so none is made for it (making one loads locale data).
 */
export function listsOf(intl: string, literal: (text: string) => string = (text) => text): Pick<LocaleBase, 'list' | 'listParts'> {
	const formats = new Map<ListType, Intl.ListFormat>();
	const format = (type: ListType) => formats.get(type) ?? formats.set(type, new Intl.ListFormat(intl, { type })).get(type)!;
	const listParts = <T>(items: T[], type: ListType = 'conjunction'): ListPart<T>[] => {
		if (items.length < 2) return items.map((item) => ({ item }));
		let next = 0;
		return format(type)
			.formatToParts(items.map((_, i) => String(i)))
			.map((p) => (p.type === 'element' ? { item: items[next++] } : { text: literal(p.value) }));
	};
	return withList(listParts);
}

/** A language's `list`, from its `listParts`. */
function withList(listParts: LocaleBase['listParts']): Pick<LocaleBase, 'list' | 'listParts'> {
	return {
		listParts,
		list: (items, type) =>
			listParts(items, type)
				.map((p) => ('item' in p ? p.item : p.text))
				.join('')
	};
}

/**
 * British English's lists, "A, B and C" (no comma before "and"), written out with no Intl code, as
 * its numbers are: making an Intl.ListFormat loads locale data, measured at 90 ms of the reading
 * page's start-up on a 4× slower CPU. The parts are Intl.ListFormat('en-GB')'s (a unit test holds them
 * equal).
 */
export function englishListParts<T>(items: T[], type: ListType = 'conjunction'): ListPart<T>[] {
	const last = type === 'conjunction' ? ' and ' : ' or ';
	return items.flatMap((item, i) => (i === 0 ? [{ item }] : [{ text: i === items.length - 1 ? last : ', ' }, { item }]));
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
	plural: (n) => (n === 1 ? 'one' : 'other'),
	...withList(englishListParts)
};
