import { describe, expect, it } from 'vitest';
import { formatEventDate, formatStoryDate } from '../model/dates';
import { editionLocale } from './editions';
import { en } from './locale';
import { AR } from './strings.ar';

const ar = editionLocale('ar', AR);

describe('numbers', () => {
	it('groups thousands as British English does, without Intl', () => {
		for (const n of [0, 7, 150, 2200, 30000, 1234567, 12.5, -4000]) expect(en.number(n)).toBe(n.toLocaleString('en-GB'));
	});

	it('groups English thousands with commas, without Intl', () => {
		expect([0, 150, 2200, 30000, 1234567.5, -7000].map(en.number)).toEqual(['0', '150', '2,200', '30,000', '1,234,567.5', '-7,000']);
	});

	it('writes Arabic with Arabic-Indic digits and the Arabic thousands separator, whatever the runtime’s default', () => {
		expect([150, 2200, 30000].map(ar.number)).toEqual(['١٥٠', '٢٬٢٠٠', '٣٠٬٠٠٠']);
	});
});

describe('lists', () => {
	it('joins English lists as Intl.ListFormat joins British English, without Intl', () => {
		const lists = [['Reuters'], ['Reuters', 'AP'], ['Reuters', 'AP', 'AFP'], ['a', 'b', 'c', 'd', 'e']];
		for (const type of ['conjunction', 'disjunction'] as const)
			for (const items of lists) expect(en.list(items, type)).toBe(new Intl.ListFormat('en-GB', { type }).format(items));
		expect(en.list(['Reuters', 'AP', 'AFP'])).toBe('Reuters, AP and AFP');
	});

	it('gives each item back as itself, with the words between them', () => {
		const items = [{ id: 1 }, { id: 2 }, { id: 3 }];
		expect(en.listParts(items)).toEqual([{ item: items[0] }, { text: ', ' }, { item: items[1] }, { text: ' and ' }, { item: items[2] }]);
	});
});

describe('dates in Arabic', () => {
	it('writes each precision in Arabic words and digits, the months as in Iraq and the Levant', () => {
		expect(formatStoryDate('2017', ar.date)).toBe('٢٠١٧');
		expect(formatStoryDate('2019-03', ar.date)).toBe('آذار ٢٠١٩');
		expect(formatStoryDate('2026-01-21', ar.date)).toBe('٢١ كانون الثاني ٢٠٢٦');
	});

	it('writes ranges and approximate dates, and keeps the translation’s own label', () => {
		expect(formatEventDate({ date: '2026-01', endDate: '2026-03' }, ar.date)).toBe('كانون الثاني–آذار ٢٠٢٦');
		expect(formatEventDate({ date: '2019', endDate: '2025' }, ar.date)).toBe('٢٠١٩–٢٠٢٥');
		expect(formatEventDate({ date: '2019', approximate: true }, ar.date)).toBe('نحو ٢٠١٩');
		expect(formatEventDate({ date: '2025', dateLabel: 'بحلول أواخر ٢٠٢٥' }, ar.date)).toBe('بحلول أواخر ٢٠٢٥');
	});

	it('leaves English as it was', () => {
		expect(formatEventDate({ date: '2026-01-21' })).toBe('21 January 2026');
		expect(formatEventDate({ date: '2019', approximate: true })).toBe('c. 2019');
	});

	it('knows each language’s direction', () => {
		expect([en.dir, ar.dir]).toEqual(['ltr', 'rtl']);
	});
});
