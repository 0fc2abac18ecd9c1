import { editionEntries, editionPageData } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;
export const load: PageServerLoad = ({ params }) => editionPageData(params.lang);
