import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { sourceIndex } from './sourceIndex';

describe('sourceIndex', () => {
	it('lists every source with the events that cite it, in story order', () => {
		const raw = testStory();
		raw.sources.push({ id: 'record', title: 'A record', kind: 'public-record' });
		raw.events[2].sources.push('record');
		const index = sourceIndex(storySchema.parse(raw));
		expect(index.map(({ source, events }) => [source.id, events.map((e) => e.id)])).toEqual([
			['article', ['first', 'second', 'third', 'fourth']],
			['record', ['third']]
		]);
	});
});
