import { error } from '@sveltejs/kit';
import { formatEventDate } from '$lib/data/dates';
import { loadStory } from '$lib/server/loadStory';
import { storyPageData } from '$lib/server/storyPage';
import { defaultKicker } from '$lib/story/kicker';
import { leadIndex } from '$lib/story/lead';
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
	siteUrl(process.env.SITE_URL) ? [{ card: 'story' }, ...loadStory().events.map((e) => ({ card: e.id }))] : [];

export const load: PageServerLoad = ({ params }) => {
	const { story, geo, strings } = storyPageData();
	const step = params.card === 'story' ? null : story.events.findIndex((e) => e.id === params.card);
	if (step === -1) error(404, `No step "${params.card}" in the story`);
	const index = step ?? leadIndex(story);
	const event = story.events[index];
	// Worked out here, not in the page: the page shares no code with the story's own pages, so the
	// story's bundles are split as if it did not exist.
	return {
		story,
		geo,
		strings,
		index,
		kicker: step === null ? (story.kicker ?? defaultKicker(story)) : story.title,
		date: step === null ? null : formatEventDate(event),
		title: step === null ? story.title : event.title,
		textLed: event.visual.kind === 'timeline' || event.visual.kind === 'politics'
	};
};
