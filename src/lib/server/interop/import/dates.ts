/**
 * Step 3: dates. A TimelineJS date object at the precision it gives (a year stays a year), numbers
 * given as strings read, times of day noted and dropped (story dates are days, months or years); a
 * slide's display date kept where it says more than its dates; the events put in date order.
 *
 *   isoDate({ year: '2019', month: 3 }, 'events[0]', 'start_date', notes) // → '2019-03'
 */
import { eventSpan, formatEventDate, parseStoryDate } from '../../../model/dates';
import { ImportError, str, type Notes, type RawSlide } from './basics';

const DATE_PARTS = ['year', 'month', 'day'] as const;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DROPPED = 'not carried: story dates are days, months or years';

/** A TimelineJS date object as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision it gives. */
export function isoDate(value: unknown, where: string, field: string, notes: Notes): string {
	if (!value || typeof value !== 'object') throw new ImportError(`${where}: no ${field}; every slide needs at least a year`);
	const d = value as RawSlide;
	const part = (k: string): number | undefined => {
		const v = d[k];
		if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
		const n = typeof v === 'number' ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : NaN;
		if (!Number.isInteger(n)) throw new ImportError(`${where}: ${field}.${k} "${String(v)}" is not a whole number`);
		return n;
	};
	const [year, month, day] = DATE_PARTS.map(part);
	if (year === undefined) throw new ImportError(`${where}: ${field} has no year; every slide needs at least a year`);
	if (year < 100 || year > 9999) throw new ImportError(`${where}: ${field}.year ${year} is outside the years a story date can hold (100 to 9999, no BCE)`);
	if (day !== undefined && month === undefined) throw new ImportError(`${where}: ${field} has a day (${day}) but no month`);
	if (month !== undefined && (month < 1 || month > 12)) throw new ImportError(`${where}: ${field} is impossible: there is no month ${month}`);
	if (day !== undefined && (day < 1 || day > daysIn(year, month!)))
		throw new ImportError(`${where}: ${field} is impossible: ${year}-${month} has no day ${day}`);
	if (str(d.time).trim()) notes.add(where, `${field}.time`, DROPPED);
	for (const k of TIME_PARTS) if (part(k) !== undefined) notes.add(where, `${field}.${k}`, DROPPED);
	if (str(d.display_date)) notes.add(where, `${field}.display_date`, 'not carried: the slide’s display_date is used');
	// A part of a year this app exported (`edtf: "2026-33"`, see toTimelineJS) comes back as that part.
	const edtf = str(d.edtf).trim();
	const exported = edtf ? parseStoryDate(edtf) : null;
	if (exported?.precision === 'part' && exported.year === year && month === undefined) return edtf;
	const pad = (n: number) => String(n).padStart(2, '0');
	return [String(year).padStart(4, '0'), month && pad(month), day && pad(day)].filter(Boolean).join('-');
}

/** An end date that says nothing (`{}`, `{"year": ""}`, absent): TimelineJS reads it as none. */
export const isEmptyDate = (d: unknown) =>
	d === undefined || d === null || (typeof d === 'object' && Object.values(d as RawSlide).every((v) => v === '' || v === null || v === undefined));

/** A slide's start and end dates; an end the same as the start, or saying nothing, is none. */
export function slideDates(slide: RawSlide, where: string, notes: Notes): { date: string; endDate?: string } {
	const date = isoDate(slide.start_date, where, 'start_date', notes);
	let endDate = isEmptyDate(slide.end_date) ? undefined : isoDate(slide.end_date, where, 'end_date', notes);
	if (endDate === date) endDate = undefined;
	if (endDate && eventSpan(endDate)[1] <= eventSpan(date)[0]) throw new ImportError(`${where}: end_date ${endDate} comes before start_date ${date}`);
	return { date, ...(endDate ? { endDate } : {}) };
}

/**
 * What a slide's display date adds to its dates: "c. 2019" (the dates as shown, marked approximate)
 * makes the event approximate; any other wording that is not the dates as shown is its date label.
 */
export function displayDate(shown: string, dates: { date: string; endDate?: string }): { approximate?: true; dateLabel?: string } {
	const formatted = formatEventDate(dates);
	if (shown === `c. ${formatted}`) return { approximate: true };
	return shown && shown !== formatted ? { dateLabel: shown } : {};
}

/**
 * Events in chronological order, as the story requires: no event wholly before the one above it. A
 * file in that order keeps its order (a "2026" may follow a "21 January 2026"); otherwise events are
 * sorted by start, then end, then file order, and every move is noted.
 */
export function chronological<E extends { where: string; index: number; event: { date: string; endDate?: string } }>(events: E[], notes: Notes): E[] {
	const spans = new Map(events.map((e) => [e, eventSpan(e.event.date, e.event.endDate)]));
	const inOrder = events.every((e, i) => i === 0 || spans.get(e)![1] > spans.get(events[i - 1])![0]);
	const sorted = inOrder
		? events
		: [...events].sort((a, b) => {
				const [sa, ea] = spans.get(a)!;
				const [sb, eb] = spans.get(b)!;
				return sa.getTime() - sb.getTime() || ea.getTime() - eb.getTime() || a.index - b.index;
			});
	sorted.forEach((e, i) => {
		if (e.index !== i) notes.add(e.where, 'start_date', `out of date order: now step ${i + 1} of ${sorted.length}`);
	});
	return sorted;
}
