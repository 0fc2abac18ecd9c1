import { siteUrl, robots } from '$lib/server/site/site';

export const prerender = true;

/** Generated rather than a file in static/, because it names the sitemap by its absolute address. */
export function GET() {
	const site = siteUrl(process.env.SITE_URL);
	return new Response(robots(site ? `${site}/sitemap.xml` : null), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
