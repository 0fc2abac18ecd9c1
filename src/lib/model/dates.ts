/**
 * Dates at the precision the source supports. A story date is ISO 8601 text: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`, or a part of a year in ISO 8601-2's sub-year groupings: `YYYY-33` to `YYYY-36` for
 * its quarters, `YYYY-40` and `YYYY-41` for its halves ("early 2026" is `2026-33`, January to March:
 * a reporter's "early" said as a span the axis can draw, not as all of 2026). We never turn "2017"
 * into a fake 1 January: every date is a range [start, end) in UTC, and labels say only what the
 * source says ("2017", "March 2019", "21 January 2026", "January–March 2026").
 */

export type Precision = 'year' | 'part' | 'month' | 'day';

export interface StoryDate {
	precision: Precision;
	year: number;
	/** 1–12, present for month and day precision; a part's first month. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
	/** A part of a year's length in months (3 for a quarter, 6 for a half). */
	months?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** ISO 8601-2 sub-year groupings the story reads: its quarters and halves, as [first month, months]. */
const PARTS: Record<number, [number, number]> = { 33: [1, 3], 34: [4, 3], 35: [7, 3], 36: [10, 3], 40: [1, 6], 41: [7, 6] };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including 2019-13-45. */
export function parseStoryDate(text: string): StoryDate | null {
	const m = ISO.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return { precision: 'year', year };
	const month = Number(m[2]);
	if (m[3] === undefined && PARTS[month]) return { precision: 'part', year, month: PARTS[month][0], months: PARTS[month][1] };
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return { precision: 'month', year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { precision: 'day', year, month, day };
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First instant the date can mean (UTC). */
export function dateStart(d: StoryDate): Date {
	return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** First instant after the date (UTC, exclusive): a year-precision date ends on 1 January next year. */
export function dateEnd(d: StoryDate): Date {
	if (d.precision === 'year') return new Date(Date.UTC(d.year + 1, 0, 1));
	if (d.precision === 'part') return new Date(Date.UTC(d.year, d.month! - 1 + d.months!, 1));
	if (d.precision === 'month') return new Date(Date.UTC(d.year, d.month!, 1));
	return new Date(Date.UTC(d.year, d.month! - 1, d.day! + 1));
}

/** The span an event covers: from the start of `date` to the end of `endDate` (or of `date`). */
export function eventSpan(date: string, endDate?: string): [Date, Date] {
	const start = parseStoryDate(date);
	if (!start) throw new Error(`Not a story date: "${date}"`);
	const end = endDate === undefined ? start : parseStoryDate(endDate);
	if (!end) throw new Error(`Not a story date: "${endDate}"`);
	return [dateStart(start), dateEnd(end)];
}

/**
 * The words a language writes dates with: the year, a month's name, a day, and the word for "about"
 * before an approximate date. English is written out here; other languages bring theirs
 * (src/lib/i18n/, from Intl), so the English page carries no Intl code.
 */
export interface DateWords {
	year: (year: number) => string;
	month: (month: number) => string;
	/** A month's name where room is short (the time axis); the full name if the language has none. */
	monthShort?: (month: number) => string;
	day: (day: number) => string;
	/** An approximate date, `{date}` the date: "c. {date}". */
	about: string;
}

export const ENGLISH_DATE_WORDS: DateWords = {
	year: String,
	month: (m) => MONTHS[m - 1],
	monthShort: (m) => MONTHS[m - 1].slice(0, 3),
	day: String,
	about: 'c. {date}'
};

/** "2017", "March 2019", "21 January 2026"; in another language, the same precision in its words. */
export function formatStoryDate(text: string, w: DateWords = ENGLISH_DATE_WORDS): string {
	const d = parseStoryDate(text);
	if (!d) return text;
	if (d.precision === 'year') return w.year(d.year);
	if (d.precision === 'part') return `${w.month(d.month!)}–${w.month(d.month! + d.months! - 1)} ${w.year(d.year)}`;
	if (d.precision === 'month') return `${w.month(d.month!)} ${w.year(d.year)}`;
	return `${w.day(d.day!)} ${w.month(d.month!)} ${w.year(d.year)}`;
}

/**
 * The label a reader sees for an event's date: an editor's `dateLabel` ("Late 2025") wins, then a
 * range ("2019–2025", "January–March 2026"), said as "c. 2019" when the date is approximate. In another
 * language, the same in its words (the editor's label is then the translation's).
 */
export function formatEventDate(
	e: {
		date: string;
		endDate?: string;
		approximate?: boolean;
		dateLabel?: string;
	},
	w: DateWords = ENGLISH_DATE_WORDS
): string {
	if (e.dateLabel) return e.dateLabel;
	let label = formatStoryDate(e.date, w);
	if (e.endDate) {
		const a = parseStoryDate(e.date);
		const b = parseStoryDate(e.endDate);
		if (a && b && a.precision === 'month' && b.precision === 'month' && a.year === b.year) {
			label = `${w.month(a.month!)}–${formatStoryDate(e.endDate, w)}`;
		} else {
			label = `${label}–${formatStoryDate(e.endDate, w)}`;
		}
	}
	return e.approximate ? w.about.replace('{date}', label) : label;
}
