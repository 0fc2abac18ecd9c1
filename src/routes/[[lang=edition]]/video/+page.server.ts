import { editionEntries, editionPageData } from '$lib/server/editionPage';
import { siteUrl, storyAddress } from '$lib/server/site/site';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/video/` and `/ar/video/`: the stills `npm run video` makes the videos of (see VideoView). */
export const entries: EntryGenerator = editionEntries;
/** The edition's story, and its address (with SITE_URL), which a video met on its own names. */
export const load: PageServerLoad = ({ params }) => ({ ...editionPageData(params.lang), address: storyAddress(siteUrl(process.env.SITE_URL), params.lang) });
