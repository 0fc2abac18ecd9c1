/**
 * The stills a video of the story is made of, in order: a title card, one still per step, and the
 * sources on a card (a second card, and more, when there are more sources than one card holds). Each
 * has an address in the video view (`video/#<hash>`): a step's is its id, a card's `card:title` or
 * `card:sources-2`, which no step id can be (an id is a kebab-case slug, without a colon). A narrated
 * step also has a still for each line of its captions, the line burned in over its picture
 * (`<id>:line-2`). Pure: the view draws the still an address names, `npm run video` walks the
 * addresses (src/lib/server/export/videoTrack.ts times them).
 */
import { written } from '../../model/placeholder';
import type { Source, Story } from '../../model/types';
import { hashName } from '../../state/steps';

/** A still: a card, or a step (`line`: with that line of its narration's captions over it, from 0). */
export type VideoFrame = { kind: 'title' } | { kind: 'step'; index: number; line?: number } | { kind: 'sources'; page: number };

/** How many sources one card lists (as the PowerPoint's sources slide): legible on a phone's screen. */
export const SOURCES_PER_CARD = 8;

/** How many sources cards the story needs: none when it has neither sources nor credits to show. */
export function sourcesCardCount(story: Pick<Story, 'sources' | 'credits'>): number {
	if (!story.sources.length) return written(story.credits).length ? 1 : 0;
	return Math.ceil(story.sources.length / SOURCES_PER_CARD);
}

/** The sources listed on card `page` (0-based). */
export const sourcesOnCard = (story: Pick<Story, 'sources'>, page: number): Source[] =>
	story.sources.slice(page * SOURCES_PER_CARD, (page + 1) * SOURCES_PER_CARD);

/** Every still of the video, in order. */
export function videoFrames(story: Pick<Story, 'events' | 'sources' | 'credits'>): VideoFrame[] {
	return [
		{ kind: 'title' },
		...story.events.map((_, index) => ({ kind: 'step' as const, index })),
		...Array.from({ length: sourcesCardCount(story) }, (_, page) => ({ kind: 'sources' as const, page }))
	];
}

/** A still's address in the video view, without the `#`. */
export function frameHash(frame: VideoFrame, story: Pick<Story, 'events'>): string {
	if (frame.kind === 'title') return 'card:title';
	if (frame.kind === 'sources') return `card:sources-${frame.page + 1}`;
	const id = story.events[frame.index].id;
	return frame.line === undefined ? id : `${id}:line-${frame.line + 1}`;
}

/** The still an address names (`#card:title`, `#<step id>`, `#<step id>:line-1`, `#card:sources-1`), or null for one the story does not have. */
export function frameFromHash(hash: string, story: Pick<Story, 'events' | 'sources' | 'credits'>): VideoFrame | null {
	const name = hashName(hash);
	if (name === 'card:title') return { kind: 'title' };
	const sources = /^card:sources-(\d+)$/.exec(name);
	if (sources) {
		const page = Number(sources[1]) - 1;
		return page >= 0 && page < sourcesCardCount(story) ? { kind: 'sources', page } : null;
	}
	const [, id, line] = /^(.*?)(?::line-(\d+))?$/.exec(name)!;
	const index = story.events.findIndex((e) => e.id === id);
	if (index === -1) return null;
	if (line === undefined) return { kind: 'step', index };
	const said = story.events[index].narration?.cues ?? [];
	return Number(line) >= 1 && Number(line) <= said.length ? { kind: 'step', index, line: Number(line) - 1 } : null;
}
