import { describe, expect, it } from 'vitest';
import { vttTime, webVtt } from './webVtt';

describe('vttTime', () => {
	it('writes hours, minutes, seconds and milliseconds', () => {
		expect(vttTime(0)).toBe('00:00:00.000');
		expect(vttTime(7.32)).toBe('00:00:07.320');
		expect(vttTime(3725.5)).toBe('01:02:05.500');
	});
});

describe('webVtt', () => {
	it('writes the header, then each cue: its id, its times and its lines', () => {
		const vtt = webVtt([
			{ id: 'first', start: 0, end: 5, lines: ['Title', 'The first paragraph.'] },
			{ start: 5, end: 7.32, lines: ['Next'] }
		]);
		expect(vtt).toBe('WEBVTT\n\nfirst\n00:00:00.000 --> 00:00:05.000\nTitle\nThe first paragraph.\n\n00:00:05.000 --> 00:00:07.320\nNext\n');
	});

	it('keeps a cue whole: markup characters escaped, a line break made a space, no arrow in an id', () => {
		const vtt = webVtt([{ id: 'a-->b', start: 1, end: 2, lines: ['Q&A <live>', 'one\n\ntwo'] }]);
		expect(vtt).toContain('a→b\n');
		expect(vtt).toContain('Q&amp;A &lt;live&gt;\none two\n');
	});

	it('refuses a cue that ends before it starts', () => {
		expect(() => webVtt([{ start: 2, end: 2, lines: ['x'] }])).toThrow(/must end after it starts/);
	});
});
