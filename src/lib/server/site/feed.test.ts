// The editions' Atom feeds, read back by a feed parser as a reader's feed reader reads them: an entry
// per step and per correction in the edition's words, newest first, with ids that stay the same from
// build to build and never repeat, and any text, whatever it holds, arriving as written.
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../data/fingerprint';
import { formatErrors, validateStory } from '../data/validateTimeline';
import { readEdition } from '../loadStory';
import { plainText } from '../../model/links';
import { testStory } from '../../model/testStory';
import type { Story } from '../../model/types';
import { fill } from '../../i18n/strings';
import { AR } from '../../i18n/strings.ar';
import { EN } from '../../i18n/strings.en';
import { atomFeed, FEED_FILE, timestamp, uuid5, type FeedEdition } from './feed';
import { feedHref, headTags } from './headTags';

const ADDED = '2026-12-04';
const CORRECTED = '2026-12-05';

function valid(raw: unknown): Story {
	const result = validateStory(raw, 'story.json');
	if (!result.ok) throw new Error(formatErrors(result.errors));
	return result.story;
}

/**
 * The real story as a developing story: its last step added later, a correction to a step and one to
 * the whole story; and its Arabic edition, with the step's correction translated and the story's not yet.
 */
const raw = JSON.parse(readFileSync('timeline-data/story.json', 'utf8'));
raw.events.at(-1).added = ADDED;
const corrected = raw.events[3];
raw.corrections = [
	{ id: 'step-fixed', date: CORRECTED, event: corrected.id, text: 'An earlier version of this step gave another date.' },
	{ id: 'story-fixed', date: ADDED, text: 'An earlier version of this story misspelt a name.' }
];
const english = valid(raw);
const overlay = JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8'));
overlay.corrections = { 'step-fixed': { text: 'ذكرت نسخة سابقة من هذه الخطوة تاريخاً آخر.' } };
overlay.fingerprints['corrections.step-fixed.text'] = fingerprint(raw.corrections[0].text);
const edition = readEdition(JSON.stringify(overlay), 'story.ar.json', english, 'ar');
if (!edition.ok) throw new Error('the Arabic edition is not published');
const arabic = edition.story;

const en: FeedEdition = { story: english, lang: 'en', t: EN, home: '', site: 'https://example.org/story' };
const ar: FeedEdition = { story: arabic, lang: 'ar', t: AR, home: 'ar/', site: 'https://example.org/story' };

describe('atomFeed', () => {
	for (const [name, ed] of [
		['English', en],
		['Arabic', ar]
	] as const) {
		it(`gives every step and every correction an entry, in the ${name} edition's words`, () => {
			const feed = parseFeed(atomFeed(ed));
			const { story, t } = ed;
			expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
			expect(feed.language).toBe(ed.lang);
			expect(feed.title).toBe(story.title);
			expect(feed.description).toBe(story.dek);
			expect(feed.updated).toEqual(new Date(story.updated));
			expect(feed.authors.map((a) => a.name)).toEqual([story.byline.replace(/^By /, '')]);
			const front = `https://example.org/story/${ed.home}`;
			expect(feed.url).toBe(front);
			expect(feed.self).toBe(`${front}${FEED_FILE}`);

			expect(feed.items).toHaveLength(story.events.length + story.corrections.length);
			for (const e of story.events) {
				const item = feed.items.find((i) => i.url === `${front}#${e.id}` && i.title === e.title);
				expect(item, e.id).toBeDefined();
				expect(item!.content).toBe(e.body.map(plainText).join('\n\n'));
			}
			const step = story.events.find((e) => e.id === corrected.id)!;
			const forStep = feed.items.find((i) => i.title === fill(t.feedCorrection, { title: step.title }))!;
			expect(forStep).toMatchObject({ url: `${front}#${step.id}`, content: story.corrections[0].text, updated: new Date(CORRECTED) });
			expect(feed.items.find((i) => i.title === t.storyCorrection)).toMatchObject({ url: front, content: story.corrections[1].text });
		});
	}

	it('writes the translated correction in Arabic, and marks what the edition still shows in English', () => {
		const xml = atomFeed(ar);
		expect(xml).toContain('<content type="text">ذكرت نسخة سابقة من هذه الخطوة تاريخاً آخر.</content>');
		expect(xml).toContain(`<content type="text" xml:lang="en">${raw.corrections[1].text}</content>`);
		expect(xml).toMatch(/^<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="ar">$/m);
		// The real translation is whole: nothing else is marked.
		expect(xml.match(/xml:lang="en"/g)).toHaveLength(1);
	});

	it('dates each entry: a step by its update, else its addition, else the story’s first day; a correction by its day; newest first', () => {
		const feed = parseFeed(atomFeed(en));
		const added = english.events.at(-1)!;
		const item = (url: string) => feed.items.filter((i) => i.url === url);
		expect(item(`https://example.org/story/#${added.id}`)[0]).toMatchObject({ published: new Date(ADDED), updated: new Date(ADDED) });
		const unchanged = english.events[0];
		// A step never changed: the first day the story records a change (it was there before), not the last.
		expect(item(`https://example.org/story/#${unchanged.id}`)[0]).toMatchObject({ published: null, updated: new Date(ADDED) });
		// An updated step: its updated day, published still its added day.
		const updated = valid({ ...raw, events: raw.events.map((e: object, i: number) => (i === 0 ? { ...e, added: '2026-11-30', updated: ADDED } : e)) });
		expect(parseFeed(atomFeed({ ...en, story: updated })).items.find((i) => i.url === `https://example.org/story/#${unchanged.id}`)).toMatchObject({
			published: new Date('2026-11-30'),
			updated: new Date(ADDED)
		});
		// A story that says when it was published dates its unchanged steps so.
		const published = valid({ ...raw, published: '2026-11-20' });
		expect(parseFeed(atomFeed({ ...en, story: published })).items.find((i) => i.url === `https://example.org/story/#${unchanged.id}`)!.updated).toEqual(
			new Date('2026-11-20')
		);
		// Newest first: the step's correction, then on one day the story's correction before the added step,
		// then the unchanged steps, the story's last first.
		const times = feed.items.map((i) => i.updated!.getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(feed.items.slice(0, 3).map((i) => i.title)).toEqual([fill(EN.feedCorrection, { title: corrected.title }), EN.storyCorrection, added.title]);
		expect(feed.items.at(-1)!.title).toBe(english.events[0].title);
		expect(feed.updated).toEqual(new Date(CORRECTED));
	});

	it('gives ids that never repeat, in one feed or across the editions, and stay the same from build to build', () => {
		for (const site of ['https://example.org/story', null]) {
			const ids = [en, ar].flatMap((ed) => {
				const feed = parseFeed(atomFeed({ ...ed, site }));
				return [feed.element.findElementWithName('id')!.textContentNormalized, ...feed.items.map((i) => i.id)];
			});
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toHaveLength(2 * (1 + english.events.length + english.corrections.length));
			for (const id of ids)
				expect(id).toMatch(site ? /^https:\/\/example\.org\/story\// : /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		}
		// A retitled, rewritten, redated story keeps its entries' ids.
		const edited = valid({
			...raw,
			title: 'Another headline',
			updated: '2026-12-31',
			events: raw.events.map((e: { title: string; body: string[] }) => ({ ...e, title: `${e.title}!`, body: ['Rewritten.'] }))
		});
		const ids = (story: Story, site: string | null) => parseFeed(atomFeed({ ...en, story, site })).items.map((i) => i.id);
		for (const site of ['https://example.org/story', null]) expect(ids(edited, site)).toEqual(ids(english, site));
		// With SITE_URL a step's id is the address that opens it.
		expect(parseFeed(atomFeed(ar)).items.find((i) => i.title === arabic.events[0].title)!.id).toBe(`https://example.org/story/ar/#${arabic.events[0].id}`);
	});

	it('links relative to itself without SITE_URL, so the links work wherever the site is served', () => {
		const xml = atomFeed({ ...ar, site: null });
		expect(xml).toContain('<link rel="alternate" type="text/html" href="./"/>');
		expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${FEED_FILE}"/>`);
		const feed = parseFeed(xml);
		// As a reader's feed reader resolves them, against the feed's own address.
		const at = 'http://localhost:4194/story/ar/feed.xml';
		expect(feed.items.map((i) => new URL(i.url!, at).href)).toContain(`http://localhost:4194/story/ar/#${arabic.events[0].id}`);
		expect(new URL(feed.url!, at).href).toBe('http://localhost:4194/story/ar/');
	});

	it('carries any text as written: markup, entities, links, right-to-left marks; drops what XML cannot hold', () => {
		const tricky = 'A "quoted" <title> & more ]]> \u202eright\u202c';
		const story = valid({
			...testStory(),
			title: tricky,
			dek: '<script>alert(1)</script>',
			byline: 'By Jane <Doe> and John "Q" Roe',
			events: testStory().events.map((e, i) =>
				i === 0 ? { ...e, title: tricky, body: ['See [the report](https://example.org/r?a=1&b=2) & <em>this</em>.', 'Bell\u0007 gone.'] } : e
			)
		});
		const xml = atomFeed({ ...en, story, site: null });
		expect(xml).not.toContain('<script');
		expect(xml).not.toContain(']]>');
		// Text that looks like an entity stays those characters (the parser, lenient with feeds that
		// escape twice, would read it back as the character).
		expect(atomFeed({ ...en, story: valid({ ...testStory(), dek: 'Write &lt; as &amp;lt;' }) })).toContain(
			'<subtitle>Write &amp;lt; as &amp;amp;lt;</subtitle>'
		);
		const feed = parseFeed(xml);
		expect(feed.title).toBe(tricky);
		expect(feed.description).toBe('<script>alert(1)</script>');
		expect(feed.authors.map((a) => a.name)).toEqual(['Jane <Doe>', 'John "Q" Roe']);
		const item = feed.items.find((i) => i.title === tricky)!;
		expect(item.content).toBe('See the report & <em>this</em>.\n\nBell gone.');
	});

	it('names the desk as the author while the byline is still to write', () => {
		const story = valid({ ...testStory(), byline: '[who wrote it]', theme: { name: 'The Daily Example' } });
		expect(parseFeed(atomFeed({ ...en, story })).authors.map((a) => a.name)).toEqual(['The Daily Example']);
	});
});

describe('ids and dates', () => {
	it('makes name-based UUIDs as RFC 9562 does', () => {
		// Python's uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/').
		expect(uuid5('https://example.org/', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe('527dda32-a0de-5105-a042-cb475b5f7d11');
	});

	it('writes a date as its first instant, UTC', () => {
		expect(timestamp('2026-12-04')).toBe('2026-12-04T00:00:00Z');
		expect(timestamp('2026-11')).toBe('2026-11-01T00:00:00Z');
		expect(timestamp('2026')).toBe('2026-01-01T00:00:00Z');
	});
});

describe('the pages’ link to the feed', () => {
	it('points from every page to its edition’s feed, relative to the page', () => {
		expect(feedHref('')).toBe('feed.xml');
		expect(feedHref('present/')).toBe('../feed.xml');
		expect(feedHref('steps/baghouz/')).toBe('../../feed.xml');
		expect(feedHref('ar/')).toBe('feed.xml');
		expect(feedHref('ar/embed/')).toBe('../feed.xml');
		expect(feedHref('ar/steps/baghouz/')).toBe('../../feed.xml');
	});

	it('is in the head when the page is given its name, and escaped', () => {
		const tags = headTags(english, null, 'ar/present/', 'T', 'D', { ogLocale: 'ar_IQ', alternates: {}, feed: 'A "feed" <name>' });
		expect(tags).toContain('<link rel="alternate" type="application/atom+xml" title="A &quot;feed&quot; &lt;name>" href="../feed.xml">');
		expect(headTags(english, null, '', 'T', 'D')).not.toContain('application/atom+xml');
	});
});
