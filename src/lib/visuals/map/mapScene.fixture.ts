/** Test fixture (build-time data): every map step of the real story, with its scene, as a map of a given size draws it. */
import { storyPageData } from '../../server/storyPage';
import { visualState } from '../../state/visualState';
import { chooseBox, fitBox, focusBox, shownPlaces } from './mapLayout';
import { mapScene, type MapState } from './mapScene';
import { storyMapBox } from './storyMapBox';

export function mapSteps(lang: 'en' | 'ar' = 'en', width = 390, height = 560) {
	const { story, geo, strings } = storyPageData(lang);
	const storyBox = storyMapBox(story);
	return story.events.flatMap((e, i) => {
		const view = visualState(story, i);
		if (view.kind !== 'map') return [];
		const frame = fitBox(chooseBox(focusBox(shownPlaces(view)), storyBox).box, width, height, Math.min(64, width / 9, height / 8));
		const scene = mapScene({ view: view as MapState, geo, places: story.places, frame, width, t: strings, dir: lang === 'ar' ? 'rtl' : 'ltr' });
		return [{ id: e.id, view: view as MapState, scene, story, strings, width, height }];
	});
}
