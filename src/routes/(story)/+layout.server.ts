import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { formatError, formatErrors } from '$lib/data/validateTimeline';
import { loadRegionGeo, regionBox } from '$lib/server/regionGeo';
import { checkStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/**
 * Runs at build time only: the validated story and the region's geography are serialised into the
 * prerendered pages as data, so the browser ships neither zod nor the world map. During `npm run
 * dev` an invalid dataset shows its problems in the browser (src/routes/+error.svelte, drawn in the
 * root layout: this load sits in the `(story)` group so that an error here is not the root layout's,
 * which SvelteKit could only answer with its static error page), where the author looks; saving a
 * fixed file reloads the page.
 */
export const load = (() => {
	const result = checkStory(undefined, process.env.OFFLINE === '1');
	if (!result.ok) {
		if (dev) error(500, { message: 'The story dataset has problems', problems: result.errors.map(formatError) });
		throw new Error(formatErrors(result.errors));
	}
	const story = result.story;
	return { story, geo: loadRegionGeo(regionBox(story.places)) };
}) satisfies LayoutServerLoad;
