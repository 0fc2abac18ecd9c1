/**
 * The political track: milestones in order with the time that passed between them ("11 years
 * later"), worked out from their date spans so coarse dates never claim false precision.
 */
import { eventSpan, parseStoryDate } from '../../data/dates';
import type { StoryEvent } from '../../data/types';

/** Rough time between the start of one milestone and the start of the next, in words. */
export function gapText(from: Pick<StoryEvent, 'date' | 'endDate'>, to: Pick<StoryEvent, 'date' | 'endDate'>): string {
	const a = eventSpan(from.date, from.endDate)[0];
	const b = eventSpan(to.date, to.endDate)[0];
	if (parseStoryDate(from.date)?.precision === 'year' || parseStoryDate(to.date)?.precision === 'year') {
		// A year-precision date cannot carry a month count.
		const years = b.getUTCFullYear() - a.getUTCFullYear();
		return years === 0 ? 'the same year' : years === 1 ? 'the next year' : `${years} years later`;
	}
	const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
	if (months >= 24) return `${Math.floor(months / 12)} years later`;
	if (months >= 12) return 'a year later';
	if (months >= 2) return `${months} months later`;
	return 'soon after';
}

export const statusText = {
	'in-office': 'In office',
	election: 'Elections held; government not yet formed',
	deadlock: 'Deadlock: no new government'
} as const;
