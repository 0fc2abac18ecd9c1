import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { formatError } from './validateTimeline';
import { storyWarnings } from './storyWarnings';

const FILE = 'timeline-data/story.json';

describe('storyWarnings: placeholders', () => {
	it('names each placeholder by item and field, and says where a byline or credit is left out meanwhile', () => {
		const story = storySchema.parse(testStory());
		story.byline = '[Byline: who made this story]';
		story.credits = ['Maps: A', '[Credits: who else]'];
		story.events[2].body = ['Written.', '[Second paragraph: what happened next]'];
		story.events[0].notes = '[Notes]';
		expect(storyWarnings(story, FILE).map(formatError)).toEqual([
			`${FILE} › story › byline: [Byline: who made this story] is a placeholder: write it before publishing; until then the share cards, the search data and the PowerPoint leave it out`,
			`${FILE} › story › credits[1]: [Credits: who else] is a placeholder: write it before publishing; until then the share cards, the search data and the PowerPoint leave it out`,
			`${FILE} › event "${story.events[0].id}" (events[0]) › notes: [Notes] is a placeholder: write it before publishing`,
			`${FILE} › event "${story.events[2].id}" (events[2]) › body[1]: [Second paragraph: what happened next] is a placeholder: write it before publishing`
		]);
	});

	it('has nothing to say of a story written through', () => {
		expect(storyWarnings(storySchema.parse(testStory()), FILE)).toEqual([]);
	});
});
