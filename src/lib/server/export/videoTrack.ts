/**
 * The videos' timing and captions (`npm run video`): each still (the title card, the steps, the
 * sources card: src/lib/views/video/videoFrames.ts) with where it starts, how long it is on screen
 * and what the captions say over it. A step is held for its time on the story's timing track
 * (`stepSeconds`, as the deck's autoplay holds it); the cards for set times. Times are whole frames:
 * each start is the track's own time rounded to the nearest frame, so rounding never adds up over a
 * long story and the video's length is the track's to within half a frame.
 */
import { plainText } from '../../model/links';
import { isPlaceholder } from '../../model/placeholder';
import { stepSeconds } from '../../model/timing';
import type { Story } from '../../model/types';
import { frameHash, videoFrames, type VideoFrame } from '../../views/video/videoFrames';
import type { Cue } from './webVtt';

/** Frames a second: the PAL and web standard every platform takes; the stills hold, so more would only cost encoding time. */
export const FPS = 25;
/** How long the title card is on screen: its headline read (the dek is there for whoever pauses it). */
export const TITLE_SECONDS = 5;
/** How long each sources card is on screen: long enough to see whose reporting it is, not to read every title (the page and the `.vtt` keep them). */
export const SOURCES_SECONDS = 6;
/** The crossfade from one still to the next, taken from the start of the next: 10 frames at 25 a second. */
export const FADE_SECONDS = 0.4;

/** A caption's line and the direction it reads in (a translated edition's English runs left to right). */
export interface CaptionLine {
	text: string;
	dir: 'ltr' | 'rtl';
}

export interface Segment {
	frame: VideoFrame;
	/** Its still's address in the video view, without the `#` (and the cue's id in the `.vtt`). */
	hash: string;
	/** Where it starts and how long it stays, in frames (the crossfade into the next starts at its end). */
	startFrame: number;
	frames: number;
	/** The same in seconds (whole frames). */
	start: number;
	seconds: number;
	/** What the captions say while it is on screen: the title card its title and dek, a step its title and first paragraph; the sources card nothing (a list to read, not to say). */
	caption: CaptionLine[];
	/**
	 * The narration heard over it: a sound file, from its start. None yet: when a step gets a recorded
	 * `narration`, it goes here (and its own cues in `cues`), and the encoder adds the sound track
	 * (videoEncode.ts); a video without any is silent, with no sound track at all.
	 */
	audio?: string;
	/** Its captions' own cues, in seconds from its start (a narration's): instead of one cue of `caption` for the whole segment. */
	cues?: Cue[];
}

/** The seconds each still is held for, before rounding to frames. */
function heldFor(frame: VideoFrame, story: Story): number {
	if (frame.kind === 'title') return TITLE_SECONDS;
	if (frame.kind === 'sources') return SOURCES_SECONDS;
	return stepSeconds(story.events[frame.index]);
}

/** What the captions say over a still, in the edition's direction (`dir`) but where the edition shows English. */
function captionOf(frame: VideoFrame, story: Story, dir: 'ltr' | 'rtl'): CaptionLine[] {
	const line = (text: string, english: boolean | undefined): CaptionLine => ({ text, dir: english ? 'ltr' : dir });
	if (frame.kind === 'sources') return [];
	if (frame.kind === 'title') {
		const english = (field: string) => story.untranslated?.includes(`story.${field}`);
		return [line(story.title, english('title')), ...(isPlaceholder(story.dek) ? [] : [line(story.dek, english('dek'))])];
	}
	const event = story.events[frame.index];
	const english = (field: string) => event.untranslated?.includes(field);
	return [line(event.title, english('title')), line(plainText(event.body[0]), english('body.0'))];
}

/** The story's video: every still in order, timed, with its captions; `dir` is the edition's. */
export function videoTrack(story: Story, dir: 'ltr' | 'rtl' = 'ltr', fps = FPS): Segment[] {
	let elapsed = 0;
	return videoFrames(story).map((frame) => {
		const startFrame = Math.round(elapsed * fps);
		elapsed += heldFor(frame, story);
		const frames = Math.round(elapsed * fps) - startFrame;
		return {
			frame,
			hash: frameHash(frame, story),
			startFrame,
			frames,
			start: startFrame / fps,
			seconds: frames / fps,
			caption: captionOf(frame, story, dir)
		};
	});
}

/** The video's length in seconds: the sum of its stills' times (the crossfades overlap nothing: see videoEncode.ts). */
export const trackSeconds = (track: Segment[]): number => track.reduce((s, seg) => s + seg.seconds, 0);

/**
 * The captions as cues on the video's clock: one per still that says something, from its start to the
 * next's (a segment's own `cues`, a narration's, moved to its start). A right-to-left line starts with
 * a right-to-left mark, so a player lays it out right to left even when it begins with a Latin name or
 * a number (a cue's direction is its first strong character's).
 */
export function captionCues(track: Segment[]): Cue[] {
	const RLM = '\u200f';
	return track.flatMap((seg) => {
		if (seg.cues) return seg.cues.map((c) => ({ ...c, start: seg.start + c.start, end: seg.start + c.end }));
		if (!seg.caption.length) return [];
		return [{ id: seg.hash, start: seg.start, end: seg.start + seg.seconds, lines: seg.caption.map((l) => (l.dir === 'rtl' ? RLM : '') + l.text) }];
	});
}
