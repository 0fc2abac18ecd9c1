// `npm run video` (after a build): the story as MP4 files for screens and social feeds, in
// `build/video/` (`--out DIR` writes them elsewhere; BUILD_DIR picks another build):
//   story-16x9.mp4     1920×1080, the deck's slides (screens, a lobby's loop, a web player)
//   story-9x16.mp4     1080×1920, the graphic above the step's words (phones, social feeds)
//   story-*.ar.mp4     the same of each translated edition
// each with its captions as a WebVTT file of the same name (`story-16x9.vtt`). `--only story-9x16,…`
// makes only the videos named (the real story's four take minutes: a desk re-cutting its social
// video after a correction needs one). A title card, each step
// held for its time on the timing track, the sources card; a crossfade between stills.
//
// Fast because nothing is recorded in real time: each still is photographed once from the built site's
// video view (`video/#<still>`, src/lib/views/video/) by Chromium, with reduced motion, and ffmpeg holds
// and crossfades the pictures (src/lib/server/export/videoEncode.ts). The captions are burned in by the
// page itself (the step's words, in the story's typefaces, in the edition's direction) and written
// beside it as cues (videoTrack.ts, webVtt.ts). A narrated step's recording is the sound track (AAC;
// a story with no narration makes silent videos, with no sound track), and its captions are what is
// said: each line burned in over its picture while it is said, and the cues. Anything wrong stops it
// with one line saying what to do, before any file is written.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { imageSize } from 'image-size';
import type { Page } from '@playwright/test';
import type { Story } from '../src/lib/model/types.ts';
import { editionPath } from '../src/lib/i18n/locale.ts';
import { editionInfo } from '../src/lib/i18n/langs.ts';
import { captionCues, FADE_SECONDS, FPS, trackSeconds, videoLength, videoTrack, type Segment } from '../src/lib/server/export/videoTrack.ts';
import { ffmpegArgs } from '../src/lib/server/export/videoEncode.ts';
import { webVtt } from '../src/lib/server/export/webVtt.ts';
import { VIDEO_LAYOUTS, videoName, videoSize, type VideoLayout } from '../src/lib/server/export/videoLayouts.ts';
import { buildInfo, builtStories } from './build-info.ts';
import { findChromium, launchChromium } from './chromium.ts';
import { ffmpegLacks, ffmpegMissing, findFfmpeg } from './ffmpeg.ts';
import { serve } from './serve.ts';
import { drawn, useStoryFaces } from './story-faces.ts';

/** How long one still may take to draw before it counts as one that cannot be drawn. */
const STILL_TIMEOUT = 15_000;

class Stop extends Error {}

const run = promisify(execFile);
const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const dir = process.env.BUILD_DIR ?? 'build';
const out = values.out ?? join(dir, 'video');

async function main() {
	const started = performance.now();
	const info = buildInfo(dir);
	if (!info) throw new Stop(`No built site in ${dir}/: run \`npm run build\` first, then \`npm run video\`.`);
	if (!statSafe(join(dir, 'video', 'index.html')))
		throw new Stop(`The site in ${dir}/ was built without the video view: run \`npm run build\` again, then \`npm run video\`.`);
	const built = builtStories(dir, info, 'npm run video');
	if (!built.ok) throw new Stop(built.problem);
	const { editions } = built;
	const wanted = chosen(editions.flatMap(({ lang }) => VIDEO_LAYOUTS.map((layout) => videoName(layout, lang))));
	const ffmpeg = findFfmpeg();
	if (!ffmpeg) throw new Stop(ffmpegMissing());
	const lacks = ffmpegLacks(ffmpeg);
	if (lacks.length)
		throw new Stop(
			`${ffmpeg} has no ${lacks.join(' and no ')}: install Debian’s ffmpeg (\`apt-get install ffmpeg\`), or set FFMPEG_PATH to a full build, then \`npm run video\`.`
		);
	if (!findChromium() && !process.env.PLAYWRIGHT_BROWSERS_PATH)
		throw new Stop('The videos’ stills need Chromium: run `npx playwright install chromium` (or install Debian’s chromium), then `npm run video`.');

	mkdirSync(out, { recursive: true });
	// Made in a folder of its own beside the videos, then moved into place together: an interrupted run leaves the last videos whole.
	const work = mkdtempSync(join(out, '.making-'));
	const base = (info.base ?? '').replace(/\/$/, '');
	const server = await serve(dir, 0, base, { cacheHashed: true });
	const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}${base}`;
	const browser = await launchChromium();
	const made: { name: string; layout: VideoLayout; seconds: number }[] = [];
	// One encoding at a time, while Chromium photographs the next video's stills.
	let encoding: Promise<void> = Promise.resolve();
	try {
		for (const { lang, story } of editions) {
			if (!VIDEO_LAYOUTS.some((layout) => wanted.has(videoName(layout, lang)))) continue;
			const track = videoTrack(story, lang === 'en' ? 'ltr' : editionInfo(lang).dir);
			const captions = webVtt(captionCues(track));
			for (const layout of VIDEO_LAYOUTS) {
				const name = videoName(layout, lang);
				if (!wanted.has(name)) continue;
				const folder = join(work, name);
				mkdirSync(folder);
				const page = await browser.newPage({ viewport: layout.viewport, deviceScaleFactor: layout.scale, reducedMotion: 'reduce' });
				const stills = await photograph(page, `${origin}/${editionPath(lang)}video/`, track, folder, layout);
				await page.close();
				writeFileSync(join(work, `${name}.vtt`), captions);
				const segments = track.map((seg) => ({
					start: seg.start,
					stills: seg.stills.map((still) => ({ file: stills.get(still.hash)!, frames: still.frames })),
					...(seg.audio ? { audio: published(seg.audio) } : {})
				}));
				const job = { segments, fps: FPS, fade: FADE_SECONDS, out: join(work, `${name}.mp4`), title: story.title, ...spokenIn(story) };
				encoding = encoding.then(() => encode(ffmpeg, ffmpegArgs(job), name));
				// (A failed encoding is reported where it is awaited, below, not as it happens.)
				encoding.catch(() => {});
				made.push({ name, layout, seconds: trackSeconds(track) });
			}
		}
		await encoding;
	} catch (e) {
		await encoding.catch(() => {});
		rmSync(work, { recursive: true, force: true });
		throw e;
	} finally {
		await browser.close();
		server.close();
	}
	for (const { name, layout, seconds } of made) {
		for (const ext of ['mp4', 'vtt']) renameSync(join(work, `${name}.${ext}`), join(out, `${name}.${ext}`));
		const { width, height } = videoSize(layout);
		const mb = (statSync(join(out, `${name}.mp4`)).size / 1024 / 1024).toFixed(1);
		console.log(`wrote ${join(out, `${name}.mp4`)} (${width}×${height}, ${videoLength(seconds)}, ${mb} MB) and its captions, ${name}.vtt`);
	}
	rmSync(work, { recursive: true, force: true });
	console.log(`made ${made.length} videos in ${videoLength((performance.now() - started) / 1000)}`);
}

/** The videos to make: those `--only` names (with or without `.mp4`, commas between), or every one of `names`. */
function chosen(names: string[]): Set<string> {
	if (values.only === undefined) return new Set(names);
	const asked = values.only
		.split(',')
		.map((n) => n.trim().replace(/\.mp4$/, ''))
		.filter(Boolean);
	const unknown = asked.filter((n) => !names.includes(n));
	if (unknown.length || !asked.length)
		throw new Stop(
			`${unknown.length ? `No video is named ${unknown.map((n) => `"${n}"`).join(' or ')}` : '--only names no video'}: name one or more of ${names.join(', ')} (commas between), then \`npm run video\` again.`
		);
	return new Set(asked);
}

/** A narration's recording as the build published it (`media/`), the sound the deck plays. */
function published(audio: string): string {
	const file = join(dir, 'media', audio);
	if (!statSafe(file)) throw new Stop(`The narration ${audio} is not in ${dir}/media/: run \`npm run build\` again, then \`npm run video\`.`);
	return file;
}

/** The language the narration speaks, as MP4 names it (ISO 639-2), where all of it speaks one the editions know. */
function spokenIn(story: Story): { language?: string } {
	const ISO_639_2: Record<string, string> = { en: 'eng', ar: 'ara' };
	const spoken = [...new Set(story.events.flatMap((e) => (e.narration ? [(e.narration.language ?? 'en').split('-')[0]] : [])))];
	return spoken.length === 1 && ISO_639_2[spoken[0]] ? { language: ISO_639_2[spoken[0]] } : {};
}

const statSafe = (file: string) => {
	try {
		return statSync(file);
	} catch {
		return null;
	}
};

async function encode(ffmpeg: string, args: string[], name: string) {
	try {
		await run(ffmpeg, args, { maxBuffer: 16 * 1024 * 1024 });
	} catch (e) {
		const said = ((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n').at(-1);
		throw new Stop(
			`ffmpeg could not make ${name}.mp4 (${said}): run \`npm run video\` again; if it fails the same way, try Debian’s ffmpeg (\`apt-get install ffmpeg\`).`
		);
	}
}

/**
 * Each still of the video, photographed from the video view at the layout's size: the view is opened
 * once and moved still to still by its address, each photographed once it is drawn in the story's
 * typefaces, its pictures loaded and its words fitted. Resolves to each still's file, by its address.
 */
async function photograph(page: Page, url: string, track: Segment[], folder: string, layout: VideoLayout): Promise<Map<string, string>> {
	// The first uncaught error in the page ends the wait for whatever is awaited then.
	let firstError: Error | null = null;
	const failed = new Promise<never>((_, reject) => page.on('pageerror', (e) => reject((firstError ??= e))));
	failed.catch(() => {});
	const unlessFailed = <T>(work: Promise<T>) => Promise.race([work, failed]);
	const shown = (hash: string) => page.locator(`[data-testid="video-frame"][data-frame=${JSON.stringify(hash)}]`);
	await page.goto(`${url}#${track[0].hash}`);
	try {
		await unlessFailed(shown(track[0].hash).waitFor({ timeout: STILL_TIMEOUT }));
	} catch {
		throw new Stop(
			`The video view at ${url} did not start${firstError ? ` (${(firstError as Error).message})` : ''}: run \`npm run build\` again, then \`npm run video\`.`
		);
	}
	await useStoryFaces(page, () => unlessFailed(shown(track[0].hash).waitFor({ timeout: STILL_TIMEOUT })), {
		later: true,
		within: '[data-testid="video-frame"]'
	});
	const files = new Map<string, string>();
	const size = videoSize(layout);
	for (const still of track.flatMap((seg) => seg.stills)) {
		if (files.has(still.hash)) continue;
		const file = join(folder, `${String(files.size).padStart(3, '0')}.png`);
		try {
			await page.evaluate((hash) => (location.hash = hash), still.hash);
			await unlessFailed(shown(still.hash).waitFor({ timeout: STILL_TIMEOUT }));
			await unlessFailed(drawn(page, '[data-testid="video-frame"]'));
			if (firstError) throw firstError;
			// In the story's faces: a still drawn in a late face (a busy machine) is opened again, at its own address.
			await unlessFailed(useStoryFaces(page, () => shown(still.hash).waitFor({ timeout: STILL_TIMEOUT }), { within: '[data-testid="video-frame"]' }));
			if (await page.locator('[data-testid="video-frame"][data-fits="false"]').count())
				throw new Error(`its words do not fit the ${layout.name} video even set smaller: shorten its title or first paragraph`);
			const png = await page.screenshot({ path: file });
			const got = imageSize(png);
			if (got.width !== size.width || got.height !== size.height)
				throw new Error(`its picture is ${got.width}×${got.height}, not ${size.width}×${size.height}`);
			files.set(still.hash, file);
		} catch (e) {
			const what = still.frame.kind === 'step' ? `Step "${still.hash}"` : `The ${still.frame.kind} card`;
			throw new Stop(
				`${what} could not be drawn in ${url} (${(e as Error).message.split('\n')[0]}): open ${url}#${still.hash} with \`npm run preview\`, fix it, build again, then \`npm run video\`.`
			);
		}
	}
	return files;
}

main().catch((e) => {
	console.error(e instanceof Stop ? e.message : `npm run video failed: ${(e as Error).message.split('\n')[0]}`);
	process.exit(1);
});
