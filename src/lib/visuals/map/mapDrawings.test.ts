import { describe, expect, it } from 'vitest';
import { storyPageData } from '../../server/storyPage';
import { visualState } from '../../state/visualState';
import { MapDrawings } from './mapDrawings';
import { mapLabels } from './mapLabels';
import { restingFrame } from './mapLayout';
import { mapScene, type MapState, type SceneInput } from './mapScene';
import { storyMapBox } from './storyMapBox';

const { story, geo, strings } = storyPageData('en');
const storyBox = storyMapBox(story);
const states = story.events.map((_, i) => visualState(story, i)).filter((v): v is MapState => v.kind === 'map');
const [width, height] = [600, 420];
const input = (view: MapState, w = width, h = height): SceneInput => ({
	view,
	geo,
	places: story.places,
	frame: restingFrame(view, storyBox, w, h),
	width: w,
	t: strings,
	dir: 'ltr'
});

describe('MapDrawings', () => {
	it('draws what mapScene and mapLabels give, and gives the same drawing again for the same inputs', () => {
		const drawings = new MapDrawings();
		const view = states[1];
		const first = drawings.draw(input(view), height);
		const scene = mapScene(input(view));
		expect(first.labels).toEqual(mapLabels(scene, strings, width, height));
		expect(first.scene.markers).toEqual(scene.markers);
		// A new frame object with the same numbers (a glide's last frame) is the same input.
		expect(drawings.draw(input(view), height)).toBe(first);
	});

	it('works a step out again when its frame, size or strings change', () => {
		const drawings = new MapDrawings();
		const view = states[1];
		const first = drawings.draw(input(view), height);
		const moved = { ...input(view), frame: { ...input(view).frame, tx: input(view).frame.tx + 10 } };
		const glided = drawings.draw(moved, height);
		expect(glided).not.toBe(first);
		expect(glided.labels).toEqual(mapLabels(mapScene(moved), strings, width, height));
		expect(drawings.has(input(view), height)).toBe(false);
		expect(drawings.has(input(view, 500, 400), 400)).toBe(false);
		drawings.draw(input(view, 500, 400), 400);
		expect(drawings.has(input(view, 500, 400), 400)).toBe(true);
		expect(drawings.has({ ...input(view, 500, 400), t: { ...strings } }, 400)).toBe(false);
		expect(drawings.has({ ...input(view, 500, 400), dir: 'rtl' }, 400)).toBe(false);
	});

	it('works the other steps out ahead, one per idle moment, and a stopped run does no more', () => {
		const drawings = new MapDrawings();
		const queue: (() => void)[] = [];
		const later = (work: () => void) => queue.push(work);
		const others = states.slice(1);
		expect(others.length).toBeGreaterThan(3);
		const stop = drawings.ahead(
			others.map((v) => input(v)),
			height,
			later
		);
		expect(others.filter((v) => drawings.has(input(v), height))).toEqual([]);
		// One step per moment: after two moments, the first two are kept, the rest not yet.
		queue.shift()!();
		queue.shift()!();
		expect(others.filter((v) => drawings.has(input(v), height))).toEqual(others.slice(0, 2));
		stop();
		while (queue.length) queue.shift()!();
		expect(others.filter((v) => drawings.has(input(v), height))).toEqual(others.slice(0, 2));

		// Run to its end: every step is kept, as mapScene and mapLabels draw it.
		const all = new MapDrawings();
		all.ahead(
			others.map((v) => input(v)),
			height,
			later
		);
		while (queue.length) queue.shift()!();
		for (const view of others) {
			expect(all.has(input(view), height), view.focus[0]?.id).toBe(true);
			expect(all.draw(input(view), height).labels).toEqual(mapLabels(mapScene(input(view)), strings, width, height));
		}
		// Not for another size.
		expect(all.has(input(others[0], 500, 400), 400)).toBe(false);
	});
});
