import { isPseudoLang } from '$lib/i18n/langs';
import { checkEditions, loadStory } from '$lib/server/loadStory';
import { pageUrl, siteUrl, sitemap, sitePages } from '$lib/server/site/site';

export const prerender = true;

/** Every page of the site, at its absolute address (none without SITE_URL: there is nothing to anchor them to). */
export function GET() {
	const site = siteUrl(process.env.SITE_URL);
	const story = loadStory();
	// (Not the tests' pseudo-locales.)
	const editions = checkEditions().flatMap((e) => (e.ok && !isPseudoLang(e.lang) ? [e.lang] : []));
	const urls = site ? sitePages(story, editions).map((path) => pageUrl(site, path)) : [];
	return new Response(sitemap(urls, story.updated), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
