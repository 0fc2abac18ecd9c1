/**
 * An edition's Atom 1.0 feed (RFC 4287), `feed.xml` in the edition's folder beside its reading page
 * (`/feed.xml`, `/ar/feed.xml`): one entry per step and one per correction, in the edition's words,
 * newest first, so that a feed reader shows what the desk added, updated or corrected. Written by the
 * prerendered route src/routes/[[lang=edition]]/feed.xml/+server.ts; build time only.
 *
 * Ids never change while their step or correction exists (an updated step is its entry updated, not a
 * new entry), and no two are the same, in one feed or across the editions:
 * - With SITE_URL, absolute addresses under the edition's front page: a step's is the address that
 *   opens it, its link (`https://example.org/ar/#<event id>`); a correction's is
 *   `…#corrections/<correction id>` (an event id never holds a `/`, so the two never meet); the feed's
 *   is its own address.
 * - Without SITE_URL there is no address to build on, so ids are `urn:uuid:` name-based UUIDs
 *   (version 5, RFC 9562) of the edition, the kind and the dataset's id (`ar event centcom-statement`)
 *   under a namespace of this code's own (`ID_SPACE`): made of nothing a desk edits (titles, texts,
 *   dates), they stay the same from build to build. Two stories built without SITE_URL that share an
 *   event id would share that entry's id: a feed for others to follow is published with SITE_URL set.
 *   Links are then relative to the feed, which sits beside the reading page (`./#<event id>`): they
 *   resolve wherever the site is served, under BASE_PATH too.
 */
import { createHash } from 'node:crypto';
import { dateStart, parseStoryDate } from '../../model/dates.ts';
import { plainText } from '../../model/links.ts';
import { isPlaceholder } from '../../model/placeholder.ts';
import type { Story } from '../../model/types.ts';
import { escapeMarkup } from '../../i18n/bidi.ts';
import { fill, type UiStrings } from '../../i18n/strings.ts';
import { bylineAuthors, pageUrl } from './site.ts';

/** The feed's file, in each edition's folder. */
export const FEED_FILE = 'feed.xml';

export interface FeedEdition {
	/** The story in the edition's language, as its pages show it (loadStory's, or its checked edition's). */
	story: Story;
	/** The edition's language tag: `en`, `ar`. */
	lang: string;
	t: Pick<UiStrings, 'feedCorrection' | 'storyCorrection'>;
	/** The edition's front page under the site's address: '' or `ar/` (editionPath). */
	home: string;
	/** SITE_URL as siteUrl reads it, or null. */
	site: string | null;
}

/** The namespace of the ids made without SITE_URL (a random UUID, drawn once for this code; never change it). */
const ID_SPACE = '9b508eb9-37a9-4c8b-84ca-caca50e4659d';

/** A name-based UUID, version 5 (SHA-1), as RFC 9562 makes one: the same name always gives the same id. */
export function uuid5(name: string, namespace = ID_SPACE): string {
	const hash = createHash('sha1')
		.update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A dataset's date as an Atom date (RFC 3339): its first instant, UTC (`2026-12-04` → `2026-12-04T00:00:00Z`). */
export function timestamp(date: string): string {
	const d = parseStoryDate(date);
	if (!d) throw new Error(`feed: "${date}" is not a date`);
	return dateStart(d).toISOString().replace('.000Z', 'Z');
}

/** Characters XML 1.0 cannot hold at all (controls other than tab, newline and return; U+FFFE, U+FFFF; lone surrogates): dropped. */
// eslint-disable-next-line no-control-regex -- these control characters are what it looks for
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text as XML: escaped as markup is, and `>` too (no text may write `]]>`). */
const xml = (text: string) => escapeMarkup(text.replace(NOT_XML, '')).replace(/>/g, '&gt;');

/** A text element; marked English where a translated edition shows the text untranslated (as the pages mark it). */
const textElement = (name: string, text: string, english = false, type = '') =>
	`<${name}${type ? ` type="${type}"` : ''}${english ? ' xml:lang="en"' : ''}>${xml(plainText(text))}</${name}>`;

const link = (rel: 'alternate' | 'self', type: string, href: string) => `<link rel="${rel}" type="${type}" href="${xml(href)}"/>`;

interface Entry {
	id: string;
	title: string;
	href: string;
	text: string;
	updated: string;
	published?: string;
	/** Its place among the entries of one day: a correction, a step changed that day, a step never changed. */
	rank: 0 | 1 | 2;
	english: { title: boolean; text: boolean };
}

/** The edition's feed, as the text of `feed.xml`. */
export function atomFeed({ story, lang, t, home, site }: FeedEdition): string {
	const front = site ? pageUrl(site, home) : './';
	const self = site ? `${front}${FEED_FILE}` : FEED_FILE;
	const id = (kind: 'feed' | 'event' | 'correction', key = '') =>
		site ? { feed: self, event: `${front}#${key}`, correction: `${front}#corrections/${key}` }[kind] : `urn:uuid:${uuid5(`${lang} ${kind} ${key}`.trim())}`;
	const untranslated = new Set(story.untranslated);
	// A step the desk has recorded no day for has been in the story since it was published: dated by the
	// story's `published`, else by the first change the dataset records, not by `story.updated`, which is
	// the last (lastModified): a step left as it was is not newer than one added later, and its entry
	// does not change each time another does.
	const days = [story.updated, ...story.events.flatMap((e) => [e.added, e.updated]), ...story.corrections.map((c) => c.date)];
	const since = story.published ?? days.filter((d) => d !== undefined).sort()[0];

	const events = story.events.map((e): Entry => {
		const english = new Set(e.untranslated);
		return {
			id: id('event', e.id),
			title: e.title,
			href: `${front}#${e.id}`,
			text: e.body.join('\n\n'),
			updated: e.updated ?? e.added ?? since,
			...(e.added ? { published: e.added } : {}),
			rank: e.added || e.updated ? 1 : 2,
			english: { title: english.has('title'), text: e.body.every((_, i) => english.has(`body.${i}`)) }
		};
	});
	const corrections = story.corrections.map((c): Entry => {
		const step = c.event ? story.events.find((e) => e.id === c.event) : undefined;
		return {
			id: id('correction', c.id),
			title: step ? fill(t.feedCorrection, { title: step.title }) : t.storyCorrection,
			href: step ? `${front}#${step.id}` : front,
			text: c.text,
			updated: c.date,
			published: c.date,
			rank: 0,
			english: { title: false, text: untranslated.has(`corrections.${c.id}.text`) }
		};
	});
	// Newest first. On one day: corrections, as "Corrections and updates" lists them (storyChanges), then
	// the steps added or updated that day, then the steps never changed; among steps the later first (the
	// story runs in time: its last step is its newest). The sort is stable: the order within a rank holds.
	const entries = [...corrections, ...events.reverse()]
		.map((e) => ({ ...e, updated: timestamp(e.updated), published: e.published && timestamp(e.published) }))
		.sort((a, b) => (a.updated === b.updated ? a.rank - b.rank : a.updated > b.updated ? -1 : 1));

	// The byline's names ("By Jane Doe and John Roe": two authors); the desk's name while the byline is still to write.
	const authors = isPlaceholder(story.byline) ? [story.theme?.name ?? story.byline] : bylineAuthors(story.byline).map((a) => a.name);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(lang)}">`,
		`\t<id>${xml(id('feed'))}</id>`,
		`\t${textElement('title', story.title, untranslated.has('story.title'))}`,
		`\t${textElement('subtitle', story.dek, untranslated.has('story.dek'))}`,
		`\t<updated>${timestamp(story.updated)}</updated>`,
		...(authors.length ? authors : [story.byline]).map((name) => `\t<author><name>${xml(name)}</name></author>`),
		`\t${link('alternate', 'text/html', front)}`,
		`\t${link('self', 'application/atom+xml', self)}`,
		...entries.flatMap((e) => [
			'\t<entry>',
			`\t\t<id>${xml(e.id)}</id>`,
			`\t\t${textElement('title', e.title, e.english.title)}`,
			`\t\t${link('alternate', 'text/html', e.href)}`,
			...(e.published ? [`\t\t<published>${e.published}</published>`] : []),
			`\t\t<updated>${e.updated}</updated>`,
			`\t\t${textElement('content', e.text, e.english.text, 'text')}`,
			'\t</entry>'
		]),
		'</feed>',
		''
	].join('\n');
}
