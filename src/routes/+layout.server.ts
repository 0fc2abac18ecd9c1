import { loadStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/** Runs at build time only: the validated story is serialised into the prerendered pages. */
export const load = (() => {
	return { story: loadStory() };
}) satisfies LayoutServerLoad;
