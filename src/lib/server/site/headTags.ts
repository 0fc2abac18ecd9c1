/**
 * What a page tells link previews (Open Graph, Twitter cards) and search engines (a canonical address,
 * schema.org NewsArticle) about itself, as `<head>` markup, with its share card. Written into the
 * prerendered page by the build (src/hooks.server.ts): readers' browsers never run code for it.
 */
import type { Story } from '../../model/types';
import type { Locale } from '../../i18n/locale';
import { english } from '../../i18n/strings.en';
import { translationLangs, type TranslationLang } from '../../i18n/langs';
import { editionPath } from '../../i18n/locale';
import { fill } from '../../i18n/strings';
import { leadIndex } from '../../state/lead';
import { describeVisual, visualState } from '../../state/visualState';
import { jsonLd, newsArticle, pageUrl } from './site';
import { FEED_FILE } from './feed';
import { escapeMarkup as attr } from '../../i18n/bidi';

/**
 * The share card a page shows (`cards/<card>.png`, a translated edition's `ar/cards/<card>.png`): its
 * step's, on a step page; else the story's.
 */
export function cardFor(story: Story, path: string, locale: Locale = english): { card: string; alt: string } {
	// (A translated edition's step page, `ar/steps/<id>/`, shows the step's card too.)
	const id = /^(?:[^/]+\/)?steps\/([^/]+)\/$/.exec(path)?.[1];
	const index = id ? story.events.findIndex((e) => e.id === id) : -1;
	const [name, title, at] = index >= 0 ? [id!, story.events[index].title, index] : ['story', story.title, leadIndex(story)];
	return { card: `${homeOf(path)}cards/${name}`, alt: fill(locale.t.cardAlt, { title, description: describeVisual(visualState(story, at), locale) }) };
}

/** The story's front page in a page's language: `ar/` for the Arabic edition's pages, else the site's. */
export function homeOf(path: string): string {
	const lang = path.split('/')[0];
	return (translationLangs as readonly string[]).includes(lang) ? editionPath(lang as TranslationLang) : '';
}

/**
 * The page's edition's feed, relative to the page, as every address the site writes is (it is built with
 * relative paths, so it works under BASE_PATH and on any host): `feed.xml` from `/`, `../feed.xml` from
 * `/present/`, `../../feed.xml` from `/ar/steps/<id>/` (the Arabic edition's, `/ar/feed.xml`).
 */
export function feedHref(path: string): string {
	const depth = path.slice(homeOf(path).length).split('/').filter(Boolean).length;
	return `${'../'.repeat(depth)}${FEED_FILE}`;
}

/** Share cards' size (src/routes/[[lang=edition]]/cards/, photographed by scripts/cards.ts). */
export const CARD = { width: 1200, height: 630 };

/**
 * Absolute addresses (and so cards) need SITE_URL; without it only what needs none is given.
 * `lang` is the page's language; `alternates` the page in every language it exists in (with this
 * one), as `hreflang` links, e.g. `{ en: 'present/', ar: 'ar/present/' }`; `feed` the name of the
 * link to the edition's feed, which is left out without it (the offline file has no site around it).
 */
export function headTags(
	story: Story,
	site: string | null,
	path: string,
	title: string,
	description: string,
	lang: { ogLocale: string; alternates: Record<string, string>; locale?: Locale; feed?: string } = { ogLocale: 'en_GB', alternates: {} }
): string {
	const meta = (key: 'property' | 'name', name: string, content: string) => `<meta ${key}="${name}" content="${attr(content)}">`;
	// The embed is the story in another page's frame, and the video view the stills of its videos:
	// previews and search engines are sent to the story.
	const url = site ? pageUrl(site, path.replace(/(embed|video)\/$/, '')) : null;
	// Cards exist where SITE_URL does (an og:image must be an absolute address).
	const card = site ? cardFor(story, path, lang.locale) : null;
	const image = site && card ? { url: `${site}/${card.card}.png`, ...CARD } : undefined;
	return [
		meta('property', 'og:type', 'article'),
		meta('property', 'og:title', title),
		meta('property', 'og:description', description),
		meta('property', 'og:locale', lang.ogLocale),
		...(story.published ? [meta('property', 'article:published_time', story.published)] : []),
		meta('property', 'article:modified_time', story.updated),
		meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
		meta('name', 'twitter:title', title),
		meta('name', 'twitter:description', description),
		...(image && card
			? [
					meta('property', 'og:image', image.url),
					meta('property', 'og:image:width', String(image.width)),
					meta('property', 'og:image:height', String(image.height)),
					meta('property', 'og:image:alt', card.alt),
					meta('name', 'twitter:image', image.url),
					meta('name', 'twitter:image:alt', card.alt)
				]
			: []),
		...(url && site
			? [`<link rel="canonical" href="${attr(url)}">`, meta('property', 'og:url', url), jsonLd(newsArticle(story, pageUrl(site, homeOf(path)), url, image))]
			: []),
		// The same page in the story's other languages (and the English as the default), for search engines.
		...(site && Object.keys(lang.alternates).length > 1
			? [
					...Object.entries(lang.alternates).map(([hreflang, p]) => `<link rel="alternate" hreflang="${hreflang}" href="${attr(pageUrl(site, p))}">`),
					`<link rel="alternate" hreflang="x-default" href="${attr(pageUrl(site, lang.alternates.en))}">`
				]
			: []),
		...(lang.feed ? [`<link rel="alternate" type="application/atom+xml" title="${attr(lang.feed)}" href="${attr(feedHref(path))}">`] : [])
	].join('\n\t\t');
}
