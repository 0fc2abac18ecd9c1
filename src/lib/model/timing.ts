/**
 * The story's timing track: how long each step stays on screen when the story plays by itself (the
 * deck's autoplay, the videos). A step's `duration` in the dataset, or else its reading time: the words
 * on its slide (title and text) at a steady reading pace, plus a moment to take in its picture.
 */
import { plainText } from './links.ts';
import type { StoryEvent } from './types.ts';

/** A steady reading pace for text on a screen: words a minute (adults read 200–250 silently). */
export const WORDS_PER_MINUTE = 180;
/** The time to take in a step's picture before or after its words (seconds). */
export const PICTURE_SECONDS = 3;
/** The least and most a step is held by default (seconds): a one-line step still registers; a long one does not stall a loop. */
export const MIN_SECONDS = 6;
export const MAX_SECONDS = 40;

/** How many words a text has (runs of letters or digits, in any script). */
export const wordCount = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,٬٫-]*/gu)?.length ?? 0;

/** The step's reading time in seconds (rounded to a tenth), between MIN_SECONDS and MAX_SECONDS. */
export function readingSeconds(event: Pick<StoryEvent, 'title' | 'body'>): number {
	const words = wordCount(event.title) + event.body.reduce((n, p) => n + wordCount(plainText(p)), 0);
	const seconds = (words / WORDS_PER_MINUTE) * 60 + PICTURE_SECONDS;
	return Math.round(Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds)) * 10) / 10;
}

/** A breath after a narration's last words before the next step (seconds). */
export const NARRATION_TAIL = 1;

/** How long a step's narration runs, by its captions' last cue (read by the build), plus a breath; 0 without one. */
export const narrationSeconds = (event: Pick<StoryEvent, 'narration'>): number => {
	const end = event.narration?.cues?.at(-1)?.end;
	return end === undefined ? 0 : Math.round((end + NARRATION_TAIL) * 10) / 10;
};

/** How long the step stays on screen: its `duration`, or its reading time; never less than its narration. */
export const stepSeconds = (event: Pick<StoryEvent, 'title' | 'body' | 'duration' | 'narration'>): number =>
	Math.max(event.duration ?? readingSeconds(event), narrationSeconds(event));

/** Each step's time on screen, in story order, and where each starts (seconds from the start). */
export function timingTrack(events: Pick<StoryEvent, 'id' | 'title' | 'body' | 'duration' | 'narration'>[]): { id: string; start: number; seconds: number }[] {
	let start = 0;
	return events.map((e) => {
		const seconds = stepSeconds(e);
		const entry = { id: e.id, start, seconds };
		start += seconds;
		return entry;
	});
}
