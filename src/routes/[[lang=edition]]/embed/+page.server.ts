import { editionEntries, editionPageData } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/embed/` and `/ar/embed/` (folders, so a host's rules for `/embed/*` cover them): the story for other pages' iframes. */
export const trailingSlash = 'always';
export const entries: EntryGenerator = editionEntries;
export const load: PageServerLoad = ({ params }) => editionPageData(params.lang);
