import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { stepSeconds } from '../../model/timing';
import { captionCues, FPS, SOURCES_SECONDS, TITLE_SECONDS, trackSeconds, videoLength, videoTrack } from './videoTrack';

const story = storySchema.parse(testStory());

describe('videoTrack', () => {
	it('holds the title card, each step for its time on the timing track, and the sources card', () => {
		const track = videoTrack(story);
		expect(track.map((s) => s.hash)).toEqual(['card:title', ...story.events.map((e) => e.id), 'card:sources-1']);
		expect(track.map((s) => s.seconds)).toEqual([TITLE_SECONDS, ...story.events.map(stepSeconds), SOURCES_SECONDS]);
		// Each starts where the one before ends; the whole is their sum.
		for (let i = 1; i < track.length; i++) expect(track[i].startFrame).toBe(track[i - 1].startFrame + track[i - 1].frames);
		expect(trackSeconds(track)).toBe(TITLE_SECONDS + story.events.reduce((s, e) => s + stepSeconds(e), 0) + SOURCES_SECONDS);
	});

	it('starts each still on the frame nearest its time, so rounding never adds up', () => {
		// 7.3 s is 182.5 frames: rounding each step's length would drift half a frame a step.
		const steady = { ...story, events: Array.from({ length: 40 }, (_, i) => ({ ...story.events[0], id: `s${i}`, duration: 7.3 })) };
		const track = videoTrack(steady);
		const end = track.at(-1)!.startFrame + track.at(-1)!.frames;
		expect(end).toBe(Math.round((TITLE_SECONDS + 40 * 7.3 + SOURCES_SECONDS) * FPS));
		for (const [i, seg] of track.slice(1, -1).entries()) expect(Math.abs(seg.start - (TITLE_SECONDS + i * 7.3))).toBeLessThanOrEqual(0.5 / FPS + 1e-9);
	});

	it('captions the title card with its title (the dek is on the card only), a step with its title and first paragraph as read, the sources card with nothing', () => {
		const linked = { ...story, events: story.events.map((e, i) => (i ? e : { ...e, body: ['See [the report](https://example.org/r).', 'More.'] })) };
		const track = videoTrack(linked);
		expect(track[0].caption.map((l) => l.text)).toEqual([story.title]);
		expect(track[1].caption.map((l) => l.text)).toEqual([story.events[0].title, 'See the report.']);
		expect(track.at(-1)!.caption).toEqual([]);
	});
});

describe('captionCues', () => {
	it('is one cue per still that says something, from its start to the next one’s, named after it', () => {
		const track = videoTrack(story);
		const cues = captionCues(track);
		expect(cues.map((c) => c.id)).toEqual(['card:title', ...story.events.map((e) => e.id)]);
		for (const [i, cue] of cues.entries()) expect([cue.start, cue.end]).toEqual([track[i].start, track[i + 1].start]);
		expect(cues[2].lines).toEqual([story.events[1].title, story.events[1].body[0]]);
	});

	it('marks right-to-left lines as such, but a translated edition’s English', () => {
		const arabic = {
			...story,
			title: 'ISIS في العراق',
			events: story.events.map((e, i) => (i ? e : { ...e, title: '٢٠١٩: عنوان', untranslated: ['body.0'] }))
		};
		const [title, first] = captionCues(videoTrack(arabic, 'rtl'));
		expect(title.lines[0]).toBe('\u200fISIS في العراق');
		expect(first.lines).toEqual(['\u200f٢٠١٩: عنوان', 'One.']);
	});
});

describe('a narrated step', () => {
	const said = [
		{ start: 0.4, end: 2, text: 'Said first.' },
		{ start: 2, end: 3.6, text: 'قيل ثانياً.' }
	];
	const narrated = {
		...story,
		events: story.events.map((e, i) => (i === 1 ? { ...e, narration: { audio: 'narration/second.mp3', captions: 'narration/second.vtt', cues: said } } : e))
	};
	const track = videoTrack(narrated);
	const step = track[2];

	it('plays its recording from its start, held at least its captions’ length and a breath', () => {
		expect(step.audio).toBe('narration/second.mp3');
		expect(step.seconds).toBeGreaterThanOrEqual(3.6 + 1);
		expect(track.filter((s) => s.audio)).toHaveLength(1);
	});

	it('shows its picture alone, then each line over it while it is said, cut from one to the next', () => {
		expect(step.stills.map((s) => [s.hash, s.startFrame - step.startFrame, s.frames])).toEqual([
			['second', 0, 10],
			['second:line-1', 10, 40],
			['second:line-2', 50, 40],
			['second', 90, step.frames - 90]
		]);
		// The other segments show one still each, as long as themselves.
		for (const seg of track.filter((s) => s !== step)) expect(seg.stills.map((s) => [s.hash, s.frames])).toEqual([[seg.hash, seg.frames]]);
	});

	it('is captioned with what is said, on the video’s clock, each line in its language’s direction', () => {
		const cues = captionCues(
			videoTrack({ ...narrated, events: narrated.events.map((e) => (e.narration ? { ...e, narration: { ...e.narration, language: 'ar' } } : e)) })
		);
		expect(cues.filter((c) => c.id?.startsWith('second'))).toEqual([
			{ id: 'second:line-1', start: step.start + 0.4, end: step.start + 2, lines: ['\u200fSaid first.'] },
			{ id: 'second:line-2', start: step.start + 2, end: step.start + 3.6, lines: ['\u200fقيل ثانياً.'] }
		]);
		expect(captionCues(track).find((c) => c.id === 'second:line-1')!.lines).toEqual(['Said first.']);
	});
});

describe('videoLength', () => {
	it('says a length in minutes and seconds, rounded to the second', () => {
		expect(videoLength(23.04)).toBe('23 s');
		expect(videoLength(343.4)).toBe('5 min 43 s');
		expect(videoLength(59.6)).toBe('1 min 0 s');
	});
});
