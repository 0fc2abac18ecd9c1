/**
 * The videos' timing and captions (`npm run video`): each segment (the title card, the steps, the
 * sources card: src/lib/views/video/videoFrames.ts) with where it starts, how long it is on screen,
 * the stills it shows and what the captions say over it. A step is held for its time on the story's
 * timing track (`stepSeconds`, as the deck's autoplay holds it, its narration's length included); the
 * cards for set times. Times are whole frames: each start is the track's own time rounded to the
 * nearest frame, so rounding never adds up over a long story and the video's length is the track's to
 * within half a frame.
 *
 * A narrated step plays its recording from its start (the segment's `audio`), and its captions are
 * what is said: its stills are its picture with each line of the narration's captions in turn, cut
 * from one to the next as the line changes (as the deck shows them), and its cues are the narration's.
 */
import { plainText } from '../../model/links';
import { stepSeconds } from '../../model/timing';
import type { Story } from '../../model/types';
import { EDITION_LIST } from '../../i18n/langs';
import { frameHash, videoFrames, type VideoFrame } from '../../views/video/videoFrames';
import type { Cue } from './webVtt';

/** Frames a second: the PAL and web standard every platform takes; the stills hold, so more would only cost encoding time. */
export const FPS = 25;
/** How long the title card is on screen: its headline read (the dek is there for whoever pauses it). */
export const TITLE_SECONDS = 5;
/** How long each sources card is on screen: long enough to see whose reporting it is, not to read every title (the page keeps them; the `.vtt` does not say them). */
export const SOURCES_SECONDS = 6;
/** The crossfade from one segment to the next, taken from the start of the next: 10 frames at 25 a second. */
export const FADE_SECONDS = 0.4;

/** A caption's line and the direction it reads in (a translated edition's English runs left to right). */
export interface CaptionLine {
	text: string;
	dir: 'ltr' | 'rtl';
}

/** A picture held on screen: its address in the video view (without the `#`) and its frames. */
export interface Still {
	frame: VideoFrame;
	hash: string;
	startFrame: number;
	frames: number;
}

export interface Segment {
	frame: VideoFrame;
	/** Its address in the video view, without the `#` (and its cue's id in the `.vtt`). */
	hash: string;
	/** Where it starts and how long it stays, in frames (the crossfade into the next starts at its end). */
	startFrame: number;
	frames: number;
	/** The same in seconds (whole frames). */
	start: number;
	seconds: number;
	/** The pictures it shows in turn, cut from one to the next: one, or a narrated step's one per change of its caption line. */
	stills: Still[];
	/** What the captions say while it is on screen: the title card its title (five seconds: the dek is on the card for whoever pauses it), a step its title and first paragraph; the sources card nothing (a list to read, not to say). */
	caption: CaptionLine[];
	/** A narrated step's recording, played from its start: its `audio` as the dataset names it (the build publishes it under `media/`). */
	audio?: string;
	/** A narrated step's captions instead of `caption`: what is said, in seconds from its start. */
	cues?: Cue[];
}

/** The seconds each segment is held for, before rounding to frames. */
function heldFor(frame: VideoFrame, story: Story): number {
	if (frame.kind === 'title') return TITLE_SECONDS;
	if (frame.kind === 'sources') return SOURCES_SECONDS;
	return stepSeconds(story.events[frame.index]);
}

/** What the captions say over a segment, in the edition's direction (`dir`) but where the edition shows English. */
function captionOf(frame: VideoFrame, story: Story, dir: 'ltr' | 'rtl'): CaptionLine[] {
	const line = (text: string, english: boolean | undefined): CaptionLine => ({ text, dir: english ? 'ltr' : dir });
	if (frame.kind === 'sources') return [];
	if (frame.kind === 'title') {
		const english = (field: string) => story.untranslated?.includes(`story.${field}`);
		return [line(story.title, english('title'))];
	}
	const event = story.events[frame.index];
	const english = (field: string) => event.untranslated?.includes(field);
	return [line(event.title, english('title')), line(plainText(event.body[0]), english('body.0'))];
}

/**
 * A right-to-left line starts with a right-to-left mark, so a player lays it out right to left even
 * when it begins with a Latin name or a number (a cue's direction is its first strong character's).
 */
const mark = (text: string, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? '\u200f' : '') + text;

/** The direction a narration's language reads in: an edition's where it is one (`ar`, `ar-IQ`), else left to right. */
const spokenDir = (language = 'en'): 'ltr' | 'rtl' =>
	EDITION_LIST.find((e) => !('pseudo' in e) && e.lang === language.split('-')[0].toLowerCase())?.dir ?? 'ltr';

/**
 * A step's stills: its picture alone, or for a narrated step its picture with each line of the
 * narration's captions over it while the line is said, and alone before, between and after them.
 */
function stillsOf(frame: VideoFrame, story: Story, startFrame: number, frames: number, fps: number): Still[] {
	const still = (f: VideoFrame, from: number, to: number): Still => ({ frame: f, hash: frameHash(f, story), startFrame: startFrame + from, frames: to - from });
	const said = frame.kind === 'step' ? story.events[frame.index].narration?.cues : undefined;
	if (frame.kind !== 'step' || !said?.length) return [still(frame, 0, frames)];
	const at = (seconds: number) => Math.min(frames, Math.max(0, Math.round(seconds * fps)));
	const stills: Still[] = [];
	let from = 0;
	said.forEach((cue, line) => {
		const [start, end] = [Math.max(from, at(cue.start)), at(cue.end)];
		if (start > from) stills.push(still(frame, from, start));
		if (end > start) stills.push(still({ ...frame, line }, start, end));
		from = Math.max(from, end);
	});
	if (from < frames) stills.push(still(frame, from, frames));
	return stills;
}

/** A narrated step's recording and its captions' cues (each named after the still that shows its line). */
function narrationOf(frame: VideoFrame, story: Story): Pick<Segment, 'audio' | 'cues'> {
	const narration = frame.kind === 'step' ? story.events[frame.index].narration : undefined;
	if (frame.kind !== 'step' || !narration) return {};
	const dir = spokenDir(narration.language);
	const cues = narration.cues?.map((c, line) => ({ id: frameHash({ ...frame, line }, story), start: c.start, end: c.end, lines: [mark(c.text, dir)] }));
	return { audio: narration.audio, ...(cues ? { cues } : {}) };
}

/** The story's video: every segment in order, timed, with its stills and captions; `dir` is the edition's. */
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
			stills: stillsOf(frame, story, startFrame, frames, fps),
			caption: captionOf(frame, story, dir),
			...narrationOf(frame, story)
		};
	});
}

/** A video's length as the scripts print it: "5 min 43 s", "23 s". */
export function videoLength(seconds: number): string {
	const s = Math.round(seconds);
	return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The video's length in seconds: the sum of its segments' times (the crossfades overlap nothing: see videoEncode.ts). */
export const trackSeconds = (track: Segment[]): number => track.reduce((s, seg) => s + seg.seconds, 0);

/**
 * The captions as cues on the video's clock: one per segment that says something, from its start to
 * the next's; a narrated step's own cues (what is said) instead, moved to its start and ending with it.
 */
export function captionCues(track: Segment[]): Cue[] {
	return track.flatMap((seg) => {
		if (seg.cues)
			return seg.cues.filter((c) => c.start < seg.seconds).map((c) => ({ ...c, start: seg.start + c.start, end: seg.start + Math.min(c.end, seg.seconds) }));
		if (!seg.caption.length) return [];
		return [{ id: seg.hash, start: seg.start, end: seg.start + seg.seconds, lines: seg.caption.map((l) => mark(l.text, l.dir)) }];
	});
}
