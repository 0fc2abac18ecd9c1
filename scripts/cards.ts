// The share cards: after a build with SITE_URL, photographs every prerendered card page
// (src/routes/[[lang=edition]]/cards/: `story` and one per step; a translated edition's under `ar/cards/`) at
// 1200×630 in the Chromium the tests use, writes `cards/<card>.png` (`ar/cards/<card>.png`), and
// removes the pages (they are never published). Without SITE_URL there are no card pages (an og:image
// must be an absolute address) and this does nothing.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findChromium, launchChromium } from './chromium.ts';
import { serve } from './serve.ts';
import { builtEditions } from './build-info.ts';
import { useStoryFaces } from './story-faces.ts';

const dir = process.env.BUILD_DIR ?? 'build';
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const cards = join(dir, 'cards');
/** The card pages: [folder under the site, card name]. */
const pagesIn = (folder: string): [string, string][] =>
	existsSync(join(dir, folder))
		? readdirSync(join(dir, folder))
				.filter((n) => statSync(join(dir, folder, n)).isDirectory())
				.map((n): [string, string] => [folder, n])
		: [];
const editions = builtEditions(dir).filter((lang) => existsSync(join(dir, lang, 'cards')));
const names = [...pagesIn('cards'), ...editions.flatMap((lang) => pagesIn(`${lang}/cards`))];
if (!names.length) {
	if (process.env.SITE_URL) throw new Error(`SITE_URL is set but ${cards}/ has no card pages: was the site built?`);
	process.exit(0);
}
if (!findChromium() && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
	console.error('Share cards need Chromium: run `npx playwright install chromium` (or install Debian’s chromium), or build without SITE_URL.');
	process.exit(1);
}
/**
 * The texts of a card (run in its page) that its 1200×630 frame cuts off, by its edge or by the
 * picture's own: a picture laid out for more room than the card gives it (the closing step's track and
 * numbers side by side, 2026-12-06) is drawn cut, and a card that says half a sentence is not shared.
 */
function cutOff(): string[] {
	const card = document.querySelector('[data-testid="card"]')!;
	/** The boxes that clip a text: the card's, and each box between it and the card that hides its overflow. */
	const clips = (el: Element | null): DOMRect[] => {
		const boxes: DOMRect[] = [];
		for (; el && el !== card; el = el.parentElement) if (getComputedStyle(el).overflow !== 'visible') boxes.push(el.getBoundingClientRect());
		return [...boxes, card.getBoundingClientRect()];
	};
	const outside = (r: DOMRect, box: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
	const cut: string[] = [];
	const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent!.trim();
		// Texts for screen readers only (an SVG's title, a hidden caption) are not drawn.
		if (!text || node.parentElement!.closest('title, desc, .visually-hidden')) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const boxes = clips(node.parentElement);
		if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0 && boxes.some((box) => outside(r, box)))) cut.push(`“${text.slice(0, 40)}”`);
	}
	return cut;
}

const server = await serve(dir, 0, base, { cacheHashed: true });
const { port } = server.address() as AddressInfo;
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, reducedMotion: 'reduce' });
	// tsx keeps functions' names with a helper, `__name`, that `cutOff` calls in the page: a harmless one.
	await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	for (const [folder, name] of names) {
		await page.goto(`http://127.0.0.1:${port}${base}/${folder}/${name}/`);
		await useStoryFaces(page);
		const cut = await page.evaluate(cutOff);
		if (cut.length) throw new Error(`The share card ${folder}/${name} cuts off ${cut.join('; ')}: its picture does not fit the card.`);
		await page.screenshot({ path: join(dir, folder, `${name}.png`), clip: { x: 0, y: 0, width: 1200, height: 630 } });
		rmSync(join(dir, folder, name), { recursive: true });
	}
	console.log(`wrote ${names.length} share cards to ${[cards, ...editions.map((lang) => join(dir, lang, 'cards'))].join(', ')} (1200×630)`);
} finally {
	await browser.close();
	server.close();
}
