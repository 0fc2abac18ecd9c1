/**
 * The political track: milestones in order with the time that passed between them ("11 years
 * later"), worked out from their date spans so coarse dates never claim false precision.
 */
import { eventSpan, parseStoryDate } from '../../model/dates';
import type { StoryEvent } from '../../model/types';
import type { Locale } from '../../i18n/locale';
import { plural } from '../../i18n/strings';

/** Rough time between the start of one milestone and the start of the next, in words. */
export function gapText(from: Pick<StoryEvent, 'date' | 'endDate'>, to: Pick<StoryEvent, 'date' | 'endDate'>, locale: Locale): string {
	const t = locale.t;
	const a = eventSpan(from.date, from.endDate)[0];
	const b = eventSpan(to.date, to.endDate)[0];
	const coarse = (date: string) => ['year', 'part'].includes(parseStoryDate(date)?.precision ?? '');
	if (coarse(from.date) || coarse(to.date)) {
		// A date known to its year, or a part of it, cannot carry a month count.
		const years = b.getUTCFullYear() - a.getUTCFullYear();
		return years === 0 ? t.sameYear : years === 1 ? t.nextYear : plural(locale, t.yearsLater, years);
	}
	const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
	if (months >= 24) return plural(locale, t.yearsLater, Math.floor(months / 12));
	if (months >= 12) return plural(locale, t.yearsLater, 1);
	if (months >= 2) return plural(locale, t.monthsLater, months);
	return t.soonAfter;
}
