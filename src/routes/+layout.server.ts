import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { formatErrors } from '$lib/server/data/validateTimeline';
import { checkStory } from '$lib/server/loadStory';
import type { LayoutServerLoad } from './$types';

/**
 * During `npm run dev` an invalid dataset shows every problem in the browser, where the author looks
 * (an error here, in the root layout, is drawn by SvelteKit's page src/error.html: no code in the
 * story's pages for it), and the page reloads by itself once the fixed file is saved. A build stops
 * on the same problems before it starts (vite.config.ts). The pages load their own data: the story's
 * pages the whole story (src/lib/server/storyPage.ts), a step page only its step.
 */
export const load: LayoutServerLoad = () => {
	if (dev) {
		const result = checkStory();
		if (!result.ok) error(500, formatErrors(result.errors));
	}
	return {};
};
