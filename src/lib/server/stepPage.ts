/**
 * The data of a step's own page (src/routes/[[lang=edition]]/steps/[id]/, in every edition): the step, its
 * date and position in the page's language, its sources, and the few words the page needs. Worked out
 * here: the page has no app, so nothing of the story's client code is shared with it.
 */
import { error } from '@sveltejs/kit';
import { formatEventDate, formatStoryDate } from '../model/dates.ts';
import { correctionsOf } from '../model/changes.ts';
import { fill } from '../i18n/strings.ts';
import { localeOf } from '../i18n/editions.ts';
import { isPseudoLang } from '../i18n/langs.ts';
import { editionPath, type Lang } from '../i18n/locale.ts';
import { STRINGS } from './strings.all.ts';
import { citedSources } from '../state/sourceIndex.ts';
import { isOffline } from './buildMode.ts';
import { checkEditions, loadStory } from './loadStory.ts';

export function stepPageData(id: string, lang: Lang = 'en') {
	const edition = checkEditions().find((e) => e.lang === lang);
	const story = lang === 'en' ? loadStory() : edition?.ok ? edition.story : undefined;
	if (!story) error(404, `No ${lang} edition of the story`);
	const index = story.events.findIndex((e) => e.id === id);
	if (index < 0) error(404, `No step "${id}" in the story`);
	const event = story.events[index];
	const t = STRINGS[lang];
	const locale = localeOf(lang, t);
	// (A pseudo-locale links to the others; none links to a pseudo-locale.)
	const others = (['en', ...checkEditions().flatMap((e) => (e.ok && !isPseudoLang(e.lang) ? [e.lang] : []))] as Lang[]).filter((l) => l !== lang);
	return {
		dir: locale.dir,
		storyTitle: story.title,
		event,
		n: locale.number(index + 1),
		count: locale.number(story.events.length),
		dateText: formatEventDate(event, locale.date),
		sources: citedSources(story, event),
		// Its corrections, as the reading card prints them: a shared link shows what was corrected.
		corrections: correctionsOf(story, id).map((c) => ({
			id: c.id,
			heading: fill(t.stepCorrection, { date: formatStoryDate(c.date, locale.date) }),
			text: c.text,
			english: !!story.untranslated?.includes(`corrections.${c.id}.text`)
		})),
		editions: otherEditions(id, lang, others),
		t: {
			stepPageKicker: t.stepPageKicker,
			stepPageTitle: t.stepPageTitle,
			sourcesHeading: t.sourcesHeading,
			noSource: t.noSource,
			readThisStep: t.readThisStep,
			presentFromStep: t.presentFromStep,
			citation: t.citation,
			listSeparator: t.listSeparator
		}
	};
}

/** A step page in another language, for the link to it: its language, that language's name (in itself), and its address. */
export interface StepEdition {
	lang: Lang;
	name: string;
	href: string;
}

/**
 * The same step's page in each of the story's other languages, addressed from this one (`steps/<id>/`
 * in English, `ar/steps/<id>/` in Arabic): relative, so they hold under any BASE_PATH.
 */
export function otherEditions(id: string, lang: Lang, others: Lang[]): StepEdition[] {
	const root = lang === 'en' ? '../../' : '../../../';
	return others.map((l) => ({ lang: l, name: STRINGS[l].languageName, href: `${root}${editionPath(l)}steps/${id}/` }));
}

/**
 * The steps whose own pages are prerendered (their ids): every step's, except in the offline
 * edition's build, which is made only for its reading pages (scripts/build-offline.mjs) and would
 * otherwise write every step's page with every script inlined: at 1,000 events, 15 of that build's
 * 21 seconds.
 */
export function stepPageIds(story: { events: { id: string }[] }): string[] {
	return isOffline() ? [] : story.events.map((e) => e.id);
}
