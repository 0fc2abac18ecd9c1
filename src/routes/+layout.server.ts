import { loadRegionGeo } from '$lib/server/regionGeo';
import { loadStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/**
 * Runs at build time only: the validated story and the region's geography are serialised into the
 * prerendered pages as data, so the browser ships neither zod nor the world map.
 */
export const load = (() => {
	return { story: loadStory(), geo: loadRegionGeo() };
}) satisfies LayoutServerLoad;
