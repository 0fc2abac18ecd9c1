import { editionEntries, editionPageData } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/video/` and `/ar/video/`: the stills `npm run video` makes the videos of (see VideoView). */
export const entries: EntryGenerator = editionEntries;
export const load: PageServerLoad = ({ params }) => editionPageData(params.lang);
