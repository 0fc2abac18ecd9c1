import { cardNames, cardPageData } from '$lib/server/cardPage';
import { editionEntries } from '$lib/server/editionPage';
import { isPseudoLang } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Share cards, 1200×630: `story` (the headline and the lead picture) and one per step (its picture,
 * date and title), in each edition (`cards/<card>/`, `ar/cards/<card>/`; none for the tests'
 * pseudo-locales, which are never shared). The build prerenders these pages only when SITE_URL is
 * set, then `scripts/cards.mjs` photographs each one to `cards/<card>.png` and removes the page: they
 * are never published as pages.
 */
export const csr = false;

export const entries: EntryGenerator = () => [
	...cardNames().map((card) => ({ card })),
	...editionEntries()
		.filter(({ lang }) => !isPseudoLang(lang))
		.flatMap(({ lang }) => cardNames().map((card) => ({ lang, card })))
];

export const load: PageServerLoad = ({ params }) => ({ ...cardPageData(params.card, params.lang), lang: params.lang ?? ('en' as const) });
