/**
 * The step whose picture leads the story (drawn beside the headline): the one the dataset names in
 * `lead`, else the last step that shows units (where the numbers add up), else the first step.
 */
import type { Story } from '../model/types';

export function leadIndex(story: Story): number {
	const named = story.lead ? story.events.findIndex((e) => e.id === story.lead) : -1;
	if (named >= 0) return named;
	const units = story.events.findLastIndex((e) => e.visual.kind === 'units');
	return units >= 0 ? units : 0;
}
