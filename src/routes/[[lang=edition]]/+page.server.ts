import { editionEntries, editionPageData } from '$lib/server/editionPage';
import { leadPicture } from '$lib/server/leadPicture';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/` and `/ar/`: a translated edition's reading page is a folder, as every page is (src/routes/+layout.ts). */
export const entries: EntryGenerator = editionEntries;
/** The edition's story, and its lead picture drawn at build time (the page's script does not draw it). */
export const load: PageServerLoad = async ({ params }) => {
	const data = editionPageData(params.lang);
	return { ...data, leadPicture: await leadPicture(data.story, data.geo, data.lang, data.strings) };
};
