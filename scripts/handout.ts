// `npm run handout`: prints the briefing (/present/, print stylesheet: one page per step with its
// figure, date, title, body, sources and notes) to build/briefing.pdf, and each translated edition's
// (/ar/present/) to build/briefing.ar.pdf, with the Chromium the tests use. Needs a build: run
// `npm run build` first.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serve } from './serve.ts';
import { builtEditions } from './build-info.ts';

const dir = process.env.BUILD_DIR ?? 'build';
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`No site in ${dir}/: run \`npm run build\` first.`);
	process.exit(1);
}
/** [the edition's briefing page, the PDF it prints to]; a file named on the command line takes the English one. */
const handouts: [string, string][] = [
	['/present/', process.argv[2] ?? join(dir, 'briefing.pdf')],
	...builtEditions(dir).map((lang): [string, string] => [`/${lang}/present/`, join(dir, `briefing.${lang}.pdf`)])
];
const server = await serve(dir, 0);
const { port } = server.address() as AddressInfo;
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1400, height: 990 } });
	for (const [path, out] of handouts) {
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
		const pages = page.locator('[data-handout-step]');
		await pages.first().waitFor();
		await page.evaluate(() => document.fonts.ready);
		await page.pdf({ path: out, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
		// A sheet a step, and one more for Corrections and updates when the story records changes.
		console.log(`wrote ${out}: ${(await pages.count()) + (await page.locator('[data-handout-changes]').count())} pages`);
	}
} finally {
	await browser.close();
	server.close();
}
