import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { visualState } from '../../state/visualState';
import { chooseBox, focusBox, shownPlaces } from './mapLayout';
import { storyMapBox } from './storyMapBox';

describe('storyMapBox(story) and chooseBox(stepBox, storyBox)', () => {
	const story = storySchema.parse(testStory());
	const mapSteps = story.events.flatMap((e, i) => (e.visual.kind === 'map' ? [i] : []));

	it('holds every place any map step names', () => {
		const box = storyMapBox(story)!;
		for (const i of mapSteps) {
			const v = visualState(story, i);
			if (v.kind !== 'map') continue;
			for (const p of shownPlaces(v)) {
				expect(p.lon).toBeGreaterThanOrEqual(box[0]);
				expect(p.lat).toBeGreaterThanOrEqual(box[1]);
				expect(p.lon).toBeLessThanOrEqual(box[2]);
				expect(p.lat).toBeLessThanOrEqual(box[3]);
			}
		}
	});

	it('is null for a story with no map step', () => {
		const noMap = storySchema.parse({ ...testStory(), events: testStory().events.filter((e) => e.visual.kind !== 'map') });
		expect(storyMapBox(noMap)).toBeNull();
	});

	it('keeps the story frame for a step that spans much of it, and zooms (with a locator) for a small one', () => {
		const whole: [number, number, number, number] = [30, 25, 50, 40];
		expect(chooseBox([32, 27, 48, 39], whole)).toEqual({ box: whole, zoomed: false });
		const small = focusBox([{ lon: 40.7, lat: 36.5 }]);
		expect(chooseBox(small, whole)).toEqual({ box: small, zoomed: true });
		expect(chooseBox(small, null)).toEqual({ box: small, zoomed: false });
	});
});
