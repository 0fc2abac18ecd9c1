import { describe, expect, it } from 'vitest';
import { ffmpegArgs, type VideoJob } from './videoEncode';

const job = (frames: number[], audio: (string | undefined)[] = []): VideoJob => {
	let start = 0;
	const segments = frames.map((n, i) => {
		const seg = { start: start / 25, stills: [{ file: `still-${i}.png`, frames: n }], ...(audio[i] ? { audio: audio[i] } : {}) };
		start += n;
		return seg;
	});
	return { segments, fps: 25, fade: 0.4, out: 'out.mp4', title: 'A story' };
};
const graph = (args: string[]) => args[args.indexOf('-filter_complex') + 1].split(';');

describe('ffmpegArgs', () => {
	it('reads each still once and holds it for its frames, plus the crossfade but the last', () => {
		const args = ffmpegArgs(job([125, 50, 100]));
		expect(args.filter((a) => a.endsWith('.png'))).toEqual(['still-0.png', 'still-1.png', 'still-2.png']);
		const holds = graph(args)
			.map((f) => /tpad=stop_mode=clone:stop=(\d+)/.exec(f)?.[1])
			.filter(Boolean);
		// 10 frames of crossfade at 25 a second: each held 10 frames longer (the first frame plus `stop` clones).
		expect(holds).toEqual(['134', '59', '99']);
	});

	it('fades into each still at its own start, so the video is as long as the stills’ times added up', () => {
		const fades = graph(ffmpegArgs(job([125, 50, 100]))).filter((f) => f.includes('xfade'));
		expect(fades).toEqual(['[s0][s1]xfade=transition=fade:duration=0.4:offset=5[x1]', '[x1][s2]xfade=transition=fade:duration=0.4:offset=7[video]']);
	});

	it('writes H.264 in an MP4 that plays as it arrives, and no sound track without narration', () => {
		const args = ffmpegArgs(job([125, 50]));
		expect(args.join(' ')).toMatch(/-c:v libx264 .*-tune stillimage .*-pix_fmt yuv420p/);
		expect(args).toContain('-an');
		expect(args).not.toContain('aac');
		expect(args.slice(-5)).toEqual(['-movflags', '+faststart', '-f', 'mp4', 'out.mp4']);
		expect(args[args.indexOf('-r') + 1]).toBe('25');
	});

	it('mixes a narration in from its segment’s start, as AAC, padded to the video’s end', () => {
		const args = ffmpegArgs({ ...job([125, 50, 100], [undefined, 'say-1.m4a', 'say-2.m4a']), language: 'ara' });
		expect(args.slice(args.indexOf('say-1.m4a') - 1, args.indexOf('say-2.m4a') + 1)).toEqual(['-i', 'say-1.m4a', '-i', 'say-2.m4a']);
		const audio = graph(args).filter((f) => f.includes(':a]') || f.includes('amix'));
		expect(audio).toEqual([
			'[3:a]adelay=delays=5000:all=1[a0]',
			'[4:a]adelay=delays=7000:all=1[a1]',
			'[a0][a1]amix=inputs=2:normalize=0:duration=longest,apad=whole_dur=11,atrim=duration=11[audio]'
		]);
		expect(args.join(' ')).toContain('-map [audio] -c:a aac -b:a 128k -metadata:s:a:0 language=ara');
		expect(args).not.toContain('-an');
	});

	it('cuts from one still of a segment to the next (a narrated step’s lines), fading only between segments', () => {
		const narrated = job([125, 50, 100]);
		narrated.segments[1].stills = [
			{ file: 'line-0.png', frames: 20 },
			{ file: 'line-1.png', frames: 30 }
		];
		const args = ffmpegArgs(narrated);
		expect(args.filter((a) => a.endsWith('.png'))).toEqual(['still-0.png', 'line-0.png', 'line-1.png', 'still-2.png']);
		expect(graph(args).slice(1, 4)).toEqual([
			'[1:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,tpad=stop_mode=clone:stop=19[s1.0]',
			// (The segment's last still is held on through the crossfade out of it.)
			'[2:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,tpad=stop_mode=clone:stop=39[s1.1]',
			'[s1.0][s1.1]concat=n=2:v=1:a=0,settb=1/25[s1]'
		]);
		expect(graph(args).filter((f) => f.includes('xfade'))).toHaveLength(2);
	});

	it('needs no crossfade for one still, and refuses a still no longer than its crossfade', () => {
		expect(graph(ffmpegArgs(job([50])))).toEqual(['[0:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,tpad=stop_mode=clone:stop=49[s0]']);
		expect(() => ffmpegArgs(job([10, 50]))).toThrow(/no longer than its crossfade/);
	});
});
