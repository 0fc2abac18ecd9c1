import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { frameFromHash, frameHash, SOURCES_PER_CARD, sourcesCardCount, sourcesOnCard, videoFrames } from './videoFrames';

const story = storySchema.parse(testStory());
const withSources = (n: number) => ({
	...story,
	sources: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, kind: 'reporting' as const }))
});

describe('videoFrames', () => {
	it('is the title card, a still per step in story order, then the sources card', () => {
		expect(videoFrames(story)).toEqual([{ kind: 'title' }, ...story.events.map((_, index) => ({ kind: 'step', index })), { kind: 'sources', page: 0 }]);
	});

	it('goes on to another sources card when one is full, and has none with neither sources nor credits', () => {
		expect(sourcesCardCount(withSources(SOURCES_PER_CARD))).toBe(1);
		expect(sourcesCardCount(withSources(SOURCES_PER_CARD + 1))).toBe(2);
		expect(sourcesOnCard(withSources(SOURCES_PER_CARD + 1), 1).map((s) => s.id)).toEqual([`s${SOURCES_PER_CARD}`]);
		expect(sourcesCardCount({ sources: [], credits: ['Maps: Natural Earth'] })).toBe(1);
		// (A credit still to be written is not shown.)
		expect(sourcesCardCount({ sources: [], credits: ['[Credits: who else]'] })).toBe(0);
	});
});

describe('frameHash and frameFromHash', () => {
	it('name every still by an address the view reads back: a step by its id, a card by a name no id can have', () => {
		const big = withSources(SOURCES_PER_CARD + 1);
		for (const frame of videoFrames(big)) expect(frameFromHash(`#${frameHash(frame, big)}`, big)).toEqual(frame);
		expect(frameHash({ kind: 'title' }, story)).toBe('card:title');
		expect(frameHash({ kind: 'sources', page: 1 }, story)).toBe('card:sources-2');
		expect(frameHash({ kind: 'step', index: 2 }, story)).toBe('third');
	});

	it('names a narrated step’s still with a line of its captions, and no line it does not have', () => {
		const narrated = {
			...story,
			events: story.events.map((e, i) =>
				i === 1
					? {
							...e,
							narration: {
								audio: 'a.mp3',
								captions: 'a.vtt',
								cues: [
									{ start: 0, end: 1, text: 'One' },
									{ start: 1, end: 2, text: 'Two' }
								]
							}
						}
					: e
			)
		};
		expect(frameHash({ kind: 'step', index: 1, line: 1 }, narrated)).toBe('second:line-2');
		expect(frameFromHash('#second:line-2', narrated)).toEqual({ kind: 'step', index: 1, line: 1 });
		expect(frameFromHash('#second:line-3', narrated)).toBeNull();
		expect(frameFromHash('#first:line-1', narrated)).toBeNull();
	});

	it('names nothing for an address the story does not have', () => {
		expect(frameFromHash('#no-such-step', story)).toBeNull();
		expect(frameFromHash('#card:sources-2', story)).toBeNull();
		expect(frameFromHash('#card:sources-0', story)).toBeNull();
		expect(frameFromHash('', story)).toBeNull();
	});
});
