import { error } from '@sveltejs/kit';
import { storyPageData } from '$lib/server/storyPage';
import { siteUrl } from '$lib/site/site';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Share cards, 1200×630: `story` (the headline and the lead picture) and one per step (its picture,
 * date and title). The build prerenders these pages only when SITE_URL is set (a card is only any use
 * at an absolute address), then `scripts/cards.mjs` photographs each one to `cards/<card>.png` and
 * removes the page: they are never published as pages.
 */
export const csr = false;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () =>
	siteUrl(process.env.SITE_URL) ? [{ card: 'story' }, ...storyPageData().story.events.map((e) => ({ card: e.id }))] : [];

export const load: PageServerLoad = ({ params }) => {
	const data = storyPageData();
	const index = params.card === 'story' ? null : data.story.events.findIndex((e) => e.id === params.card);
	if (index === -1) error(404, `No step "${params.card}" in the story`);
	return { ...data, index };
};
