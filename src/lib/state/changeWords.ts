/**
 * What a change to the story is called in the edition's words: the counts a returning reader or an
 * open page is told ("1 new step and 1 correction"), and each change's line under "Corrections and
 * updates".
 */
import type { Locale } from '../i18n/locale';
import { fill, plural } from '../i18n/strings';
import type { StoryChange, WhatsNew } from '../model/changes';
import { formatStoryDate } from '../model/dates';

/** The counts, those that are not zero, as a list: "1 new step, 2 updated steps and 1 correction". */
export function changeCounts(locale: Locale, news: WhatsNew): string {
	const t = locale.t;
	const parts = (
		[
			[t.newSteps, news.added.length],
			[t.updatedSteps, news.updated.length],
			[t.corrections, news.corrections.length]
		] as const
	).flatMap(([forms, n]) => (n ? [plural(locale, forms, n)] : []));
	return locale.list(parts, 'conjunction');
}

/** A change's line: its day, then what changed ("Step added: “…”", "Correction to “…”"). */
export function changeLine(locale: Locale, change: StoryChange): { date: string; what: string; text?: string } {
	const t = locale.t;
	const date = formatStoryDate(change.date, locale.date);
	if (change.kind === 'correction')
		return { date, what: change.event ? fill(t.changeCorrection, { title: change.event.title }) : t.storyCorrection, text: change.correction.text };
	return { date, what: fill(change.kind === 'added' ? t.changeAdded : t.changeUpdated, { title: change.event.title }) };
}
