import { editionEntries } from '$lib/server/editionPage';
import { loadStory } from '$lib/server/loadStory';
import { stepPageData, stepPageIds } from '$lib/server/stepPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A step's own page in a translated edition (`/ar/steps/<id>/`): see src/routes/steps/[id]/. */
export const csr = false;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => editionEntries().flatMap(({ lang }) => stepPageIds(loadStory()).map((id) => ({ lang, id })));

export const load: PageServerLoad = ({ params }) => stepPageData(params.id, params.lang);
