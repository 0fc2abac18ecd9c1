import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { stepSeconds } from '../../model/timing';
import { captionCues, FPS, SOURCES_SECONDS, TITLE_SECONDS, trackSeconds, videoTrack } from './videoTrack';

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

	it('captions the title card with the title and dek, a step with its title and first paragraph as read, the sources card with nothing', () => {
		const linked = { ...story, events: story.events.map((e, i) => (i ? e : { ...e, body: ['See [the report](https://example.org/r).', 'More.'] })) };
		const track = videoTrack(linked);
		expect(track[0].caption.map((l) => l.text)).toEqual([story.title, story.dek]);
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

	it('takes a segment’s own cues (a narration’s) instead, on the video’s clock', () => {
		const track = videoTrack(story);
		track[1] = { ...track[1], cues: [{ start: 0.5, end: 2, lines: ['Said first.'] }] };
		expect(captionCues(track)[1]).toEqual({ start: track[1].start + 0.5, end: track[1].start + 2, lines: ['Said first.'] });
	});
});
