import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { formatErrors } from '$lib/data/validateTimeline';
import { loadRegionGeo, regionBox } from '$lib/server/regionGeo';
import { checkStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/**
 * Runs at build time only: the validated story and the region's geography are serialised into the
 * prerendered pages as data, so the browser ships neither zod nor the world map. During `npm run
 * dev` an invalid dataset shows every problem in the browser, where the author looks (SvelteKit's
 * error page, src/error.html: no code in the story's pages for it), and the page reloads by itself
 * once the fixed file is saved.
 */
export const load = (() => {
	const result = checkStory(undefined, process.env.OFFLINE === '1');
	if (!result.ok) {
		if (dev) error(500, formatErrors(result.errors));
		throw new Error(formatErrors(result.errors));
	}
	const story = result.story;
	return { story, geo: loadRegionGeo(regionBox(story.places)) };
}) satisfies LayoutServerLoad;
