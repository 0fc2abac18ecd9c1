import { describe, expect, it } from 'vitest';
import { Notes } from './basics';
import { chronological, displayDate, isoDate, slideDates } from './dates';

describe('isoDate', () => {
	it.each([
		[{ year: 2019 }, '2019'],
		[{ year: '2019', month: '3' }, '2019-03'],
		[{ year: 2019, month: 3, day: 23 }, '2019-03-23'],
		[{ year: 800 }, '0800'],
		[{ year: 2026, edtf: '2026-33' }, '2026-33']
	])('reads %j at the precision it gives: %s', (value, expected) => {
		expect(isoDate(value, 'events[0]', 'start_date', new Notes())).toBe(expected);
	});

	it.each([
		[undefined, 'events[0]: no start_date; every slide needs at least a year'],
		[{ month: 3 }, 'events[0]: start_date has no year; every slide needs at least a year'],
		[{ year: 'soon' }, 'events[0]: start_date.year "soon" is not a whole number'],
		[{ year: -500 }, 'events[0]: start_date.year -500 is outside the years a story date can hold (100 to 9999, no BCE)'],
		[{ year: 2019, day: 3 }, 'events[0]: start_date has a day (3) but no month'],
		[{ year: 2019, month: 13 }, 'events[0]: start_date is impossible: there is no month 13'],
		[{ year: 2019, month: 2, day: 30 }, 'events[0]: start_date is impossible: 2019-2 has no day 30']
	])('refuses %j, naming the slide and field', (value, message) => {
		expect(() => isoDate(value, 'events[0]', 'start_date', new Notes())).toThrow(message);
	});

	it('notes the times of day and display date it drops', () => {
		const notes = new Notes();
		isoDate({ year: 2019, month: 3, day: 23, hour: 14, time: '14:00', display_date: 'That spring' }, 'row 5', 'start_date', notes);
		expect(notes.list.map((n) => n.field)).toEqual(['start_date.time', 'start_date.hour', 'start_date.display_date']);
	});
});

describe('slideDates', () => {
	it('drops an end date that says nothing or repeats the start, and refuses one before it', () => {
		const notes = new Notes();
		expect(slideDates({ start_date: { year: 2019 }, end_date: { year: '' } }, 'e', notes)).toEqual({ date: '2019' });
		expect(slideDates({ start_date: { year: 2019 }, end_date: { year: 2019 } }, 'e', notes)).toEqual({ date: '2019' });
		expect(slideDates({ start_date: { year: 2019 }, end_date: { year: 2021 } }, 'e', notes)).toEqual({ date: '2019', endDate: '2021' });
		expect(() => slideDates({ start_date: { year: 2019 }, end_date: { year: 2017 } }, 'e', notes)).toThrow('e: end_date 2017 comes before start_date 2019');
	});
});

describe('displayDate', () => {
	it('marks "c. <the date>" approximate, keeps other wording as the label, and drops the date as shown', () => {
		expect(displayDate('c. 2019', { date: '2019' })).toEqual({ approximate: true });
		expect(displayDate('Spring 2019', { date: '2019' })).toEqual({ dateLabel: 'Spring 2019' });
		expect(displayDate('2019', { date: '2019' })).toEqual({});
		expect(displayDate('', { date: '2019' })).toEqual({});
	});
});

describe('chronological', () => {
	const event = (index: number, date: string) => ({ where: `events[${index}]`, index, event: { date } });

	it('keeps a file already in order, even a year after a day in it', () => {
		const notes = new Notes();
		const events = [event(0, '2026-01-21'), event(1, '2026')];
		expect(chronological(events, notes)).toBe(events);
		expect(notes.list).toEqual([]);
	});

	it('sorts by start otherwise, and notes every move', () => {
		const notes = new Notes();
		const sorted = chronological([event(0, '2019'), event(1, '2014'), event(2, '2017')], notes);
		expect(sorted.map((e) => e.index)).toEqual([1, 2, 0]);
		expect(notes.list.map((n) => `${n.where}: ${n.reason}`)).toEqual([
			'events[1]: out of date order: now step 1 of 3',
			'events[2]: out of date order: now step 2 of 3',
			'events[0]: out of date order: now step 3 of 3'
		]);
	});
});
