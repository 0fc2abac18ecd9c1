import { describe, expect, it } from 'vitest';
import { mustMove, windowAround } from './scrollWindow';

describe('the steps Scrollama watches', () => {
	it('is a window round the active step, clipped to the story', () => {
		expect(windowAround(500, 1000, 8)).toEqual([492, 509]);
		expect(windowAround(0, 1000, 8)).toEqual([0, 9]);
		expect(windowAround(999, 1000, 8)).toEqual([991, 1000]);
		// A story shorter than the window: every step.
		expect(windowAround(5, 17, 20)).toEqual([0, 17]);
	});

	it('moves before the reader reaches its edge, and only then', () => {
		const count = 1000;
		const win = windowAround(500, count, 8);
		for (let i = 495; i <= 505; i++) expect(mustMove(win, i, count, 3)).toBe(false);
		expect(mustMove(win, 494, count, 3)).toBe(true);
		expect(mustMove(win, 506, count, 3)).toBe(true);
		// A jump out of it (End, a deep link, a fling past it).
		expect(mustMove(win, 900, count, 3)).toBe(true);
		expect(mustMove(win, 10, count, 3)).toBe(true);
	});

	it('stays put at the story’s ends, where there is nothing further to watch', () => {
		expect(mustMove(windowAround(0, 1000, 8), 0, 1000, 3)).toBe(false);
		expect(mustMove(windowAround(999, 1000, 8), 999, 1000, 3)).toBe(false);
		expect(mustMove(windowAround(3, 17, 20), 16, 17, 3)).toBe(false);
	});

	it('always contains the active step once moved', () => {
		for (const count of [1, 2, 17, 1000])
			for (let active = 0; active < count; active += 7) {
				const [start, end] = windowAround(active, count);
				expect(start <= active && active < end).toBe(true);
				expect(mustMove([start, end], active, count)).toBe(false);
			}
	});
});
