import { describe, expect, it } from 'vitest';
import { validateStory } from '../data/validateTimeline';
import { ImportError, importTimeline } from './fromTimelineJS';
import { readTimelineSheet, SHEET_HEADERS } from './timelineSheet';

const header = SHEET_HEADERS.join(',');
const row = (cells: Partial<Record<(typeof SHEET_HEADERS)[number], string>>) =>
	SHEET_HEADERS.map((h) => {
		const v = cells[h] ?? '';
		return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
	}).join(',');
const sheet = (...rows: string[]) => [header, ...rows].join('\r\n');
const importSheet = (text: string) => importTimeline(readTimelineSheet(text), { file: 'sheet.csv', today: '2026-11-29' });

describe('readTimelineSheet', () => {
	it('reads the template: title and era rows, events with dates as the sheet writes them', () => {
		const text = sheet(
			row({ Headline: 'Sheet title', Text: '<p>The dek.</p><p>By the desk</p>', Type: 'title' }),
			row({ Year: '2014', 'End Year': '2017', Headline: 'ISIS holds territory', Type: 'era' }),
			row({ Year: '2019', Month: '3', Day: '23', Headline: 'Baghouz falls', Text: 'The last territory, "lost".', Group: 'Syria', 'Media Credit': 'Agency' }),
			row({ Year: '2015', Headline: 'Earlier', Text: 'Out of order, with a time.', Time: '10:30' })
		);
		const { story, notes } = importSheet(text);
		const result = validateStory(story, 'sheet.csv');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect([result.story.title, result.story.dek, result.story.byline]).toEqual(['Sheet title', 'The dek.', 'By the desk']);
		expect(result.story.eras.map((e) => [e.label, e.start, e.end])).toEqual([['ISIS holds territory', '2014', '2017']]);
		expect(result.story.events.map((e) => [e.title, e.date, e.group])).toEqual([
			['Earlier', '2015', undefined],
			['Baghouz falls', '2019-03-23', 'Syria']
		]);
		expect(result.story.events[1].body).toEqual(['The last territory, "lost".']);
		expect(notes).toContainEqual({ where: 'row 5 ("Earlier")', field: 'start_date', reason: 'out of date order: now step 1 of 2' });
		expect(notes).toContainEqual({ where: 'row 5 ("Earlier")', field: 'start_date.time', reason: 'not carried: story dates are days, months or years' });
	});

	it('matches headers as TimelineJS does: case and spaces ignored, columns in any order', () => {
		const text = ['headline,YEAR,endyear, display  date', 'A span,2019,2025,Six years'].join('\n');
		const events = importSheet(text).story.events as { date: string; endDate: string; dateLabel: string }[];
		expect(events[0]).toMatchObject({ date: '2019', endDate: '2025', dateLabel: 'Six years' });
	});

	it('refuses headers that are not TimelineJS’s, listing the expected ones', () => {
		expect(() => readTimelineSheet('Date,Title\n2019,x')).toThrow(ImportError);
		expect(() => readTimelineSheet('Date,Title\n2019,x')).toThrow(
			/row 1, column 1: "Date" is not a TimelineJS column\. The template's columns are: Year, Month, Day/
		);
	});

	it('names the row of a slide without a year, with an impossible date, or of an unknown type', () => {
		expect(() => importSheet(sheet(row({ Year: '2019', Headline: 'Fine' }), row({ Headline: 'Undated', Text: 'x' })))).toThrow(
			'row 3 ("Undated"): no start_date; every slide needs at least a year'
		);
		expect(() => importSheet(sheet(row({ Year: '2019', Month: '2', Day: '29', Headline: 'Leap' })))).toThrow(/^row 2 \("Leap"\): start_date is impossible/);
		expect(() => readTimelineSheet(sheet(row({ Year: '2019', Headline: 'x', Type: 'slide' })))).toThrow(/^row 2: Type "slide"/);
	});
});
