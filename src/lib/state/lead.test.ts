import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { leadIndex } from './lead';

const story = storySchema.parse(testStory());

describe('leadIndex(story)', () => {
	it('is the step the dataset names', () => {
		expect(leadIndex({ ...story, lead: story.events[2].id })).toBe(2);
	});
	it('is otherwise the last step that shows units, else the first', () => {
		// The test story: timeline, units, map, politics.
		expect(leadIndex(story)).toBe(1);
		const noUnits = { ...story, events: story.events.filter((e) => e.visual.kind !== 'units') };
		expect(leadIndex(noUnits)).toBe(0);
	});
});
