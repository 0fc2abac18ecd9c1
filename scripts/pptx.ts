// `npm run pptx` (after a build): the briefing as PowerPoint files for rooms that run nothing else,
// `build/briefing.pptx` and one per translated edition (`build/briefing.ar.pptx`). One 16:9 slide per
// step: the step's picture as the deck draws it (photographed from the built /present/ by the
// Chromium that prints the handout, at twice the projector's pixels), its date, title, caption and
// sources as editable text, its notes as speaker notes; a title slide and the sources at the end
// (src/lib/server/export/). `--out DIR` writes them elsewhere; BUILD_DIR picks another build.
// Anything wrong stops it with one line saying what to do, before any file is written.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { imageSize } from 'image-size';
import type { Page } from '@playwright/test';
import { briefingDeck, type StepPicture } from '../src/lib/server/export/briefingDeck.ts';
import { briefingSlides } from '../src/lib/server/export/briefingSlides.ts';
import type { Story } from '../src/lib/model/types.ts';
import { localeOf } from '../src/lib/i18n/editions.ts';
import { editionPath } from '../src/lib/i18n/locale.ts';
import { SLIDE_STRINGS, STRINGS } from '../src/lib/server/strings.all.ts';
import { buildInfo, builtStories } from './build-info.ts';
import { findChromium, launchChromium } from './chromium.ts';
import { serve } from './serve.ts';
import { drawn, useStoryFaces } from './story-faces.ts';

/** The narrowest picture a slide gets, in pixels: sharp on a 1920-pixel projector at full width. */
const MIN_PICTURE_WIDTH = 1920;
/** How long one step may take to draw before it counts as one that cannot be drawn. */
const STEP_TIMEOUT = 15_000;

class Stop extends Error {}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const dir = process.env.BUILD_DIR ?? 'build';
const out = values.out ?? dir;

async function main() {
	const info = buildInfo(dir);
	if (!info || !existsSync(join(dir, 'present', 'index.html'))) throw new Stop(`No built site in ${dir}/: run \`npm run build\` first, then \`npm run pptx\`.`);
	const built = builtStories(dir, info, 'npm run pptx');
	if (!built.ok) throw new Stop(built.problem);
	const { editions } = built;
	if (!findChromium() && !process.env.PLAYWRIGHT_BROWSERS_PATH)
		throw new Stop('The slides’ pictures need Chromium: run `npx playwright install chromium` (or install Debian’s chromium), then `npm run pptx`.');

	const base = (info.base ?? '').replace(/\/$/, '');
	const server = await serve(dir, 0, base, { cacheHashed: true });
	const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}${base}`;
	const browser = await launchChromium();
	const files: { file: string; bytes: Uint8Array; slides: number }[] = [];
	try {
		for (const { lang, story } of editions) {
			const locale = localeOf(lang, STRINGS[lang]);
			const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2, reducedMotion: 'reduce', bypassCSP: true });
			const pictures = await photographSteps(page, `${origin}/${editionPath(lang)}present/`, story);
			// The desk's logo for the title slide, as the reading page draws it (an SVG becomes a picture every PowerPoint shows).
			let logo: { png: Uint8Array; width: number; height: number; alt: string } | undefined;
			if (story.theme?.logo && story.theme.name) {
				await page.goto(`${origin}/${editionPath(lang)}`);
				const drawn = page.locator('[data-masthead] img').first();
				const box = (await drawn.boundingBox())!;
				logo = { png: await drawn.screenshot({ omitBackground: true }), width: box.width, height: box.height, alt: story.theme.name };
			}
			await page.close();
			const briefing = briefingSlides(story, locale, SLIDE_STRINGS[lang]);
			const name = lang === 'en' ? 'briefing.pptx' : `briefing.${lang}.pptx`;
			files.push({ file: join(out, name), bytes: await briefingDeck(briefing, pictures, logo), slides: briefing.slides.length });
		}
	} finally {
		await browser.close();
		server.close();
	}
	// Every file is made before any is written, and each is written whole (renamed into place), in a
	// folder made if need be (as `npm run video` makes its own).
	mkdirSync(out, { recursive: true });
	for (const { file, bytes, slides } of files) {
		writeFileSync(`${file}.part`, bytes);
		renameSync(`${file}.part`, file);
		console.log(`wrote ${file}: ${slides} slides, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
	}
}

/**
 * Each step's picture as the briefing deck draws it at 1920×1080: the deck is opened once and moved
 * step to step by its address (as a clicker would move it), the graphic photographed without its
 * on-screen controls, in the story's typefaces, once it shows the step and any photo is loaded.
 */
async function photographSteps(page: Page, url: string, story: Story): Promise<Map<string, StepPicture>> {
	// The first uncaught error in the page ends the wait for whatever is awaited then: a deck that
	// throws will never draw the step, so there is no point waiting out STEP_TIMEOUT for it.
	let firstError: Error | null = null;
	const failed = new Promise<never>((_, reject) => page.on('pageerror', (e) => reject((firstError ??= e))));
	failed.catch(() => {});
	const unlessFailed = <T>(work: Promise<T>) => Promise.race([work, failed]);
	await page.goto(`${url}#${story.events[0].id}`);
	try {
		await unlessFailed(page.locator('[data-testid="deck"][data-hydrated="true"]').waitFor({ timeout: STEP_TIMEOUT }));
	} catch {
		throw new Stop(
			`The briefing at ${url} did not start${firstError ? ` (${(firstError as Error).message})` : ''}: run \`npm run build\` again, then \`npm run pptx\`.`
		);
	}
	await useStoryFaces(page, () => unlessFailed(page.locator('[data-testid="deck"][data-hydrated="true"]').waitFor({ timeout: STEP_TIMEOUT })), {
		later: true,
		within: '[data-testid="graphic"]'
	});
	// The buttons under the graphic (motion, table) belong to the screen, not the slide, and so do a
	// video's controls: a slide plays nothing, so its picture is the poster (the page's policy allows
	// no added style: this page is opened with it bypassed).
	await page.addStyleTag({
		content:
			'[data-testid="graphic"] > :has([data-testid="motion-toggle"]), [data-testid="graphic"] video::-webkit-media-controls { display: none !important; }'
	});
	const graphic = page.getByTestId('graphic');
	const pictures = new Map<string, StepPicture>();
	for (const event of story.events) {
		try {
			await page.evaluate((id) => (location.hash = id), event.id);
			await unlessFailed(page.locator(`[data-testid="graphic"][data-active-step=${JSON.stringify(event.id)}]`).waitFor({ timeout: STEP_TIMEOUT }));
			await unlessFailed(drawn(page, '[data-testid="graphic"]'));
			if (firstError) throw firstError;
			const png = await graphic.screenshot();
			const { width, height } = imageSize(png);
			if (width < MIN_PICTURE_WIDTH) throw new Error(`its picture is only ${width} px wide`);
			const alt = (await graphic.locator('figcaption').first().textContent())?.trim() ?? event.title;
			pictures.set(event.id, { png, width, height, alt });
		} catch (e) {
			throw new Stop(
				`Step "${event.id}" could not be drawn in ${url} (${(e as Error).message.split('\n')[0]}): open it with \`npm run preview\`, fix it, build again, then \`npm run pptx\`.`
			);
		}
	}
	return pictures;
}

main().catch((e) => {
	console.error(e instanceof Stop ? e.message : `npm run pptx failed: ${(e as Error).message.split('\n')[0]}`);
	process.exit(1);
});
