import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisualKind } from '../../model/types';
import { LayerWarmUp } from './schedule.svelte';

describe('LayerWarmUp', () => {
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
