import { describe, expect, it } from 'vitest';
import { parseVtt } from './vtt';

describe('parseVtt', () => {
	it('reads each cue’s timing and its words as plain text, with hours, identifiers, settings, notes and tags', () => {
		const text = [
			'\uFEFFWEBVTT - the minister',
			'',
			'NOTE a desk note, not a cue',
			'',
			'intro',
			'00:01.000 --> 00:03.500 line:90%',
			'<v Minister>We will take them</v>',
			'<i>all</i> &amp; now.',
			'',
			'01:00:02.250 --> 01:00:04.000',
			'Second line'
		].join('\r\n');
		expect(parseVtt(text)).toEqual({
			ok: true,
			cues: [
				{ start: 1, end: 3.5, text: 'We will take them all & now.' },
				{ start: 3602.25, end: 3604, text: 'Second line' }
			]
		});
	});

	it('says what is wrong with a file that is not WebVTT, a timing it cannot read, or no cues', () => {
		expect(parseVtt('1\n00:00:01,000 --> 00:00:02,000\nAn SRT file')).toEqual({ ok: false, message: 'is not a WebVTT file: its first line must be "WEBVTT"' });
		expect(parseVtt('WEBVTT\n\n00:05.000 --> 00:01.000\nBackwards')).toMatchObject({ ok: false, message: expect.stringContaining('line 3') });
		expect(parseVtt('WEBVTT\n')).toMatchObject({ ok: false, message: expect.stringContaining('no cue') });
	});
});
