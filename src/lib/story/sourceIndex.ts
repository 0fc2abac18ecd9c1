/** Every source with the events that cite it, in story order: the "Sources and method" list. */
import type { Source, Story, StoryEvent } from '../data/types';

export function sourceIndex(story: Story): { source: Source; events: StoryEvent[] }[] {
	return story.sources.map((source) => ({
		source,
		events: story.events.filter((e) => e.sources.includes(source.id))
	}));
}
