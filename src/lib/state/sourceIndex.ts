/** Every source with the events that cite it, in story order: the "Sources and method" list. */
import type { Source, Story, StoryEvent } from '../model/types';

export function sourceIndex(story: Story): { source: Source; events: StoryEvent[] }[] {
	return story.sources.map((source) => ({
		source,
		events: story.events.filter((e) => e.sources.includes(source.id))
	}));
}

/** The sources one event cites, in the order it cites them. */
export function citedSources(story: Pick<Story, 'sources'>, event: Pick<StoryEvent, 'sources'>): Source[] {
	return event.sources.map((id) => story.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}
