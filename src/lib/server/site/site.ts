/**
 * Where the story lives on the web, and what it tells link previews and search engines about itself.
 * `SITE_URL` (e.g. `https://example.org/story`, the address of the story's front page, base path
 * included) gives the absolute addresses that canonical links, share cards and the sitemap need.
 * Without it the story still builds: those features are left out (the build says so once).
 */
import { palette } from '../../model/theme.ts';
import { isPlaceholder } from '../../model/placeholder.ts';
import { escapeMarkup } from '../../i18n/bidi.ts';
import type { Story } from '../../model/types';

/** The site's address without a trailing slash, or null when SITE_URL is not set; throws on a bad one. */
export function siteUrl(value: string | undefined): string | null {
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL "${value}" is not an absolute address such as https://example.org/story`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${value}" must start with https:// (or http://)`);
	if (url.search || url.hash) throw new Error(`SITE_URL "${value}" must have no ?query or #hash`);
	return url.href.replace(/\/$/, '');
}

/**
 * The pages of the site, as paths under the site's address ('' is the front page), with each
 * translated edition's (`ar/`, `ar/present/`, `ar/steps/<id>/`).
 */
export function sitePages(story: Pick<Story, 'events'>, editions: readonly string[] = []): string[] {
	const pages = (prefix: string) => [`${prefix}`, `${prefix}present/`, ...story.events.map((e) => `${prefix}${stepPath(e.id)}`)];
	return [...pages(''), ...editions.flatMap((lang) => pages(`${lang}/`))];
}

/** A step's own page (for link previews): `steps/<event id>/`. */
export const stepPath = (id: string) => `steps/${id}/`;

/**
 * The story's address as a video writes it for someone to type or find (`example.org/story`,
 * `example.org/story/ar`): the edition's front page without its scheme or last slash; null without SITE_URL.
 */
export function storyAddress(site: string | null, lang?: string): string | null {
	return site
		? pageUrl(site, lang ? `${lang}/` : '')
				.replace(/^https?:\/\//, '')
				.replace(/\/$/, '')
		: null;
}

/** The absolute address of a page: `https://example.org/story/present/`. */
export function pageUrl(site: string, path: string): string {
	return path ? `${site}/${path}` : `${site}/`;
}

/** "By Jane Doe and John Roe" → two people; "By the Graphics Desk" → an organisation. */
export function bylineAuthors(byline: string): { '@type': 'Person' | 'Organization'; name: string }[] {
	return byline
		.replace(/^by\s+/i, '')
		.split(/\s*(?:,|\band\b|&)\s*/)
		.filter(Boolean)
		.map((name) => ({ '@type': /\b(desk|team|staff|newsroom|editors|bureau)\b/i.test(name) ? 'Organization' : 'Person', name }));
}

/** schema.org NewsArticle for the story (at `url`), as search engines read it on one of its pages (JSON-LD). */
export function newsArticle(story: Story, url: string, page = url, image?: { url: string; width: number; height: number }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: story.title.length > 110 ? `${story.title.slice(0, 109)}…` : story.title,
		description: story.dek,
		...(story.published ? { datePublished: story.published } : {}),
		dateModified: story.updated,
		...(isPlaceholder(story.byline) ? {} : { author: bylineAuthors(story.byline) }),
		...(story.theme?.name ? { publisher: { '@type': 'Organization', name: story.theme.name } } : {}),
		mainEntityOfPage: page,
		url,
		...(image ? { image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }] } : {})
	};
}

/** A JSON-LD block, safe inside HTML: `<` is escaped so no text in the data can close the script. */
export function jsonLd(data: unknown): string {
	return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** The sitemap (sitemaps.org) of the given absolute addresses, with the story's last update. */
export function sitemap(urls: string[], updated: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls.map((u) => `\t<url><loc>${escapeMarkup(u)}</loc><lastmod>${updated}</lastmod></url>`),
		'</urlset>',
		''
	].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap named where there is one. */
export function robots(sitemapUrl: string | null): string {
	return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}

/** The web app manifest: the story's name and the icons in static/. Addresses are relative to it. */
export function webManifest(story: Story) {
	const short = story.title.length > 24 ? `${story.title.slice(0, 23).trimEnd()}…` : story.title;
	return {
		name: story.title,
		short_name: short,
		description: story.dek,
		start_url: './',
		scope: './',
		display: 'browser',
		background_color: palette(story.theme?.colors).paper,
		theme_color: '#b3261e',
		icons: [
			{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
			{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' }
		]
	};
}

/**
 * The sites allowed to frame the embed (`frame-ancestors`), from EMBED_HOSTS: space- or
 * comma-separated origins such as `https://cms.example.org https://*.example.com`. Unset: any site
 * served over https may, as syndicated embeds are meant to be shared. The story's own pages always may.
 */
export function embedAncestors(value: string | undefined): string[] {
	const hosts = (value ?? '').split(/[\s,]+/).filter(Boolean);
	for (const host of hosts)
		if (!/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(host))
			throw new Error(`EMBED_HOSTS: "${host}" is not a site's origin such as https://cms.example.org (no path, no trailing slash)`);
	return ["'self'", ...(hosts.length ? hosts : ['https:'])];
}

/**
 * `_headers` for the static hosts that read one (Netlify, Cloudflare Pages): the security headers a
 * `<meta>` policy cannot carry, year-long caching for hashed files and short caching for pages.
 * Only the story's own pages may frame its pages; the embed (`embed/`, with the script host pages
 * load to size it) may be framed by `embedHosts` (see embedAncestors). No two rules set the same
 * header on one address: those hosts join such values with commas, and two frame-ancestors
 * policies would both apply. `feeds`: each edition's feed (`feed.xml`, `ar/feed.xml`), which feed
 * readers ask for again and again, so it is kept as briefly as the pages.
 */
export function hostHeaders(base: string, pages: string[], embedHosts: string[], embeds: string[] = ['embed/*'], feeds: string[] = ['feed.xml']): string {
	const at = (p: string) => `${base}/${p}`;
	const fresh = '  Cache-Control: public, max-age=300, must-revalidate';
	return [
		'# Generated by the build (src/lib/server/site/site.ts): edit there.',
		'',
		'# On every response: what a <meta> Content-Security-Policy cannot say.',
		`${base}/*`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'',
		'# File names that change with their content: cached for a year, never checked again.',
		`${base}/_app/immutable/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
		'# Pages: framed only by the story itself; five minutes, then checked again.',
		...pages.flatMap((p) => [at(p), "  Content-Security-Policy: frame-ancestors 'self'", fresh]),
		'',
		'# The embed, and the script host pages load to size it: framed by the sites allowed to embed it.',
		...embeds.flatMap((p) => [at(p), `  Content-Security-Policy: frame-ancestors ${embedHosts.join(' ')}`, fresh]),
		'',
		'# Files named after the story: five minutes, then checked again.',
		...['sitemap.xml', 'robots.txt', 'manifest.webmanifest', ...feeds].flatMap((p) => [at(p), fresh]),
		''
	].join('\n');
}
