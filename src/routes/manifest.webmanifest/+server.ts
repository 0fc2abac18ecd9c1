import { loadStory } from '$lib/server/loadStory';
import { webManifest } from '$lib/server/site/site';

export const prerender = true;

/** The web app manifest, from the dataset (its title and dek), so another story gets its own. */
export function GET() {
	return new Response(JSON.stringify(webManifest(loadStory()), null, '\t'), { headers: { 'content-type': 'application/manifest+json' } });
}
