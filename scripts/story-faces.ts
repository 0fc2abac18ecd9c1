// The story's own typefaces in a page Chromium photographs (share cards, PowerPoint slides, the
// video's stills), as a reader sees them (src/lib/styles/fonts.css, arabic.css, a theme's faces).
//
// Loading the faces is not enough: the Arabic edition's and a theme's faces are `font-display:
// optional`, so a face that arrives after the page's first paint is never swapped in, for as long as
// that page lives, while `document.fonts` calls it loaded (on a busy machine the Arabic video came out
// in DejaVu Sans), and Chromium does not draw with one loaded after that paint either. So the browser's
// own account of the faces it drew with (Chromium's DevTools protocol) must name no face of the
// machine's: where it does, every face the page declares is loaded and the page opened again, the
// faces now in the browser's cache and there at its first paint.

import type { Page } from '@playwright/test';

/** The elements whose words are checked: every element that holds text in a photographed page. */
const WORDS = 'h1, h2, h3, h4, p, li, dt, dd, figcaption, blockquote, time, text, button, a, td, th, span';

/**
 * Each element of `within` whose words are drawn mostly in one of the machine's faces rather than
 * the page's own (`"Source Serif 4" → DejaVu Sans: "From detention in Syria…"`). A few glyphs are let
 * be: a symbol the story's cut faces do not have (an arrow, ▶) is the machine's in every browser.
 */
export async function wordsInFallbackFaces(page: Page, within = 'body'): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		const scope = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: within });
		if (!scope.nodeId) return [];
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: scope.nodeId, selector: WORDS });
		const found: string[] = [];
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			const glyphs = (custom: boolean) => fonts.filter((f) => f.isCustomFont === custom).reduce((n, f) => n + f.glyphCount, 0);
			const machine = glyphs(false);
			if (machine <= 2 || machine < glyphs(true)) continue;
			const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
			const text = outerHTML
				.replace(/<[^>]*>/g, '')
				.replace(/\s+/g, ' ')
				.trim();
			const faces = fonts.filter((f) => !f.isCustomFont).map((f) => f.familyName);
			found.push(`${faces.join(', ')}: “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`);
		}
		return found;
	} finally {
		await cdp.detach();
	}
}

/**
 * Waits until what `within` shows is drawn as it will be photographed: its faces ready, its pictures
 * decoded, and two frames painted since.
 */
export async function drawn(page: Page, within: string): Promise<void> {
	await page.evaluate(async (within) => {
		await document.fonts.ready;
		const images = [...document.querySelectorAll<HTMLImageElement>(`${within} img`)];
		await Promise.all(images.map((img) => (img.complete ? null : img.decode().catch(() => null))));
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	}, within);
}

/** Loads every face the page declares, used on it yet or not, into the browser's cache. */
async function loadEveryFace(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await Promise.all([...document.fonts].map((face) => face.load().catch(() => null)));
		await document.fonts.ready;
	});
}

/** How many times a page is opened again for its faces before the words in the machine's count as a fault. */
const TRIES = 3;

/**
 * Makes sure the page's words are drawn in the story's faces: where any are in one of the machine's,
 * the page is opened again (every face it declares now in the browser's cache), `ready` awaited as the
 * caller waits for a fresh page; throws, naming them, if they still are after that. `later`: the page
 * will go on to draw other things (the video's stills, the deck's steps, by their address), so it is
 * opened again once whatever this paint shows, with every face there from its first paint on: Chromium
 * never draws with an `optional` face that was not ready by the first paint, even one loaded since.
 * `within`: the part of the page photographed (the English deck's link to the Arabic edition, say, is
 * in the machine's face by design: the English pages do not carry the Arabic typeface).
 */
export async function useStoryFaces(page: Page, ready: () => Promise<unknown> = async () => {}, { later = false, within = 'body' } = {}): Promise<void> {
	const reopen = async () => {
		await loadEveryFace(page);
		await page.reload();
		await ready();
		await page.evaluate(() => document.fonts.ready);
	};
	if (later) await reopen();
	let fallback = await wordsInFallbackFaces(page, within);
	for (let tries = 0; fallback.length && tries < TRIES; tries++) {
		await reopen();
		fallback = await wordsInFallbackFaces(page, within);
	}
	if (fallback.length) throw new Error(`these words are drawn in the machine's faces, not the story's: ${fallback.slice(0, 4).join('; ')}`);
}
