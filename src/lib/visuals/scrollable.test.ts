import { describe, expect, it } from 'vitest';
import { overflows } from './scrollable';

const box = (scrollHeight: number, clientHeight: number, scrollWidth = 300, clientWidth = 300) => ({ scrollHeight, clientHeight, scrollWidth, clientWidth });

describe('overflows', () => {
	it('is true while more is held below the foot than shown', () => {
		expect(overflows(box(400, 300))).toBe(true);
	});
	it('is false when everything fits, within a pixel (a zoomed page measures in fractions)', () => {
		expect(overflows(box(300, 300))).toBe(false);
		expect(overflows(box(300.8, 300))).toBe(false);
	});
	it('counts what is wider than the box only where the box may scroll across', () => {
		expect(overflows(box(300, 300, 420, 300))).toBe(true);
		expect(overflows(box(300, 300, 420, 300), false)).toBe(false);
	});
});
