import { cardNames, cardPageData } from '$lib/server/cardPage';
import { editionEntries } from '$lib/server/editionPage';
import { isPseudoLang } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A translated edition's share cards (`ar/cards/<card>.png`): see src/routes/cards/[card]/. None for the tests' pseudo-locales, which are never shared. */
export const csr = false;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () =>
	editionEntries()
		.filter(({ lang }) => !isPseudoLang(lang))
		.flatMap(({ lang }) => cardNames().map((card) => ({ lang, card })));

export const load: PageServerLoad = ({ params }) => ({ ...cardPageData(params.card, params.lang), lang: params.lang });
