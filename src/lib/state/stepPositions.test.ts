import { describe, expect, it } from 'vitest';
import { StepPositions } from './stepPositions.svelte';

const all = (p: StepPositions, n: number) => Array.from({ length: n }, (_, i) => p.of(i));

describe('StepPositions', () => {
	it('starts with the steps before the active one past and the ones after it future', () => {
		expect(all(new StepPositions(4, 1), 4)).toEqual(['past', 'active', 'future', 'future']);
	});

	it('stays right after moves forward, back and jumps across the whole story', () => {
		const p = new StepPositions(6, 0);
		for (const to of [1, 2, 5, 0, 3, 3, 4, 1]) {
			p.move(to);
			expect(all(p, 6)).toEqual(Array.from({ length: 6 }, (_, i) => (i < to ? 'past' : i === to ? 'active' : 'future')));
		}
	});

	it('says whether the last move passed over other steps', () => {
		const p = new StepPositions(6, 0);
		const jumps = [1, 2, 5, 4, 4, 0].map((to) => (p.move(to), p.jumped));
		expect(jumps).toEqual([false, false, true, false, false, true]);
	});

	it('answers future for a step outside the story', () => {
		expect(new StepPositions(2, 0).of(5)).toBe('future');
	});
});
