import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisualKind } from '../../model/types';
import { LayerFollow, LayerWarmUp } from './schedule.svelte';

/** The idle moments asked for, run one at a time by `moment()`. */
let moments: (() => void)[] = [];
const moment = () => moments.shift()?.();
beforeEach(() => {
	moments = [];
	const requestIdleCallback = (fn: () => void) => moments.push(fn);
	vi.stubGlobal('requestIdleCallback', requestIdleCallback);
	vi.stubGlobal('window', { requestIdleCallback });
});
afterEach(() => vi.unstubAllGlobals());

describe('LayerWarmUp', () => {
	const kinds: VisualKind[] = ['map', 'timeline', 'units', 'politics'];
	const shown = (layers: LayerWarmUp, active: VisualKind) => kinds.filter((k) => layers.shown(k, active));

	it('draws only the kind on show until started, then one other kind per idle moment', () => {
		const layers = new LayerWarmUp(() => kinds);
		expect(shown(layers, 'map')).toEqual(['map']);
		expect(layers.ready('map')).toBe(false);
		layers.start();
		moment();
		moment();
		expect(shown(layers, 'map')).toEqual(['map', 'timeline']);
		moment();
		moment();
		moment();
		expect(shown(layers, 'map')).toEqual(kinds);
		expect(layers.ready('map')).toBe(true);
		expect(kinds.some((k) => layers.rough(k, 'map'))).toBe(false);
	});

	it('draws a kind with a quick form in it first, and whole at the next moment', () => {
		const layers = new LayerWarmUp(() => kinds, ['units']);
		layers.saw('map');
		layers.start();
		moment(); // timeline
		moment(); // units, quick
		expect(shown(layers, 'map')).toEqual(['map', 'timeline', 'units']);
		expect(layers.rough('units', 'map')).toBe(true);
		expect(layers.ready('map')).toBe(false);
		// On show, a layer is never in its quick form.
		expect(layers.rough('units', 'units')).toBe(false);
		moment(); // units, whole
		expect(layers.rough('units', 'map')).toBe(false);
		moment(); // politics
		expect(layers.ready('map')).toBe(true);
	});

	it('keeps a layer whole once it has been on show, before its moment came', () => {
		const layers = new LayerWarmUp(() => kinds, ['units']);
		layers.saw('map');
		layers.start();
		moment();
		moment();
		expect(layers.rough('units', 'map')).toBe(true);
		// The reader reaches a units step, then moves on: the squares drawn whole stay whole.
		layers.saw('units');
		expect(layers.rough('units', 'map')).toBe(false);
		moment();
		moment();
		expect(layers.rough('units', 'map')).toBe(false);
		expect(layers.ready('map')).toBe(true);
	});

	it('stops adding layers once stopped', () => {
		const layers = new LayerWarmUp(() => kinds);
		layers.start();
		moment();
		layers.stop();
		while (moments.length) moment();
		expect(layers.ready('map')).toBe(false);
	});
});

describe('LayerFollow', () => {
	// A story of eight steps: the kind of each, and the step whose picture each kind's layer shows
	// there (its nearest state: the step itself, else the last one of its kind before it, else the
	// first after it).
	const story: VisualKind[] = ['map', 'map', 'units', 'map', 'timeline', 'units', 'units', 'politics'];
	const kinds: VisualKind[] = ['map', 'units', 'timeline', 'politics'];
	const nearest = (kind: VisualKind, i: number) => {
		for (let j = i; j >= 0; j--) if (story[j] === kind) return j;
		return story.indexOf(kind);
	};
	const follow = () =>
		new LayerFollow(
			() => kinds,
			(kind, from, to) => nearest(kind, from) !== nearest(kind, to)
		);
	/** The picture (its step) each layer shows while step `index` is on show. */
	const pictures = (f: LayerFollow, index: number) => kinds.map((k) => nearest(k, f.step(k, story[index], index)));

	it('draws the active step on show at once, and each hidden layer catches up one idle moment at a time', () => {
		const f = follow();
		f.moved(0, 'map');
		expect(pictures(f, 0)).toEqual([0, 2, 4, 7]);
		expect(f.settled).toBe(true);
		// A jump to the last step: the politics layer on show draws it; the map's and the units' pictures
		// change there (the timeline's does not, and is moved on at once), so they wait for idle moments.
		f.moved(7, 'politics');
		expect(pictures(f, 7)).toEqual([0, 2, 4, 7]);
		expect(f.settled).toBe(false);
		moment();
		expect(pictures(f, 7)).toEqual([3, 2, 4, 7]);
		expect(f.settled).toBe(false);
		moment();
		expect(pictures(f, 7)).toEqual([3, 6, 4, 7]);
		expect(f.settled).toBe(true);
		expect(moments).toHaveLength(0);
	});

	it('keeps the picture a layer showed while it fades out, and follows the newest step when moves come faster than idle moments', () => {
		const f = follow();
		f.moved(1, 'map');
		f.moved(2, 'units');
		// The map fading out still shows step 1's picture (here the same as step 2's nearest: no wait).
		expect(pictures(f, 2)).toEqual([1, 2, 4, 7]);
		f.moved(5, 'units');
		f.moved(6, 'units');
		expect(pictures(f, 6)).toEqual([1, 6, 4, 7]);
		while (moments.length) moment();
		expect(pictures(f, 6)).toEqual([3, 6, 4, 7]);
		expect(f.settled).toBe(true);
	});

	it('stops catching up once stopped', () => {
		const f = follow();
		f.moved(0, 'map');
		f.moved(7, 'politics');
		f.stop();
		while (moments.length) moment();
		expect(f.settled).toBe(false);
		expect(pictures(f, 7)[0]).toBe(0);
	});
});
