/**
 * Test fixture (build-time data): every map step of the real story, with its scene, as a map drawn in
 * a graphic of a given size draws it: the key under or beside the map (`storyKeyLayout`), the map in
 * the area left (`width`, `height`).
 */
import { storyPageData } from '../../server/storyPage';
import { visualState } from '../../state/visualState';
import { restingFrame } from './mapLayout';
import { mapScene, storyKeyLayout, type MapState } from './mapScene';
import { storyMapBox } from './storyMapBox';

export function mapSteps(lang: 'en' | 'ar' = 'en', graphicWidth = 390, graphicHeight = 660) {
	const { story, geo, strings } = storyPageData(lang);
	const storyBox = storyMapBox(story);
	const states = story.events.map((_, i) => visualState(story, i)).filter((v): v is MapState => v.kind === 'map');
	const { mapWidth: width, mapHeight: height, side } = storyKeyLayout(states, story.places, strings, storyBox, graphicWidth, graphicHeight);
	return story.events.flatMap((e, i) => {
		const view = visualState(story, i);
		if (view.kind !== 'map') return [];
		const frame = restingFrame(view, storyBox, width, height);
		const scene = mapScene({ view: view as MapState, geo, places: story.places, frame, width, t: strings, dir: lang === 'ar' ? 'rtl' : 'ltr' });
		return [{ id: e.id, view: view as MapState, scene, story, strings, width, height, side }];
	});
}
