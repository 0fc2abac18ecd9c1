/**
 * How the story travels: what each page tells link previews and search engines, the sitemap and
 * robots.txt, the web app manifest and icons, and the headers file for static hosts. The main site is
 * built with SITE_URL=https://example.org, the sub-path site with https://example.org/story, the
 * second story with none (scripts/e2e-sites.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { imageSize } from 'image-size';
import { expect, test } from './fixtures';
import { story } from './story';

/** The share and search tags of the page, as a link preview reads them. */
const metadata = (page: Page) =>
	page.evaluate(() => {
		const content = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
		const ld = document.querySelector('script[type="application/ld+json"]')?.textContent;
		return {
			title: content('og:title'),
			description: content('og:description'),
			type: content('og:type'),
			url: content('og:url'),
			modified: content('article:modified_time'),
			twitter: content('twitter:card'),
			image: content('og:image'),
			imageWidth: content('og:image:width'),
			imageHeight: content('og:image:height'),
			imageAlt: content('og:image:alt'),
			twitterTitle: content('twitter:title'),
			canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
			jsonLd: ld ? JSON.parse(ld) : null
		};
	});

for (const [path, title] of [
	['/', story.title],
	['/present/', `${story.title} — briefing`]
] as const) {
	test(`${path} tells link previews and search engines what it is, at its absolute address`, async ({ page }) => {
		await page.goto(path);
		const url = `https://example.org${path}`;
		const m = await metadata(page);
		expect(m).toMatchObject({
			title,
			description: story.dek,
			type: 'article',
			url,
			canonical: url,
			modified: story.updated,
			twitter: 'summary_large_image',
			twitterTitle: title,
			image: 'https://example.org/cards/story.png',
			imageWidth: '1200',
			imageHeight: '630'
		});
		expect(m.imageAlt).toContain(story.title);
		expect(m.jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: story.title,
			dateModified: story.updated,
			// The article is the story; this page is one of its pages.
			url: 'https://example.org/',
			mainEntityOfPage: url,
			author: [{ name: story.byline.replace(/^By /, '') }]
		});
	});
}

test('under a sub-path the addresses include it; without SITE_URL no absolute address is made up', async ({ page }) => {
	await page.goto('http://localhost:4181/story/');
	expect(await metadata(page)).toMatchObject({ canonical: 'https://example.org/story/', url: 'https://example.org/story/' });
	await page.goto('http://localhost:4182/');
	expect(await metadata(page)).toMatchObject({ canonical: null, url: null, jsonLd: null, image: null, twitter: 'summary', type: 'article' });
	expect(await (await page.request.get('http://localhost:4182/robots.txt')).text()).not.toContain('Sitemap');
	expect(await (await page.request.get('http://localhost:4182/sitemap.xml')).text()).not.toContain('<url>');
});

test('the sitemap lists exactly the pages built, and robots.txt names it', async ({ request }) => {
	// Every prerendered page but the offline file (a download for briefers, not a page to index) and
	// the pages that ask not to be indexed (the embed: the story in another site's frame).
	const built = (readdirSync('build', { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html') && f !== 'offline.html')
		.filter((f) => !readFileSync(join('build', f), 'utf8').includes('<meta name="robots" content="noindex"'))
		.map((f) => `https://example.org/${f.replace(/index\.html$/, '').replace(/\.html$/, '')}`)
		.sort();
	// The story, the briefing and a page per step, in English and in the Arabic edition.
	expect(built).toHaveLength(2 * (2 + story.events.length));
	const xml = await (await request.get('/sitemap.xml')).text();
	expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort()).toEqual(built);
	expect(xml).toContain(`<lastmod>${story.updated}</lastmod>`);
	expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: https://example.org/sitemap.xml');
});

test('the manifest names the story, and every icon exists at its stated size', async ({ page, request }) => {
	await page.goto('/');
	// Linked once the page is idle (docs/performance.md: it would otherwise delay the first paint on a slow link).
	await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifestUrl = new URL(href!, page.url());
	const manifest = await (await request.get(manifestUrl.href)).json();
	expect(manifest).toMatchObject({ name: story.title, start_url: './' });
	for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
		const res = await request.get(new URL(icon.src, manifestUrl).href);
		expect(res.ok(), icon.src).toBe(true);
		expect(res.headers()['content-type']).toContain(icon.type.split('+')[0]);
		if (icon.sizes !== 'any') {
			const { width, height } = imageSize(await res.body());
			expect(`${width}x${height}`).toBe(icon.sizes);
		}
	}
	// The page's own icon is inline (a data: address); the touch icon is a file.
	expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
	const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	const res = await request.get(new URL(touch!, page.url()).href);
	expect(imageSize(await res.body())).toMatchObject({ width: 180, height: 180 });
});

test('static hosts get a headers file: hashed files cached for a year, pages briefly, and the security headers', () => {
	const headers = readFileSync('build/_headers', 'utf8');
	expect(headers).toMatch(/^\/_app\/immutable\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
	expect(headers).toMatch(/^\/present\/\n {2}Content-Security-Policy: frame-ancestors 'self'\n {2}Cache-Control: public, max-age=300, must-revalidate$/m);
	expect(headers).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors 'self' http:\/\/127\.0\.0\.1:4190$/m);
	expect(headers).toContain('X-Content-Type-Options: nosniff');
	expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
});

test('a host applying the headers file sends each page one framing policy, and the security headers', async ({ request }) => {
	// The e2e server applies _headers as Netlify does (scripts/serve.ts): values of one header from
	// several matching rules would be joined, so one policy each means no two rules overlap.
	for (const [path, ancestors] of [
		['/', "'self'"],
		['/present/', "'self'"],
		[`/steps/${story.events[0].id}/`, "'self'"],
		['/embed/', "'self' http://127.0.0.1:4190"]
	]) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toBe(`frame-ancestors ${ancestors}`);
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
	}
});

test.describe('a page per step', () => {
	const step = story.events[3];
	const stepUrl = `/steps/${step.id}/`;

	test('previews its own step: title, text and share tags, readable without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(stepUrl);
		await expect(page.locator('h1')).toHaveText(step.title);
		for (const paragraph of step.body) await expect(page.getByText(paragraph)).toBeVisible();
		await expect(page.getByTestId('open-story')).toHaveAttribute('href', `../../#${step.id}`);
		const m = await metadata(page);
		expect(m).toMatchObject({
			title: `${step.title} — ${story.title}`,
			description: step.body[0],
			url: `https://example.org/steps/${step.id}/`,
			canonical: `https://example.org/steps/${step.id}/`
		});
		expect(m).toMatchObject({ image: `https://example.org/cards/${step.id}.png`, imageWidth: '1200', imageHeight: '630' });
		expect(m.imageAlt).toContain(step.title);
		// The step belongs to the story: the article is the story's page.
		expect(m.jsonLd).toMatchObject({ '@type': 'NewsArticle', url: 'https://example.org/', mainEntityOfPage: `https://example.org/steps/${step.id}/` });
		await context.close();
	});

	test('sends people on to the step in the story, and Back returns where they came from', async ({ page }) => {
		await page.goto('/present/');
		await page.goto(stepUrl);
		await expect(page).toHaveURL(`http://localhost:4180/#${step.id}`);
		await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.locator(`[data-step-id="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
		await page.goBack();
		// (The deck may have written its step into the address before we left: /present/#<first step>.)
		await expect(page).toHaveURL(/^http:\/\/localhost:4180\/present\/(#[a-z0-9-]+)?$/);
	});

	test('carries none of the story’s app: no script but the one line, and only its own step’s data', async ({ request }) => {
		const html = await (await request.get(stepUrl)).text();
		expect(html).not.toContain('_app/immutable/entry');
		expect([...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1])).toEqual(["location.replace(document.querySelector('[data-open-on-load]').href)"]);
		expect(html).not.toContain(story.events[0].body[0]);
	});
});

test('every share card exists at the size the pages state: one for the story, one per step', async ({ request }) => {
	const cards = readdirSync('build/cards').sort();
	expect(cards).toEqual(['story.png', ...story.events.map((e) => `${e.id}.png`)].sort());
	for (const card of cards) {
		const res = await request.get(`/cards/${card}`);
		expect(res.headers()['content-type']).toBe('image/png');
		expect(imageSize(await res.body()), card).toMatchObject({ width: 1200, height: 630 });
	}
	// The card pages themselves are photographed and removed: never published.
	expect(readdirSync('build/cards', { withFileTypes: true }).filter((d) => d.isDirectory())).toEqual([]);
});
