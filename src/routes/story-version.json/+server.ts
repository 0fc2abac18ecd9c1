import { versionStamp } from '$lib/model/changes';
import { loadStory } from '$lib/server/loadStory';

export const prerender = true;

/**
 * What this build of the story holds (`versionStamp`: each event's id and last change, the corrections'
 * ids). A page left open fetches the newer build's when SvelteKit says one is out, and tells its reader
 * what the update brings ("Since you opened this page: 2 new steps").
 */
export function GET() {
	return new Response(JSON.stringify(versionStamp(loadStory())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
