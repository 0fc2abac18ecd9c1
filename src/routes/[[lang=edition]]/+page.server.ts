import { editionEntries, editionPageData } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/` and `/ar/`: a translated edition's reading page is a folder, as the English story is the site's root. */
export const trailingSlash = 'always';
export const entries: EntryGenerator = editionEntries;
export const load: PageServerLoad = ({ params }) => editionPageData(params.lang);
