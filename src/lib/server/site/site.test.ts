import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { headTags } from './headTags';
import { bylineAuthors, embedAncestors, hostHeaders, jsonLd, newsArticle, robots, sitePages, siteUrl, sitemap, storyAddress, webManifest } from './site';

const story = storySchema.parse({ ...testStory(), title: 'A "quoted" <title> & more', published: '2026-01-21' });

describe('site', () => {
	it('writes the story’s address for a video as a reader would type it: no scheme, no last slash, the edition’s path', () => {
		expect(storyAddress('https://example.org/story')).toBe('example.org/story');
		expect(storyAddress('https://example.org/story', 'ar')).toBe('example.org/story/ar');
		expect(storyAddress('http://example.org')).toBe('example.org');
		expect(storyAddress(null, 'ar')).toBeNull();
	});

	it('takes SITE_URL as an absolute http(s) address without a trailing slash, and refuses others', () => {
		expect(siteUrl(undefined)).toBeNull();
		expect(siteUrl('https://example.org/story/')).toBe('https://example.org/story');
		for (const bad of ['example.org', 'ftp://example.org', 'https://example.org/?a=1']) expect(() => siteUrl(bad)).toThrow(/SITE_URL/);
	});

	it('writes share and search tags with every value escaped, absolute addresses only with a site', () => {
		const tags = headTags(story, 'https://example.org/story', 'present/', story.title, 'One "step".');
		expect(tags).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title> &amp; more">');
		expect(tags).toContain('<link rel="canonical" href="https://example.org/story/present/">');
		expect(tags).toContain('<meta property="article:published_time" content="2026-01-21">');
		expect(tags).toContain('<meta property="og:description" content="One &quot;step&quot;.">');
		expect(tags).not.toMatch(/<title>/);
		// A page of the story names the story as the article it belongs to.
		expect(tags).toMatch(
			/"url":"https:\/\/example\.org\/story\/","mainEntityOfPage":"https:\/\/example\.org\/story\/present\/"|"mainEntityOfPage":"https:\/\/example\.org\/story\/present\/","url":"https:\/\/example\.org\/story\/"/
		);
		const bare = headTags(story, null, '', story.title, story.dek);
		expect(bare).not.toMatch(/canonical|og:url|ld\+json/);
	});

	it('describes the story as a NewsArticle, with JSON that cannot close its script', () => {
		const article = newsArticle(story, 'https://example.org/');
		expect(article).toMatchObject({ '@type': 'NewsArticle', headline: story.title, datePublished: '2026-01-21', dateModified: story.updated });
		expect(jsonLd({ text: '</script><script>alert(1)' })).toBe('<script type="application/ld+json">{"text":"\\u003c/script>\\u003cscript>alert(1)"}</script>');
		expect(bylineAuthors('By Jane Doe and John Roe')).toEqual([
			{ '@type': 'Person', name: 'Jane Doe' },
			{ '@type': 'Person', name: 'John Roe' }
		]);
		expect(bylineAuthors('By the Graphics Desk')).toEqual([{ '@type': 'Organization', name: 'the Graphics Desk' }]);
	});

	it('names no author while the byline is a placeholder still to be written', () => {
		expect(newsArticle(story, 'https://example.org/')).toHaveProperty('author');
		expect(newsArticle({ ...story, byline: '[Byline: who made this story]' }, 'https://example.org/')).not.toHaveProperty('author');
		// The desk's name, from its theme, is the publisher; a story without one names none.
		expect(newsArticle(story, 'https://example.org/')).not.toHaveProperty('publisher');
		expect(newsArticle({ ...story, theme: { name: 'The Daily Example' } }, 'https://example.org/').publisher).toEqual({
			'@type': 'Organization',
			name: 'The Daily Example'
		});
	});

	it('lists pages in a sitemap that robots.txt names; the manifest takes the story’s name', () => {
		expect(sitePages(story)).toEqual(['', 'present/', ...story.events.map((e) => `steps/${e.id}/`)]);
		expect(sitePages(story, ['ar']).slice(-2 - story.events.length)).toEqual(['ar/', 'ar/present/', ...story.events.map((e) => `ar/steps/${e.id}/`)]);
		expect(sitemap(['https://example.org/a&b'], '2026-02')).toContain('<url><loc>https://example.org/a&amp;b</loc><lastmod>2026-02</lastmod></url>');
		expect(robots('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
		expect(robots(null)).not.toContain('Sitemap');
		expect(webManifest(story)).toMatchObject({ name: story.title, short_name: 'A "quoted" <title> & mo…' });
	});

	it('gives static hosts year-long caching for hashed files and short caching for pages, never both on one address', () => {
		const headers = hostHeaders('/story', ['', 'present/'], ["'self'", 'https:']);
		expect(headers).toMatch(/\/story\/_app\/immutable\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
		expect(headers).toMatch(/\/story\/\n {2}Content-Security-Policy: frame-ancestors 'self'\n {2}Cache-Control: public, max-age=300, must-revalidate/);
		expect(headers).toMatch(/\/story\/\*\n {2}X-Content-Type-Options: nosniff/);
		// (Each of immutable, the two pages, the embed, sitemap, robots, manifest and the feed.)
		expect(headers.match(/Cache-Control/g)).toHaveLength(8);
		expect(headers).toMatch(/\/story\/feed\.xml\n {2}Cache-Control: public, max-age=300, must-revalidate/);
		expect(headers.split('\n\n').find((block) => block.includes('/story/*\n'))).not.toContain('Cache-Control');
	});

	it('lets only the allowed sites frame the embed, and only the story frame its pages', () => {
		const headers = hostHeaders('', ['', 'present/', 'steps/*'], embedAncestors('https://cms.example.com, https://*.news.example'));
		expect(headers).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors 'self' https:\/\/cms\.example\.com https:\/\/\*\.news\.example$/m);
		expect(headers).toMatch(/^\/steps\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'$/m);
		// No rule that covers the embed also says who may frame it (the host would join the two policies).
		const rules = headers
			.split('\n\n')
			.flatMap((block) => block.split(/\n(?=\/)/))
			.filter((rule) => rule.includes('frame-ancestors'));
		expect(rules.map((rule) => rule.split('\n')[0])).toEqual(['/', '/present/', '/steps/*', '/embed/*']);
	});

	it('lets any https site frame the embed unless EMBED_HOSTS names some, and refuses what is not an origin', () => {
		expect(embedAncestors(undefined)).toEqual(["'self'", 'https:']);
		expect(embedAncestors(' http://localhost:8080 ')).toEqual(["'self'", 'http://localhost:8080']);
		expect(() => embedAncestors('https://cms.example.com/news/')).toThrow(/EMBED_HOSTS: "https:\/\/cms.example.com\/news\/" is not a site's origin/);
		expect(() => embedAncestors('cms.example.com; script-src *')).toThrow(/EMBED_HOSTS/);
	});
});

it('the page’s inline icon is static/favicon.svg, the file the manifest and touch icons come from', () => {
	const inline = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/.exec(readFileSync('src/app.html', 'utf8'))![1];
	expect(decodeURIComponent(inline).replace(/'/g, '"')).toBe(readFileSync('static/favicon.svg', 'utf8').trim());
});
