import { loadRegionGeo, regionBox } from '$lib/server/regionGeo';
import { loadStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/**
 * Runs at build time only: the validated story and the region's geography are serialised into the
 * prerendered pages as data, so the browser ships neither zod nor the world map.
 */
export const load = (() => {
	const story = loadStory();
	return { story, geo: loadRegionGeo(regionBox(story.places)) };
}) satisfies LayoutServerLoad;
