/**
 * Arabic: right to left; Arabic-Indic digits (٠١٢٣…, ٬ grouping thousands) and the month names of
 * Iraq and the Levant (كانون الثاني، شباط، آذار…), as Iraqi and Syrian newspapers print them,
 * everywhere a number or a date is written: text, axis, unit labels, tables. Both through Intl with
 * the locale `ar-IQ`; the digits are asked for by name (`nu-arab`) because the bare `ar` locale's
 * default has changed between versions of the locale data (Node 20's writes 0–9). The translated
 * text in the dataset (timeline-data/story.ar.json) uses the same digits. Only the Arabic pages
 * import this module.
 */
import type { LocaleBase } from './locale';

const INTL = 'ar-IQ-u-nu-arab';

/** Each formatter is made when first asked for (making one loads locale data: tens of ms on a slow phone). */
const lazy = <T>(make: () => T) => {
	let made: T | undefined;
	return () => (made ??= make());
};
const numbers = lazy(() => new Intl.NumberFormat(INTL, { maximumFractionDigits: 20 }));
const years = lazy(() => new Intl.DateTimeFormat(INTL, { year: 'numeric', timeZone: 'UTC' }));
const months = lazy(() => new Intl.DateTimeFormat(INTL, { month: 'long', timeZone: 'UTC' }));
const days = lazy(() => new Intl.NumberFormat(INTL, { useGrouping: false }));
const plurals = lazy(() => new Intl.PluralRules('ar'));

export const ar: LocaleBase = {
	lang: 'ar',
	dir: 'rtl',
	number: (n) => numbers().format(n),
	date: {
		year: (y) => years().format(new Date(Date.UTC(y, 0, 1))),
		month: (m) => months().format(new Date(Date.UTC(2000, m - 1, 1))),
		day: (d) => days().format(d),
		about: 'نحو'
	},
	plural: (n) => plurals().select(n)
};
