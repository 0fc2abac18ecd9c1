/**
 * ffmpeg's arguments for one video (`npm run video`): each still decoded and converted once, held for
 * its frames (`tpad` repeats the one picture: nothing is recorded in real time, and no frame is drawn
 * twice), a segment's stills cut one to the next (`concat`: a narrated step's caption lines), the
 * segments joined by crossfades (`xfade`), encoded as H.264 for stills (`-tune stillimage`) in an MP4
 * that starts playing before it has all arrived (`+faststart`).
 *
 * The crossfade takes nothing from the timing: each segment but the last is held FADE longer than its
 * time, and the fade into the next starts where the next one's time starts, so the next segment is on
 * screen from its start (fading in over its first FADE) and the video is exactly as long as the
 * segments' times added up.
 *
 * Sound only with narration: a segment's recording is mixed in from its start and the track encoded
 * as AAC; a video with no narration has no sound track at all (`-an`).
 */

/** A segment of the video as ffmpeg makes it: where it starts (seconds), its stills in turn, its recording. */
export interface EncodeSegment {
	start: number;
	stills: { file: string; frames: number }[];
	audio?: string;
}

export interface VideoJob {
	/** The segments, their stills PNG files all of the video's size. */
	segments: EncodeSegment[];
	fps: number;
	/** The crossfade, in seconds (rounded to whole frames). */
	fade: number;
	/** The file to write (MP4). */
	out: string;
	/** The video's title, in its metadata. */
	title?: string;
	/** The language of its narration (ISO 639-2, e.g. `eng`, `ara`), for its sound track. */
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
	const { segments, fps } = job;
	if (!segments.length || segments.some((seg) => !seg.stills.length || seg.stills.some((s) => s.frames < 1)))
		throw new Error('Every segment needs a still of a frame or more');
	const fadeFrames = Math.max(1, Math.round(job.fade * fps));
	const last = segments.length - 1;
	const framesOf = (seg: EncodeSegment) => seg.stills.reduce((n, s) => n + s.frames, 0);
	for (const [i, seg] of segments.entries())
		if (i < last && framesOf(seg) <= fadeFrames) throw new Error(`Segment ${i + 1} is ${framesOf(seg)} frames, no longer than its crossfade (${fadeFrames})`);

	const stills = segments.flatMap((seg) => seg.stills);
	const inputs = stills.flatMap((still) => ['-framerate', String(fps), '-i', still.file]);
	const filters: string[] = [];
	let input = 0;
	segments.forEach((seg, i) => {
		// Each still: converted to the video's colours once, then held (the first frame plus `stop` clones);
		// a segment's last still also through the crossfade out of it.
		const held = seg.stills.map((still, j) => {
			const frames = still.frames + (i < last && j === seg.stills.length - 1 ? fadeFrames : 0);
			const label = seg.stills.length === 1 ? `s${i}` : `s${i}.${j}`;
			filters.push(`[${input++}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,tpad=stop_mode=clone:stop=${frames - 1}[${label}]`);
			return `[${label}]`;
		});
		// (concat counts time in microseconds; xfade wants both its inputs on the stills' clock.)
		if (held.length > 1) filters.push(`${held.join('')}concat=n=${held.length}:v=1:a=0,settb=1/${fps}[s${i}]`);
	});
	let video = 's0';
	for (let i = 1; i <= last; i++) {
		const out = i === last ? 'video' : `x${i}`;
		filters.push(`[${video}][s${i}]xfade=transition=fade:duration=${fadeFrames / fps}:offset=${segments[i].start}[${out}]`);
		video = out;
	}

	// Narration: each recording from its segment's start, mixed, padded with silence to the video's end.
	const voiced = segments.flatMap((seg) => (seg.audio ? [seg] : []));
	const total = segments.reduce((n, seg) => n + framesOf(seg), 0) / fps;
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
