import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { defaultKicker } from './kicker';

describe('defaultKicker', () => {
	it('names the countries of the places, then the years the events span', () => {
		expect(defaultKicker(storySchema.parse(testStory()))).toBe('Syria · Iraq · 2017–2026');
	});
	it('writes a single year once', () => {
		const raw = testStory();
		raw.events = raw.events.slice(2, 3);
		expect(defaultKicker(storySchema.parse(raw))).toBe('Syria · Iraq · 2026');
	});
});
