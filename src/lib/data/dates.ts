/**
 * Dates at the precision the source supports. A story date is ISO 8601 text: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. We never turn "2017" into a fake 1 January: every date is a range [start, end) in UTC,
 * and labels say only what the source says ("2017", "March 2019", "21 January 2026").
 */

export type Precision = 'year' | 'month' | 'day';

export interface StoryDate {
	precision: Precision;
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including 2019-13-45. */
export function parseStoryDate(text: string): StoryDate | null {
	const m = ISO.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return { precision: 'year', year };
	const month = Number(m[2]);
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

/** "2017", "March 2019", "21 January 2026". */
export function formatStoryDate(text: string): string {
	const d = parseStoryDate(text);
	if (!d) return text;
	if (d.precision === 'year') return String(d.year);
	if (d.precision === 'month') return `${MONTHS[d.month! - 1]} ${d.year}`;
	return `${d.day} ${MONTHS[d.month! - 1]} ${d.year}`;
}

/**
 * The label a reader sees for an event's date: an editor's `dateLabel` ("Late 2025") wins, then a
 * range ("2019–2025", "January–March 2026"), prefixed "c." when the date is approximate.
 */
export function formatEventDate(e: {
	date: string;
	endDate?: string;
	approximate?: boolean;
	dateLabel?: string;
}): string {
	if (e.dateLabel) return e.dateLabel;
	let label = formatStoryDate(e.date);
	if (e.endDate) {
		const a = parseStoryDate(e.date);
		const b = parseStoryDate(e.endDate);
		if (a && b && a.precision === 'month' && b.precision === 'month' && a.year === b.year) {
			label = `${MONTHS[a.month! - 1]}–${formatStoryDate(e.endDate)}`;
		} else {
			label = `${label}–${formatStoryDate(e.endDate)}`;
		}
	}
	return e.approximate ? `c. ${label}` : label;
}

