/**
 * ffmpeg's arguments for one video (`npm run video`): each still decoded and converted once, held for
 * its frames (`tpad` repeats the one picture: nothing is recorded in real time, and no frame is drawn
 * twice), the stills joined by crossfades (`xfade`), encoded as H.264 for stills (`-tune stillimage`)
 * in an MP4 that starts playing before it has all arrived (`+faststart`).
 *
 * The crossfade takes nothing from the timing: each still but the last is held FADE longer than its
 * time, and the fade into the next starts where the next one's time starts, so the next still is on
 * screen from its start (fading in over its first FADE) and the video is exactly as long as the
 * stills' times added up.
 *
 * Sound only with narration: no segment has any yet, so the video has no sound track (`-an`); a
 * segment's `audio` is mixed in from its start and the track encoded as AAC.
 */
import type { Segment } from './videoTrack';

export interface VideoJob {
	/** The stills, one PNG per segment, all of the video's size. */
	stills: string[];
	track: Pick<Segment, 'frames' | 'start' | 'audio'>[];
	fps: number;
	/** The crossfade, in seconds (rounded to whole frames). */
	fade: number;
	/** The file to write (MP4). */
	out: string;
	/** The video's title, in its metadata. */
	title?: string;
	/** The language of its words (ISO 639-2, e.g. `eng`, `ara`), for its sound track. */
	language?: string;
}

/** H.264 as every player and platform takes it: 4:2:0, BT.709 colour (the HD standard players assume), a still-picture tuning. */
const VIDEO_CODEC = [
	'-c:v',
	'libx264',
	// `veryfast` is half the time of `medium` on held stills, and no larger: nothing moves for the slower searches to find.
	'-preset',
	'veryfast',
	'-tune',
	'stillimage',
	'-crf',
	'20',
	'-pix_fmt',
	'yuv420p',
	'-colorspace',
	'bt709',
	'-color_primaries',
	'bt709',
	'-color_trc',
	'bt709',
	'-color_range',
	'tv'
];

export function ffmpegArgs(job: VideoJob): string[] {
	const { stills, track, fps } = job;
	if (stills.length !== track.length || !track.length) throw new Error(`${stills.length} stills for ${track.length} segments`);
	const fadeFrames = Math.max(1, Math.round(job.fade * fps));
	const last = track.length - 1;
	for (const [i, seg] of track.entries())
		if (i < last && seg.frames <= fadeFrames) throw new Error(`Segment ${i + 1} is ${seg.frames} frames, no longer than its crossfade (${fadeFrames})`);

	const inputs = stills.flatMap((still) => ['-framerate', String(fps), '-i', still]);
	// Each still: converted to the video's colours once, then held (the first frame plus `stop` clones).
	const filters = track.map((seg, i) => {
		const held = seg.frames + (i < last ? fadeFrames : 0);
		return `[${i}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,tpad=stop_mode=clone:stop=${held - 1}[s${i}]`;
	});
	let video = 's0';
	for (let i = 1; i <= last; i++) {
		const out = i === last ? 'video' : `x${i}`;
		filters.push(`[${video}][s${i}]xfade=transition=fade:duration=${fadeFrames / fps}:offset=${track[i].start}[${out}]`);
		video = out;
	}

	// Narration: each recording from its segment's start, mixed, padded with silence to the video's end.
	const voiced = track.flatMap((seg) => (seg.audio ? [seg] : []));
	const total = track.reduce((n, seg) => n + seg.frames, 0) / fps;
	const audioInputs = voiced.flatMap((seg) => ['-i', seg.audio!]);
	if (voiced.length) {
		const delayed = voiced.map((seg, k) => {
			filters.push(`[${stills.length + k}:a]adelay=delays=${Math.round(seg.start * 1000)}:all=1[a${k}]`);
			return `[a${k}]`;
		});
		filters.push(`${delayed.join('')}amix=inputs=${voiced.length}:normalize=0:duration=longest,apad=whole_dur=${total},atrim=duration=${total}[audio]`);
	}

	return [
		'-hide_banner',
		'-loglevel',
		'error',
		'-y',
		...inputs,
		...audioInputs,
		'-filter_complex',
		filters.join(';'),
		'-map',
		`[${video}]`,
		...(voiced.length ? ['-map', '[audio]', '-c:a', 'aac', '-b:a', '128k', ...(job.language ? ['-metadata:s:a:0', `language=${job.language}`] : [])] : ['-an']),
		...VIDEO_CODEC,
		'-r',
		String(fps),
		...(job.title ? ['-metadata', `title=${job.title}`] : []),
		'-movflags',
		'+faststart',
		'-f',
		'mp4',
		job.out
	];
}
