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
const server = await serve(dir, 0, base, { cacheHashed: true });
const { port } = server.address() as AddressInfo;
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, reducedMotion: 'reduce' });
	for (const [folder, name] of names) {
		await page.goto(`http://127.0.0.1:${port}${base}/${folder}/${name}/`);
		await useStoryFaces(page);
		await page.screenshot({ path: join(dir, folder, `${name}.png`), clip: { x: 0, y: 0, width: 1200, height: 630 } });
		rmSync(join(dir, folder, name), { recursive: true });
	}
	console.log(`wrote ${names.length} share cards to ${[cards, ...editions.map((lang) => join(dir, lang, 'cards'))].join(', ')} (1200×630)`);
} finally {
	await browser.close();
	server.close();
}
