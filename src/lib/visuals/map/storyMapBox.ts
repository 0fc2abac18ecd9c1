/**
 * The story's whole map area: the box around every place that any map step names. The map's steady
 * frame (see `chooseBox`); null when the story has no map step.
 */
import type { Story } from '../../data/types';
import { visualState } from '../../story/visualState';
import { focusBox, shownPlaces, unionBox, type FocusBox } from './mapLayout';

export function storyMapBox(story: Story): FocusBox | null {
	const boxes = story.events.flatMap((e, i) => {
		const v = e.visual.kind === 'map' ? visualState(story, i) : null;
		return v?.kind === 'map' ? [focusBox(shownPlaces(v))] : [];
	});
	return boxes.length ? unionBox(boxes) : null;
}
