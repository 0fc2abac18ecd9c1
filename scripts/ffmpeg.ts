// Which ffmpeg makes the videos (`npm run video`): FFMPEG_PATH where it is set (and then only that one),
// else Debian's (`apt-get install ffmpeg`: /usr/bin/ffmpeg, with libx264), else one on the PATH. Not an
// npm package: those that download a binary at install fail on machines without the internet
// (docs/presenting.md, The story as video).
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { firstFile } from './engines.ts';

/** The ffmpeg to run, or undefined when there is none. */
export function findFfmpeg(): string | undefined {
	if (process.env.FFMPEG_PATH) return firstFile([process.env.FFMPEG_PATH]);
	return firstFile(['/usr/bin/ffmpeg', '/usr/local/bin/ffmpeg', ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'ffmpeg'))]);
}

/** What the videos need of an ffmpeg that it lacks: its H.264 encoder, and the filters that hold and fade the stills. */
export function ffmpegLacks(ffmpeg: string): string[] {
	const list = (what: string) => execFileSync(ffmpeg, ['-hide_banner', `-${what}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	const encoders = list('encoders');
	const filters = list('filters');
	return [
		...(/\blibx264\b/.test(encoders) ? [] : ['the libx264 encoder']),
		...['tpad', 'xfade'].filter((f) => !new RegExp(`\\s${f}\\s`).test(filters)).map((f) => `the ${f} filter`)
	];
}

/** What to do when there is no ffmpeg, in one line (`env`: the environment `npm run video` runs in). */
export const ffmpegMissing = (env: NodeJS.ProcessEnv = process.env) =>
	env.FFMPEG_PATH
		? `FFMPEG_PATH names no file (${env.FFMPEG_PATH}): point it at an ffmpeg, or unset it to use Debian’s (\`apt-get install ffmpeg\`), then \`npm run video\`.`
		: 'The videos need ffmpeg: install Debian’s (`apt-get install ffmpeg`, or your system’s ffmpeg package with libx264), or set FFMPEG_PATH to one, then `npm run video`.';

/** What the tests do without one, in one line (scripts/ensure-browsers.ts says it; tests/e2e/video.spec.ts is skipped). */
export const FFMPEG_SKIPPED =
	'ffmpeg: none here, so the videos’ tests (tests/e2e/video.spec.ts) do not run. Install Debian’s `ffmpeg` (or your system’s, with libx264), or set FFMPEG_PATH to one.';

/** The Debian package that gives it (scripts/ensure-browsers.ts installs it for the tests as root). */
export const FFMPEG_PACKAGE = 'ffmpeg';
