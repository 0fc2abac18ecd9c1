// The videos' figures for `npm run bench`: `npm run video` run on a build into a folder of the bench's
// own, timed, with each file's size and length (read back by ffprobe, beside ffmpeg). On a machine with
// no ffmpeg, says so instead of failing the bench.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ffmpegMissing, findFfmpeg } from './ffmpeg.ts';

export interface VideoFigures {
	/** The wall time `npm run video` took, all its videos together (seconds). */
	seconds: number;
	files: { name: string; bytes: number; length: number }[];
}

/** Makes the videos of the build in `dir` into `out` and measures them, or says why they could not be made. */
export function measureVideos(dir: string, out: string): VideoFigures | { missing: string } {
	const ffmpeg = findFfmpeg();
	if (!ffmpeg) return { missing: ffmpegMissing() };
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const started = performance.now();
	execSync(`node_modules/.bin/tsx scripts/video.ts --out ${out}`, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: dir } });
	const seconds = (performance.now() - started) / 1000;
	const length = (file: string) =>
		Number(execFileSync(join(dirname(ffmpeg), 'ffprobe'), ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' }));
	const files = readdirSync(out)
		.filter((f) => f.endsWith('.mp4'))
		.sort((a, b) => a.length - b.length || a.localeCompare(b))
		.map((name) => ({ name, bytes: statSync(join(out, name)).size, length: length(join(out, name)) }));
	return { seconds, files };
}
