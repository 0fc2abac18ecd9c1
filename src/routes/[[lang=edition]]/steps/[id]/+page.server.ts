import { editionEntries } from '$lib/server/editionPage';
import { loadStory } from '$lib/server/loadStory';
import { stepPageData, stepPageIds } from '$lib/server/stepPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * A page per step, `/steps/<event id>/` (and `/ar/steps/<event id>/` in each translated edition):
 * what a link preview shows when one moment of the story is shared (its own title, text and share
 * tags, written by the build), readable without JavaScript. It carries no app and only its own step's
 * data (no scripts but one line that sends people on to the step in the story), so a story of 1,000
 * steps is 1,000 small pages.
 */
export const csr = false;

export const entries: EntryGenerator = () => {
	const ids = stepPageIds(loadStory());
	return [...ids.map((id) => ({ id })), ...editionEntries().flatMap(({ lang }) => ids.map((id) => ({ lang, id })))];
};

export const load: PageServerLoad = ({ params }) => stepPageData(params.id, params.lang);
