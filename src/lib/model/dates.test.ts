import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, eventSpan, formatEventDate, formatStoryDate, parseStoryDate } from './dates';

describe('parseStoryDate', () => {
	it.each([
		['2017', { precision: 'year', year: 2017 }],
		['2019-03', { precision: 'month', year: 2019, month: 3 }],
		['2026-01-21', { precision: 'day', year: 2026, month: 1, day: 21 }],
		['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
		// ISO 8601-2 parts of a year: a quarter, a half.
		['2026-33', { precision: 'part', year: 2026, month: 1, months: 3 }],
		['2026-36', { precision: 'part', year: 2026, month: 10, months: 3 }],
		['2026-41', { precision: 'part', year: 2026, month: 7, months: 6 }]
	])('reads %s at its precision', (text, expected) => {
		expect(parseStoryDate(text)).toEqual(expected);
	});

	it.each([
		'2019-13-45',
		'2019-13',
		'2019-02-30',
		'2025-02-29',
		'2019-00',
		'19',
		'2019/03/01',
		'March 2019',
		'',
		'2019-3-1',
		'2026-37',
		'2026-21',
		'2026-33-01'
	])('refuses %j', (text) => {
		expect(parseStoryDate(text)).toBeNull();
	});
});

describe('date spans never invent a day', () => {
	it('a year covers the whole year', () => {
		const d = parseStoryDate('2017')!;
		expect(dateStart(d).toISOString()).toBe('2017-01-01T00:00:00.000Z');
		expect(dateEnd(d).toISOString()).toBe('2018-01-01T00:00:00.000Z');
	});
	it('a month covers the whole month, December included', () => {
		expect(eventSpan('2025-12').map((d) => d.toISOString())).toEqual(['2025-12-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
	});
	it('a day covers one day', () => {
		expect(eventSpan('2026-01-21').map((d) => d.toISOString())).toEqual(['2026-01-21T00:00:00.000Z', '2026-01-22T00:00:00.000Z']);
	});
	it('a quarter covers its three months, and nothing of the rest of the year', () => {
		expect(eventSpan('2026-33').map((d) => d.toISOString())).toEqual(['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
		expect(eventSpan('2025-36')[1].toISOString()).toBe('2026-01-01T00:00:00.000Z');
	});
	it('an endDate extends the span to the end of its own precision', () => {
		expect(eventSpan('2019', '2025')[1].toISOString()).toBe('2026-01-01T00:00:00.000Z');
	});
});

describe('formatStoryDate', () => {
	it.each([
		['2017', '2017'],
		['2019-03', 'March 2019'],
		['2026-01-21', '21 January 2026'],
		['2026-33', 'January–March 2026']
	])('%s → %s', (text, label) => {
		expect(formatStoryDate(text)).toBe(label);
	});
});

describe('formatEventDate', () => {
	it('prefers the editor’s dateLabel', () => {
		expect(formatEventDate({ date: '2025', dateLabel: 'By late 2025' })).toBe('By late 2025');
	});
	it('writes ranges across years and within a year', () => {
		expect(formatEventDate({ date: '2019', endDate: '2025' })).toBe('2019–2025');
		expect(formatEventDate({ date: '2026-01', endDate: '2026-03' })).toBe('January–March 2026');
	});
	it('marks approximate dates', () => {
		expect(formatEventDate({ date: '2019-03', approximate: true })).toBe('c. March 2019');
	});
});
