import { describe, expect, it } from 'vitest';
import { hidesMore } from './moreBelow';

describe('hidesMore', () => {
	it('is true while words are hidden below the foot of the column', () => {
		expect(hidesMore({ scrollTop: 0, scrollHeight: 400, clientHeight: 300 })).toBe(true);
		expect(hidesMore({ scrollTop: 98, scrollHeight: 400, clientHeight: 300 })).toBe(true);
	});
	it('is false read to the end, within a pixel (a zoomed page scrolls by fractions)', () => {
		expect(hidesMore({ scrollTop: 100, scrollHeight: 400, clientHeight: 300 })).toBe(false);
		expect(hidesMore({ scrollTop: 99.5, scrollHeight: 400, clientHeight: 300 })).toBe(false);
	});
	it('is false when everything fits', () => {
		expect(hidesMore({ scrollTop: 0, scrollHeight: 300, clientHeight: 300 })).toBe(false);
	});
});
