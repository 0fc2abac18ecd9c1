/**
 * The story's whole map area: the box around every place that any map step names. The map's steady
 * frame (see `chooseBox`); null when the story has no map step. And every map step's state, so the
 * map can keep room for the largest key any of them needs (`keyReserve`).
 */
import type { Story } from '../../model/types';
import { visualState, type VisualState } from '../../state/visualState';
import { focusBox, shownPlaces, unionBox, type FocusBox } from './mapLayout';

export type MapState = Extract<VisualState, { kind: 'map' }>;

export function storyMapStates(story: Story): MapState[] {
	return story.events.flatMap((e, i) => {
		const v = e.visual.kind === 'map' ? visualState(story, i) : null;
		return v?.kind === 'map' ? [v] : [];
	});
}

export function storyMapBox(story: Story): FocusBox | null {
	const boxes = storyMapStates(story).map((v) => focusBox(shownPlaces(v)));
	return boxes.length ? unionBox(boxes) : null;
}
