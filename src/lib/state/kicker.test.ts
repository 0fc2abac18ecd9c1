import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { defaultKicker } from './kicker';
import { editionLocale } from '../i18n/editions';
import { AR } from '../i18n/strings.ar';

describe('defaultKicker', () => {
	it('names the countries of the places, then the years the events span', () => {
		expect(defaultKicker(storySchema.parse(testStory()))).toBe('Syria · Iraq · 2017–2026');
	});
	it('writes a single year once', () => {
		const raw = testStory();
		raw.events = raw.events.slice(2, 3);
		expect(defaultKicker(storySchema.parse(raw))).toBe('Syria · Iraq · 2026');
	});
	it('in Arabic, Arabic-Indic years after an Arabic comma: a middle dot beside them reads as a zero (٠)', () => {
		const ar = editionLocale('ar', AR);
		const kicker = defaultKicker(storySchema.parse(testStory()), ar.date.year, ar.t.listSeparator);
		expect(kicker).toBe('Syria، Iraq، ٢٠١٧–٢٠٢٦');
		expect(kicker).not.toContain('·');
	});
});
