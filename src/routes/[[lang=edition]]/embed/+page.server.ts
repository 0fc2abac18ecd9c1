import { editionEntries, editionPageData } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/embed/` and `/ar/embed/` (folders, as every page: src/routes/+layout.ts): the story for other pages' iframes. */
export const entries: EntryGenerator = editionEntries;
export const load: PageServerLoad = ({ params }) => editionPageData(params.lang);
