/**
 * The data of a share card (src/routes/[[lang=edition]]/cards/[card]/: `cards/<card>/`, `ar/cards/<card>/`):
 * `story` (the headline and the lead picture) or one step (its picture, date and title), in the
 * card's language. Worked out here, not in the page: the page shares no code with the story's own
 * pages, so the story's bundles are split as if it did not exist.
 */
import { error } from '@sveltejs/kit';
import { formatEventDate } from '../model/dates.ts';
import { localeOf } from '../i18n/editions.ts';
import type { Lang } from '../i18n/locale.ts';
import { siteUrl } from './site/site.ts';
import { defaultKicker } from '../state/kicker.ts';
import { leadIndex } from '../state/lead.ts';
import { loadStory } from './loadStory.ts';
import { storyPageData } from './storyPage.ts';

/** The cards to draw: none without SITE_URL (a card is only any use at an absolute address). */
export const cardNames = () => (siteUrl(process.env.SITE_URL) ? ['story', ...loadStory().events.map((e) => e.id)] : []);

export function cardPageData(card: string, lang: Lang = 'en') {
	const { story, geo, strings } = storyPageData(lang);
	const step = card === 'story' ? null : story.events.findIndex((e) => e.id === card);
	if (step === -1) error(404, `No step "${card}" in the story`);
	const index = step ?? leadIndex(story);
	const event = story.events[index];
	const words = localeOf(lang, strings);
	return {
		story,
		geo,
		strings,
		index,
		kicker: step === null ? (story.kicker ?? defaultKicker(story, words.date.year, words.t.listSeparator)) : story.title,
		date: step === null ? null : formatEventDate(event, words.date),
		title: step === null ? story.title : event.title,
		textLed: event.visual.kind === 'timeline' || event.visual.kind === 'politics'
	};
}
