import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARRATION_TAIL, MAX_SECONDS, MIN_SECONDS, PICTURE_SECONDS, readingSeconds, stepSeconds, timingTrack, WORDS_PER_MINUTE, wordCount } from './timing';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('wordCount', () => {
	it('counts words in any script, numbers as words, punctuation as none', () => {
		expect(wordCount('Iraq has received around 2,200 detainees, reports say')).toBe(8);
		expect(wordCount('تقارير: العراق تسلّم نحو ٢٬٢٠٠ محتجز')).toBe(6);
		expect(wordCount(' — ')).toBe(0);
	});
});

describe('readingSeconds', () => {
	it('is the words at a steady pace plus a moment for the picture, links read as their words', () => {
		const event = { title: words(10), body: [words(50), `${words(19)} [the report](https://example.org/a-long-address)`] };
		expect(readingSeconds(event)).toBe(Math.round(((81 / WORDS_PER_MINUTE) * 60 + PICTURE_SECONDS) * 10) / 10);
	});
	it('holds a short step long enough to register, and a long one no longer than the most', () => {
		expect(readingSeconds({ title: 'Hi', body: ['Yes.'] })).toBe(MIN_SECONDS);
		expect(readingSeconds({ title: 'Long', body: [words(1000)] })).toBe(MAX_SECONDS);
	});
});

describe('timingTrack', () => {
	it('gives a step its dataset duration, else its reading time, and each start as the sum before it', () => {
		const track = timingTrack([
			{ id: 'a', title: 'A', body: ['One.'], duration: 12 },
			{ id: 'b', title: 'B', body: ['Two.'] },
			{ id: 'c', title: 'C', body: ['Three.'], duration: 4.5 }
		]);
		expect(track).toEqual([
			{ id: 'a', start: 0, seconds: 12 },
			{ id: 'b', start: 12, seconds: MIN_SECONDS },
			{ id: 'c', start: 12 + MIN_SECONDS, seconds: 4.5 }
		]);
	});
	it('holds a narrated step for its recording (its captions’ last cue) and a breath, if that is longer', () => {
		const narration = (end: number) => ({
			audio: 'n.mp3',
			captions: 'n.vtt',
			cues: [
				{ start: 0, end: end / 2, text: 'a' },
				{ start: end / 2, end, text: 'b' }
			]
		});
		expect(stepSeconds({ title: 'A', body: ['One.'], narration: narration(20) })).toBe(20 + NARRATION_TAIL);
		expect(stepSeconds({ title: 'A', body: ['One.'], duration: 30, narration: narration(20) })).toBe(30);
		expect(stepSeconds({ title: 'A', body: ['One.'], duration: 5, narration: narration(20) })).toBe(20 + NARRATION_TAIL);
	});
	it('times the real story between a few minutes and a quarter of an hour', () => {
		const story = JSON.parse(readFileSync('timeline-data/story.json', 'utf8')) as { events: Parameters<typeof stepSeconds>[0][] };
		const total = story.events.reduce((n, e) => n + stepSeconds(e), 0);
		expect(total).toBeGreaterThan(120);
		expect(total).toBeLessThan(900);
	});
});
