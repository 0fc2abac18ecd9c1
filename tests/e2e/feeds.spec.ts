/**
 * The editions' Atom feeds (docs/publishing.md), read as a reader's feed reader reads them (a feed
 * parser): `/feed.xml` and `/ar/feed.xml` hold an entry per step and per correction in the edition's
 * words, each linking to its step in the reading page; every page's head names its edition's feed, at
 * the root and under a sub-path, and the offline file, with no site around it, names none. A
 * developing story's second version (:4194, build-developing-v2, no SITE_URL) lists the step it added
 * and its correction first. Expectations come from the datasets the sites were built from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { sites } from '../../scripts/e2e-sites';
import { plainText } from '../../src/lib/model/links';
import { storySchema } from '../../src/lib/model/schema';
import { localizeStory, translationSchema } from '../../src/lib/server/data/translation';
import { fill } from '../../src/lib/i18n/strings';
import { AR } from '../../src/lib/i18n/strings.ar';
import { expect, test } from './fixtures';
import { editions, type Edition } from './story';

const MAIN = 'http://localhost:4180';
/** The main site's public address (SITE_URL): its feeds' links are there, and are followed here on :4180. */
const SITE_URL = sites.find((s) => s.port === 4180)!.env.SITE_URL;
const onTestSite = (url: string) => (url.startsWith(`${SITE_URL}/`) ? `${MAIN}${url.slice(SITE_URL.length)}` : url);

/** An edition's feed as a feed reader gets it. */
async function readFeed(request: APIRequestContext, url: string) {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	expect(res.headers()['content-type'], url).toMatch(/xml/);
	return parseFeed(await res.text());
}

for (const ed of editions) {
	test.describe(`the ${ed.lang} edition's feed`, () => {
		const feedUrl = `${MAIN}${ed.path('/')}feed.xml`;
		const story = ed.story;

		test('has an entry per step (and per correction), in the edition’s words, each linked to its step', async ({ request }) => {
			const feed = await readFeed(request, feedUrl);
			expect(feed.language).toBe(ed.lang);
			expect(feed.title).toBe(story.title);
			expect(feed.description).toBe(story.dek);
			expect(onTestSite(feed.url!)).toBe(`${MAIN}${ed.path('/')}`);
			expect(feed.items).toHaveLength(story.events.length + story.corrections.length);
			const reading = `${MAIN}${ed.path('/')}`;
			for (const e of story.events) {
				const entries = feed.items.filter((i) => i.title === e.title);
				expect(entries, e.id).toHaveLength(1);
				expect(entries[0].content).toBe(e.body.map(plainText).join('\n\n'));
				expect(onTestSite(entries[0].url!)).toBe(`${reading}#${e.id}`);
			}
			for (const c of story.corrections) {
				const step = story.events.find((e) => e.id === c.event);
				const entry = feed.items.find(
					(i) => i.title === (step ? fill(ed.t.feedCorrection, { title: step.title }) : ed.t.storyCorrection) && i.content === c.text
				);
				expect(entry, c.id).toBeDefined();
				expect(onTestSite(entry!.url!)).toBe(step ? `${reading}#${step.id}` : reading);
			}
			const ids = feed.items.map((i) => i.id);
			expect(new Set(ids).size).toBe(ids.length);
			// Newest first.
			const times = feed.items.map((i) => i.updated!.getTime());
			expect(times).toEqual([...times].sort((a, b) => b - a));
		});

		test('an entry’s link opens its step in the reading page', async ({ page, request }) => {
			const feed = await readFeed(request, feedUrl);
			// A step in the middle of the feed: not where the page would open without an address.
			const entry = feed.items[Math.floor(feed.items.length / 2)];
			const id = story.events.find((e) => e.title === entry.title)!.id;
			await page.goto(onTestSite(entry.url!));
			await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
			await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', id);
		});
	});
}

/**
 * The feeds a page's head names (what a browser or a feed reader offers to follow): their addresses
 * and names, read from the page as it is served, as a feed reader reads it: parsed by the browser's
 * HTML parser (`DOMParser`: no script run, nothing fetched), on a blank page, not opened.
 */
function feedLinks(page: Page, html: string, url: string) {
	return page.evaluate(
		([html, url]) => {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			// (Addresses resolved as the page resolves them: against its own address, or its <base> if it has one.)
			const base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? url, url);
			return [...doc.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((l) => ({
				href: new URL(l.getAttribute('href')!, base).href,
				title: l.getAttribute('title')
			}));
		},
		[html, url]
	);
}

/** What the page at `url`, as served, names in its head. */
const servedFeedLinks = async (page: Page, request: APIRequestContext, url: string) => feedLinks(page, await (await request.get(url)).text(), url);

const editionOf = (path: string): Edition => editions.find((ed) => ed.lang !== 'en' && path.startsWith(ed.path('/'))) ?? editions[0];

test('every page’s head names its edition’s feed, and the offline file none', async ({ page, request }) => {
	const pages = (readdirSync('build', { recursive: true }) as string[])
		.filter((f) => f.endsWith('index.html'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`)
		.sort();
	// The reading page, the briefing, the embed, the video view and every step's page, in each edition.
	expect(pages).toHaveLength(editions.length * (4 + editions[0].story.events.length));
	const feeds = new Map<string, string | null>();
	for (const path of pages) {
		const ed = editionOf(path);
		const links = await servedFeedLinks(page, request, `${MAIN}${path}`);
		expect(links, path).toEqual([{ href: `${MAIN}${ed.path('/')}feed.xml`, title: fill(ed.t.feedLink, { title: ed.story.title }) }]);
		if (!feeds.has(links[0].href)) feeds.set(links[0].href, (await readFeed(request, links[0].href)).language);
	}
	expect(Object.fromEntries(feeds)).toEqual(Object.fromEntries(editions.map((ed) => [`${MAIN}${ed.path('/')}feed.xml`, ed.lang])));

	for (const ed of editions) expect(await feedLinks(page, readFileSync(ed.offline, 'utf8'), `file://${resolve(ed.offline)}`), ed.offline).toEqual([]);
});

test('under a sub-path each page names the feed under it, a pseudo-locale’s its own', async ({ page, request }) => {
	const step = editions[0].story.events[1].id;
	for (const [path, feed] of [
		['/story/', '/story/feed.xml'],
		[`/story/steps/${step}/`, '/story/feed.xml'],
		['/story/ar/present/', '/story/ar/feed.xml'],
		['/story/en-XA/', '/story/en-XA/feed.xml']
	]) {
		const links = await servedFeedLinks(page, request, `http://localhost:4181${path}`);
		expect(links.map((l) => l.href)).toEqual([`http://localhost:4181${feed}`]);
		expect((await readFeed(request, links[0].href)).items.length).toBe(editions[0].story.events.length);
	}
});

test.describe('a developing story’s second version', () => {
	const SITE = 'http://localhost:4194';
	const dir = join('build-developing-data', 'v2');
	const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
	const english = storySchema.parse(read('story.json'));
	// (How the credits say the translation's review: the credits are not in the feed.)
	const review = { reviewed: AR.translationReviewed, draft: AR.translationDraft, date: (iso: string) => iso };
	const versions = [
		{ ed: editions[0], story: english },
		{ ed: editions[1], story: localizeStory(english, translationSchema.parse(read('story.ar.json')), review) }
	];
	const added = english.events.filter((e) => e.added);
	const corrections = english.corrections;

	test('the data has the added step and the correction this checks', () => {
		expect(added).toHaveLength(1);
		expect(corrections).toHaveLength(1);
		expect(corrections[0].event).toBeDefined();
	});

	for (const { ed, story } of versions) {
		test(`lists the step it added and its correction first, in the ${ed.lang} edition's words`, async ({ page, request }) => {
			const feedUrl = `${SITE}${ed.path('/')}feed.xml`;
			const feed = await readFeed(request, feedUrl);
			expect(feed.language).toBe(ed.lang);
			expect(feed.items).toHaveLength(story.events.length + story.corrections.length);
			const correction = story.corrections[0];
			const step = story.events.find((e) => e.id === correction.event)!;
			const addedStep = story.events.find((e) => e.id === added[0].id)!;
			// Newest first: the correction, then the step added (both on the version's day).
			expect(feed.items.slice(0, 2).map((i) => i.title)).toEqual([fill(ed.t.feedCorrection, { title: step.title }), addedStep.title]);
			expect(feed.items[0]).toMatchObject({ content: correction.text, updated: new Date(correction.date) });
			expect(feed.items[1]).toMatchObject({ published: new Date(added[0].added!), updated: new Date(added[0].added!) });
			// Ids of their own (no SITE_URL: stable names, not addresses), never repeated.
			const ids = feed.items.map((i) => i.id!);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^urn:uuid:/);
			// The correction's link, relative to the feed, opens the step it corrects.
			const link = new URL(feed.items[0].url!, feedUrl).href;
			expect(link).toBe(`${SITE}${ed.path('/')}#${step.id}`);
			await page.goto(link);
			await expect(page.locator(`[data-step-id="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
		});
	}

	test('the Arabic feed carries the correction as translated', async ({ request }) => {
		const feed = await readFeed(request, `${SITE}/ar/feed.xml`);
		const arabic = read('story.ar.json').corrections[corrections[0].id].text;
		expect(feed.items.filter((i) => i.content === arabic)).toHaveLength(1);
		expect(arabic).not.toBe(corrections[0].text);
	});
});
