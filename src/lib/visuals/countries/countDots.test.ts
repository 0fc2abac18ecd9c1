import { describe, expect, it } from 'vitest';
import { countDots } from './countDots';

describe('countDots(figure)', () => {
	it('draws an exact figure as that many solid dots', () => {
		expect(countDots({ value: 3, qualifier: 'exactly' })).toEqual({ solid: 3, uncertain: 0, exact: true });
	});
	it('draws "nearly 90" as 80 certain dots and a band of 10 up to 90, never 90 solid dots', () => {
		const d = countDots({ value: 90, qualifier: 'nearly' });
		expect(d).toEqual({ solid: 80, uncertain: 10, exact: false });
		expect(d.solid + d.uncertain).toBe(90);
	});
	it('draws "around 60" with a band either side of 60', () => {
		const d = countDots({ value: 60, qualifier: 'around' });
		expect(d.solid).toBeLessThan(60);
		expect(d.solid + d.uncertain).toBeGreaterThan(60);
		expect(d).toEqual({ solid: 50, uncertain: 20, exact: false });
	});
	it('draws "more than" and "at least" as the figure, then a band above it', () => {
		expect(countDots({ value: 30, qualifier: 'more than' })).toEqual({ solid: 30, uncertain: 6, exact: false });
		expect(countDots({ value: 60, qualifier: 'at least' })).toEqual({ solid: 60, uncertain: 10, exact: false });
	});
	it('draws "up to" as a band only: at most that many, none of them certain', () => {
		expect(countDots({ value: 70, qualifier: 'up to' })).toEqual({ solid: 0, uncertain: 70, exact: false });
	});
	it('keeps small approximate counts to at least one dot of band, and never below zero', () => {
		expect(countDots({ value: 2, qualifier: 'nearly' })).toEqual({ solid: 1, uncertain: 1, exact: false });
		expect(countDots({ value: 0, qualifier: 'around' })).toEqual({ solid: 0, uncertain: 1, exact: false });
	});
});
