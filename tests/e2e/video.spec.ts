/**
 * `npm run video`: the story as MP4 files with WebVTT captions, made here from the second story's build
 * (tests/fixtures/second-story.json, whose four steps are timed 2–3 seconds, so its videos take
 * seconds to make; the real story's take minutes). Two of its four videos are made (`--only`): the
 * wide English one and the upright Arabic one, so each shape and each edition is made and checked
 * (the other two are the same code with the other pair; making them too cost the suite 30 s of its
 * 2 cores, nearly all of it encoding). Checked on each file, as ffmpeg reads it back: its
 * size, codec and length (the title card, each step for its time on the timing track and the sources
 * card, within a frame or two), no sound track without narration, each still held and different from
 * the one before; and its captions, one cue per step with its title and first paragraph, at its time.
 * The video view's words (the burned-in captions) are checked on the story's own build. And bad input:
 * one line saying what to do, and no file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { runScript } from './runScript';
import { scratch } from './scratch';
import { editions as storyEditions, editionsOf } from './story';
import { plainText } from '../../src/lib/model/links';
import { fill } from '../../src/lib/i18n/strings';
import { stepSeconds } from '../../src/lib/model/timing';
import type { Story } from '../../src/lib/model/types';
import { VIDEO_LAYOUTS, videoName, videoSize } from '../../src/lib/server/export/videoLayouts';
import { FADE_SECONDS, FPS, SOURCES_SECONDS, TITLE_SECONDS } from '../../src/lib/server/export/videoTrack';
import { sourcesCardCount } from '../../src/lib/views/video/videoFrames';
import { FFMPEG_SKIPPED, ffmpegMissing, findFfmpeg } from '../../scripts/ffmpeg';

/** `npm run video` as a newsroom runs it, with BUILD_DIR and arguments; resolves to its exit code and output. */
const video = (args: string[], env: Record<string, string> = {}) => runScript('video', args, env);

const DATA = 'tests/fixtures/second-story.json';
/** The second story in each edition it is built in (its Arabic lags behind: "landing" is in English). */
const editions = editionsOf(DATA);

/** Each segment's time, from the timing track and the cards' set times (not from the code under test's own arithmetic). */
function segmentSeconds(story: Story): { id: string; seconds: number; said?: { start: number; end: number; text: string }[] }[] {
	return [
		{ id: 'card:title', seconds: TITLE_SECONDS },
		...story.events.map((e) => ({ id: e.id, seconds: stepSeconds(e), ...(e.narration?.cues ? { said: e.narration.cues } : {}) })),
		...Array.from({ length: sourcesCardCount(story) }, (_, i) => ({ id: `card:sources-${i + 1}`, seconds: SOURCES_SECONDS }))
	];
}

/**
 * Each picture the video holds, in order, and when (seconds): the cards and steps, a narrated step's
 * picture with each line of its captions in turn while it is said (and alone before and after).
 * `fades`: whether it starts with the crossfade into its segment.
 */
function pictures(story: Story): { id: string; from: number; to: number; fades: boolean }[] {
	let at = 0;
	return segmentSeconds(story).flatMap(({ id, seconds, said }) => {
		const start = at;
		at += seconds;
		if (!said) return [{ id, from: start, to: at, fades: true }];
		const parts: { id: string; from: number; to: number; fades: boolean }[] = [];
		let from = 0;
		said.forEach((cue, i) => {
			if (cue.start > from) parts.push({ id, from: start + from, to: start + cue.start, fades: !parts.length });
			parts.push({ id: `${id}:line-${i + 1}`, from: start + cue.start, to: start + cue.end, fades: !parts.length });
			from = cue.end;
		});
		if (from < seconds) parts.push({ id, from: start + from, to: at, fades: false });
		return parts;
	});
}

const ffmpeg = findFfmpeg();
const ffprobe = ffmpeg && join(dirname(ffmpeg), 'ffprobe');
const FRAME = 1 / FPS;

/** The file's streams and length, as ffprobe reads them. */
function probe(file: string) {
	const json = execFileSync(
		ffprobe!,
		['-v', 'error', '-show_entries', 'stream=codec_type,codec_name,width,height,pix_fmt,nb_frames:format=duration', '-of', 'json', file],
		{
			encoding: 'utf8'
		}
	);
	return JSON.parse(json) as {
		streams: { codec_type: string; codec_name: string; width: number; height: number; pix_fmt: string; nb_frames: string }[];
		format: { duration: string };
	};
}

/** Frames `numbers` of the file, decoded and made small and grey (THUMB pixels each, one byte a pixel). */
const THUMB = { width: 160, height: 160 };
function frames(file: string, numbers: number[]): Buffer[] {
	const select = numbers.map((n) => `eq(n\\,${n})`).join('+');
	const raw = execFileSync(
		ffmpeg!,
		['-v', 'error', '-i', file, '-vf', `select='${select}',scale=${THUMB.width}:${THUMB.height},format=gray`, '-vsync', '0', '-f', 'rawvideo', '-'],
		{ maxBuffer: 64 * 1024 * 1024 }
	);
	const size = THUMB.width * THUMB.height;
	expect(raw.length, `${numbers.length} frames of ${file}`).toBe(numbers.length * size);
	return numbers.map((_, i) => raw.subarray(i * size, (i + 1) * size));
}
/** The share of pixels two pictures differ in by more than a sixteenth of the grey scale. */
const differ = (a: Buffer, b: Buffer) => a.reduce((n, v, i) => n + (Math.abs(v - b[i]) > 16 ? 1 : 0), 0) / a.length;

/** How loud the file's sound is from `from` for `seconds` (dB: -91 is silence). */
function loudness(file: string, from: number, seconds: number): { mean: number; max: number } {
	const said = spawnSync(ffmpeg!, ['-hide_banner', '-ss', String(from), '-t', String(seconds), '-i', file, '-vn', '-af', 'volumedetect', '-f', 'null', '-'], {
		encoding: 'utf8'
	}).stderr;
	const level = (name: string) => Number(new RegExp(`${name}: (-?[\\d.]+|-inf) dB`).exec(said)?.[1].replace('-inf', '-Infinity') ?? NaN);
	return { mean: level('mean_volume'), max: level('max_volume') };
}

/** A WebVTT file's cues: id, times (seconds) and lines. */
function readVtt(text: string) {
	const [header, ...blocks] = text.trim().split(/\n\n+/);
	expect(header).toBe('WEBVTT');
	const seconds = (t: string) => t.split(':').reduce((s, part) => s * 60 + Number(part), 0);
	return blocks.map((block) => {
		const lines = block.split('\n');
		const at = lines.findIndex((l) => l.includes(' --> '));
		const [start, end] = lines[at].split(' --> ').map(seconds);
		return { id: at ? lines[0] : undefined, start, end, lines: lines.slice(at + 1) };
	});
}

/** The videos made here: the wide one in English, the upright one in the other edition. */
const made = [
	{ ...editions[0], layout: VIDEO_LAYOUTS[0] },
	{ ...editions.at(-1)!, layout: VIDEO_LAYOUTS[1] }
].map((m) => ({ ...m, name: videoName(m.layout, m.lang) }));

test.describe('the story as video', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(!ffmpeg || !existsSync(ffprobe!), FFMPEG_SKIPPED);
	let out = '';

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		out = test.info().outputPath('video');
		const result = await video(['--out', out, '--only', made.map((m) => m.name).join(',')], { BUILD_DIR: 'build-second' });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		// Those it was asked for, each with its captions, and no other.
		expect(readdirSync(out).sort()).toEqual(made.flatMap((m) => [`${m.name}.mp4`, `${m.name}.vtt`]).sort());
	});

	for (const { lang, story, layout, name } of made) {
		const file = () => join(out, `${name}.mp4`);
		const segments = segmentSeconds(story);
		const total = segments.reduce((s, x) => s + x.seconds, 0);

		test(`${name}.mp4: H.264 at ${layout.name}, as long as its segments’ times added up, its sound the narration`, () => {
			const { streams, format } = probe(file());
			const video = streams.find((s) => s.codec_type === 'video')!;
			expect(video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p', ...videoSize(layout) });
			expect(Math.abs(Number(format.duration) - total)).toBeLessThanOrEqual(2 * FRAME + 1e-6);
			expect(Math.abs(Number(video.nb_frames) - total * FPS)).toBeLessThanOrEqual(2);
			// The second story has a narrated step ("landing"): a sound track, AAC (a story with none has none: unit tests).
			expect(streams.map((s) => s.codec_type)).toEqual(['video', 'audio']);
			expect(streams[1].codec_name).toBe('aac');
		});

		test(`${name}.mp4: the narration heard from its step’s start, and nothing before it`, () => {
			let start = 0;
			for (const seg of segments) {
				if (seg.said) {
					const spoken = seg.said.at(-1)!.end;
					expect(loudness(file(), start + 0.2, spoken - 0.4).mean, `${seg.id} narrated`).toBeGreaterThan(-50);
					expect(loudness(file(), 0, start - 0.1).max, 'silence before it').toBeLessThan(-80);
				}
				start += seg.seconds;
			}
		});

		test(`${name}.mp4: each picture held for its time, each different from the one before`, () => {
			// Where each picture is whole: after the crossfade into it (or a frame after the cut to it), a frame before the next.
			const shown = pictures(story);
			const spans = shown.map(({ from, to, fades }, i) => ({
				first: i === 0 ? 0 : Math.round(from * FPS) + (fades ? Math.round(FADE_SECONDS * FPS) + 1 : 1),
				last: Math.round(to * FPS) - 1
			}));
			const taken = frames(
				file(),
				spans.flatMap((s) => [s.first, s.last])
			);
			for (const [i, { id }] of shown.entries()) {
				const [first, last] = [taken[2 * i], taken[2 * i + 1]];
				expect(differ(first, last), `${id} held`).toBeLessThan(0.002);
				if (i) expect(differ(taken[2 * i - 1], first), `${id} after ${shown[i - 1].id}`).toBeGreaterThan(0.002);
			}
		});

		test(`${name}.vtt: a cue for the title card and each step, its title and first paragraph (or what its narration says), at its time`, () => {
			const cues = readVtt(readFileSync(join(out, `${name}.vtt`), 'utf8'));
			// Right to left where the edition is, but where it shows the English.
			const mark = (text: string, english?: boolean) => (lang === 'ar' && !english ? `\u200f${text}` : text);
			const expected = [
				{ id: 'card:title', start: 0, end: TITLE_SECONDS, lines: [mark(story.title)] },
				...story.events.flatMap((event, i) => {
					const start = TITLE_SECONDS + story.events.slice(0, i).reduce((s, e) => s + stepSeconds(e), 0);
					// A narration is what is said, in its own language (the second story's is English, in both editions).
					if (event.narration?.cues)
						return event.narration.cues.map((c, n) => ({ id: `${event.id}:line-${n + 1}`, start: start + c.start, end: start + c.end, lines: [c.text] }));
					return [
						{
							id: event.id,
							start,
							end: start + stepSeconds(event),
							lines: [mark(event.title, event.untranslated?.includes('title')), mark(plainText(event.body[0]), event.untranslated?.includes('body.0'))]
						}
					];
				})
			];
			expect(cues.map((c) => c.id)).toEqual(expected.map((c) => c.id));
			for (const [i, cue] of cues.entries()) {
				expect(cue.lines, cue.id).toEqual(expected[i].lines);
				// On the frame nearest its time on the track.
				expect(Math.abs(cue.start - expected[i].start), cue.id).toBeLessThanOrEqual(FRAME / 2 + 1e-3);
				expect(Math.abs(cue.end - expected[i].end), cue.id).toBeLessThanOrEqual(FRAME / 2 + 1e-3);
			}
		});
	}
});

test('the video view draws each still: the step’s words as the captions, the title and sources cards', async ({ page }) => {
	for (const ed of storyEditions) {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const event = ed.story.events[4];
		await page.goto(`${ed.path('/video/')}#${event.id}`);
		const frame = page.getByTestId('video-frame');
		await expect(frame).toHaveAttribute('data-frame', event.id);
		// Not a page for readers: search engines and link previews are sent to the story.
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${ed.path('/')}`);
		await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', event.id);
		await expect(frame.locator('[data-caption="title"]')).toHaveText(event.title);
		await expect(frame.locator('[data-caption="text"]')).toHaveText(plainText(event.body[0]));
		await expect(frame).not.toHaveAttribute('data-fits');
		// A video met on a social feed says where the story is: its address (the build's SITE_URL) in the band.
		const address = `example.org${ed.path('/').replace(/\/$/, '')}`;
		await expect(frame.locator('[data-story-address]')).toHaveText(address);
		// A still has no controls.
		await expect(frame.getByRole('button')).toHaveCount(0);
		await page.evaluate(() => (location.hash = 'card:title'));
		await expect(frame).toHaveAttribute('data-frame', 'card:title');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(ed.story.title);
		await page.evaluate(() => (location.hash = 'card:sources-1'));
		await expect(frame).toHaveAttribute('data-frame', 'card:sources-1');
		await expect(frame.locator('[data-source-id]')).toHaveCount(ed.story.sources.length);
		await expect(frame.locator('[data-story-address]')).toContainText(address);
		await expect(frame.locator('[data-story-address]')).toContainText(fill(ed.t.readStoryAt, { address }).replace(address, '').trim());
		// Upright, the same words under the graphic.
		await page.setViewportSize({ width: 432, height: 768 });
		await page.evaluate((id) => (location.hash = id), event.id);
		await expect(frame).toHaveAttribute('data-frame', event.id);
		const [graphic, title] = [await page.getByTestId('graphic').boundingBox(), await frame.locator('[data-caption="title"]').boundingBox()];
		expect(title!.y).toBeGreaterThan(graphic!.y + graphic!.height - 1);
	}
});

test.describe('bad input stops npm run video with one line and no file', () => {
	test('run before a build', async () => {
		const empty = scratch('no-build');
		const result = await video(['--out', empty], { BUILD_DIR: empty });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([`No built site in ${empty}/: run \`npm run build\` first, then \`npm run video\`.`]);
		expect(readdirSync(empty)).toEqual([]);
	});

	test('--only naming no video', async () => {
		const empty = scratch('unknown-video');
		const result = await video(['--out', empty, '--only', 'story-4x3,story-9x16'], { BUILD_DIR: 'build-second' });
		expect(result.code).toBe(1);
		const names = editions.flatMap(({ lang }) => VIDEO_LAYOUTS.map((layout) => videoName(layout, lang)));
		expect(result.stderr.trim().split('\n')).toEqual([
			`No video is named "story-4x3": name one or more of ${names.join(', ')} (commas between), then \`npm run video\` again.`
		]);
		expect(readdirSync(empty)).toEqual([]);
	});

	test('no ffmpeg', async () => {
		const empty = scratch('no-ffmpeg');
		const env = { BUILD_DIR: 'build-second', FFMPEG_PATH: join(empty, 'ffmpeg') };
		const result = await video(['--out', empty], env);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([ffmpegMissing(env)]);
		expect(readdirSync(empty)).toEqual([]);
	});
});
