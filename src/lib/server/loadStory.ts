/**
 * Reads and validates the story dataset from disk, at build time (prerender, the Vite plugin and
 * `npm run validate`). The browser never runs this: it receives the validated story as page data,
 * so zod stays out of the client bundle.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { assertValidStory } from '../data/validateTimeline.ts';
import type { Story } from '../data/types.ts';

/** The dataset file: `timeline-data/story.json`, or another file named by `STORY_DATA` (fixtures). */
export function storyPath(): string {
	return resolve(process.env.STORY_DATA || 'timeline-data/story.json');
}

export function loadStory(path = storyPath()): Story {
	const file = relative(process.cwd(), path) || path;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new Error(`${file}: cannot read the story dataset. Check the path (STORY_DATA=${process.env.STORY_DATA ?? ''}).`);
	}
	return assertValidStory(text, file);
}
