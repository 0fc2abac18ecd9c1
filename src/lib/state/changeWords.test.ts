import { describe, expect, it } from 'vitest';
import { editionLocale } from '../i18n/editions';
import { AR } from '../i18n/strings.ar';
import { english } from '../i18n/strings.en';
import type { StoryChange } from '../model/changes';
import type { StoryEvent } from '../model/types';
import { changeCounts, changeLine } from './changeWords';

const arabic = editionLocale('ar', AR);
const news = (added: number, updated: number, corrections: number) => ({
	added: Array.from({ length: added }, (_, i) => `a${i}`),
	updated: Array.from({ length: updated }, (_, i) => `u${i}`),
	corrections: Array.from({ length: corrections }, (_, i) => `c${i}`)
});

describe('changeCounts', () => {
	it('says only the counts that are not zero, as a list, each agreeing with its number', () => {
		expect(changeCounts(english, news(1, 0, 1))).toBe('one new step and one correction');
		expect(changeCounts(english, news(3, 2, 0))).toBe('3 new steps and 2 updated steps');
		expect(changeCounts(english, news(0, 0, 2))).toBe('2 corrections');
	});
	it('in Arabic, with its dual and plural forms and its digits', () => {
		expect(changeCounts(arabic, news(1, 0, 1))).toBe('خطوة جديدة واحدة وتصحيح واحد');
		expect(changeCounts(arabic, news(2, 0, 0))).toBe('خطوتان جديدتان');
		expect(changeCounts(arabic, news(3, 0, 11))).toBe('٣ خطوات جديدة و١١ تصحيحًا');
	});
});

describe('changeLine', () => {
	const event = { id: 'x', title: 'Baghouz falls' } as StoryEvent;
	it('writes each change’s day and what changed', () => {
		const correction: StoryChange = { kind: 'correction', date: '2026-12-04', correction: { id: 'c', date: '2026-12-04', text: 'Fixed.' }, event };
		expect(changeLine(english, correction)).toEqual({ date: '4 December 2026', what: 'Correction to “Baghouz falls”', text: 'Fixed.' });
		expect(changeLine(english, { ...correction, event: undefined }).what).toBe('Correction to this story');
		expect(changeLine(english, { kind: 'added', date: '2026-12-04', event })).toEqual({ date: '4 December 2026', what: 'Step added: “Baghouz falls”' });
		expect(changeLine(arabic, { kind: 'updated', date: '2026-12-04', event }).what).toBe('حُدِّثت خطوة: «Baghouz falls»');
	});
});
