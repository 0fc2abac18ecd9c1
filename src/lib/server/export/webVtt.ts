/**
 * WebVTT, the captions file every web player and social platform reads beside a video
 * (https://www.w3.org/TR/webvtt1/): a header, then cues, each an optional id, its times and its
 * lines. Only what the videos need: text is escaped (`&`, `<`, `>`), a line never holds a line break
 * (a blank line would end the cue), and an id never holds `-->`.
 */

export interface Cue {
	/** A name for the cue (the step's id): tools and tests find a step's cue by it. */
	id?: string;
	/** Seconds from the video's start. */
	start: number;
	end: number;
	lines: string[];
}

/** `01:02:03.456`: hours, minutes, seconds and milliseconds, as WebVTT writes a time. */
export function vttTime(seconds: number): string {
	const ms = Math.round(seconds * 1000);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** A line of cue text: its markup characters escaped, its whitespace (line breaks too) one space. */
const cueText = (line: string) => line.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The cues as a WebVTT file. */
export function webVtt(cues: Cue[]): string {
	const blocks = cues.map((c) => {
		if (c.end <= c.start) throw new Error(`A cue must end after it starts (${c.id ?? vttTime(c.start)})`);
		const id = c.id ? [c.id.replace(/-->/g, '→').replace(/\s+/g, ' ')] : [];
		return [...id, `${vttTime(c.start)} --> ${vttTime(c.end)}`, ...c.lines.map(cueText).filter(Boolean)].join('\n');
	});
	return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}
