import { describe, expect, it } from 'vitest';
import { visualKinds } from '../../model/schema';
import { formatError, storyWarnings, validateStory } from '../data/validateTimeline';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readStepFiles } from '../stepFiles';
import { STARTER_FILES, starterStory } from './starterStory';
import { scratchDir } from '../../../../tests/support/scratchDir';

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
		// The video's and recording's words, and the link's address, which is an example (example.org).
		expect(warnings).toContainEqual(expect.stringMatching(/"a-video" .* › visual\.caption: \[Caption/));
		expect(warnings).toContainEqual(expect.stringMatching(/"a-recording" .* › visual\.title: \[Recording/));
		expect(warnings).toContainEqual(expect.stringMatching(/"elsewhere" .* › visual\.url: https:\/\/example\.org\/ is an example address/));
		// Nothing else: each warning is a placeholder, none a step without a source or a video without captions.
		expect(warnings.filter((w) => !w.includes('is a placeholder'))).toEqual([expect.stringContaining('is an example address')]);
	});
});

describe('the starter’s files', () => {
	it('are all there, and the build reads them: the video’s shape and the captions’ cues', () => {
		const dir = scratchDir('starter');
		for (const [src, from] of Object.entries(STARTER_FILES)) {
			mkdirSync(dirname(join(dir, src)), { recursive: true });
			copyFileSync(join('src/lib/server/starter', from), join(dir, src));
		}
		const story = validateStory(starterStory('2026-12-05'), FILE);
		const read = story.ok ? readStepFiles(story.story, join(dir, 'story.json'), FILE) : null;
		expect(read?.ok ? [] : read?.errors.map(formatError)).toEqual([]);
		const video = read?.ok ? read.story.events.find((e) => e.visual.kind === 'video')!.visual : null;
		expect(video).toMatchObject({
			width: 640,
			height: 360,
			cues: [expect.objectContaining({ start: 0, end: 2 }), expect.objectContaining({ start: 2, end: 4 })]
		});
	});
});
