/**
 * What a screen reader hears when a step becomes active, in the reading page's, the deck's and the
 * speaker view's live regions: the step's place, date and title, then what the graphic now shows, in a sentence
 * written from the data in the page's language (the graphic's own description).
 */
import type { Locale } from '../i18n/locale';
import { fill, sentences } from '../i18n/strings';
import type { Story } from '../model/types';
import { describeVisual, visualState } from './visualState';

/** The parts of a view's story state the announcement reads (a `StoryState`). */
export interface AnnouncedStep {
	story: Story;
	index: number;
	count: number;
	locale: Locale;
	active: { dateText: string; event: { title: string } };
}

/**
 * "Step 5 of 18. 2019: <title>. <what the graphic shows>", in the edition's words and digits; without
 * the date (`dated` false, the deck, whose slide shows it): "Step 5 of 18: <title>. <…>".
 */
export function stepAnnouncement(s: AnnouncedStep, dated = true): string {
	const { locale } = s;
	const step = { n: locale.number(s.index + 1), count: locale.number(s.count), title: s.active.event.title };
	const place = dated ? fill(locale.t.stepAnnounce, { ...step, date: s.active.dateText }) : fill(locale.t.stepOfTitle, step);
	return sentences(place, describeVisual(visualState(s.story, s.index), locale));
}
