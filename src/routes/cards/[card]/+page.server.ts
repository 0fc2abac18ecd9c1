import { cardNames, cardPageData } from '$lib/server/cardPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Share cards, 1200×630: `story` (the headline and the lead picture) and one per step (its picture,
 * date and title). The build prerenders these pages only when SITE_URL is set, then
 * `scripts/cards.ts` photographs each one to `cards/<card>.png` and removes the page: they are never
 * published as pages.
 */
export const csr = false;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => cardNames().map((card) => ({ card }));

export const load: PageServerLoad = ({ params }) => cardPageData(params.card);
