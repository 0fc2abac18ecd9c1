import { cardNames, cardPageData } from '$lib/server/cardPage';
import { editionLang, sharedEditionEntries } from '$lib/server/editionPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Share cards, 1200×630, in each edition (`cards/<card>.png`, `ar/cards/<card>.png`): `story` (the
 * headline and the lead picture) and one per step (its picture, date and title). The build prerenders
 * these pages only when SITE_URL is set, then `scripts/cards.mjs` photographs each one and removes
 * the page: they are never published as pages. None for the tests' pseudo-locales, never shared.
 */
export const csr = false;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => sharedEditionEntries().flatMap(({ lang }) => cardNames().map((card) => ({ lang, card })));

export const load: PageServerLoad = ({ params }) => {
	const lang = editionLang(params.lang);
	return { ...cardPageData(params.card, lang), lang };
};
