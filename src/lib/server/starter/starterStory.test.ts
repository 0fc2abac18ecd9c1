import { describe, expect, it } from 'vitest';
import { visualKinds } from '../../model/schema';
import { formatError, storyWarnings, validateStory } from '../data/validateTimeline';
import { starterStory } from './starterStory';

const FILE = 'my-story/story.json';

describe('starterStory', () => {
	const result = validateStory(starterStory('2026-12-05'), FILE);
	const story = result.ok ? result.story : null;

	it('is a valid story, dated today, with one step of each visual kind, each sourced', () => {
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		expect(story!.updated).toBe('2026-12-05');
		expect(story!.events.map((e) => e.visual.kind).sort()).toEqual([...visualKinds].sort());
		expect(story!.requireSources).toBe(true);
	});

	it('is all placeholders: the build lists every text still to write, the byline among them', () => {
		const warnings = storyWarnings(story!, FILE).map(formatError);
		expect(warnings).toContainEqual(expect.stringMatching(/› story › byline: \[Byline: who made this story\] is a placeholder/));
		// Every step's title, text and notes, every place's name, the source's title, the photo's words.
		story!.events.forEach((e, i) => {
			for (const field of ['title', 'body[0]', 'notes'])
				expect(warnings).toContainEqual(expect.stringContaining(`› event "${e.id}" (events[${i}]) › ${field}: [`));
		});
		expect(warnings.filter((w) => /› place "place-[ab]"/.test(w))).toHaveLength(4);
		expect(warnings).toContainEqual(expect.stringMatching(/› visual\.alt: \[Alt text/));
		// Nothing else: each warning is a placeholder, none a step without a source.
		expect(warnings.every((w) => w.includes('is a placeholder'))).toBe(true);
	});
});
