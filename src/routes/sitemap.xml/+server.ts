import { checkEditions, loadStory } from '$lib/server/loadStory';
import { pageUrl, siteUrl, sitemap, sitePages } from '$lib/site/site';

export const prerender = true;

/** Every page of the site, at its absolute address (none without SITE_URL: there is nothing to anchor them to). */
export function GET() {
	const site = siteUrl(process.env.SITE_URL);
	const story = loadStory();
	const editions = checkEditions().flatMap((e) => (e.ok ? [e.lang] : []));
	const urls = site ? sitePages(story, editions).map((path) => pageUrl(site, path)) : [];
	return new Response(sitemap(urls, story.updated), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
