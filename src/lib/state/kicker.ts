/** The line above the headline when the dataset sets none: the story's countries and its years. */
import { eventSpan } from '../model/dates';
import type { Story } from '../model/types';

/** `year` writes a year (another language's digits); `separator` goes between the parts (the edition's `listSeparator`). */
export function defaultKicker(story: Pick<Story, 'places' | 'events'>, year: (y: number) => string = String, separator = ' · '): string {
	const countries = [...new Set(story.places.map((p) => p.country))];
	const years = story.events.flatMap((e) => {
		const [start, end] = eventSpan(e.date, e.endDate);
		return [start.getUTCFullYear(), new Date(end.getTime() - 1).getUTCFullYear()];
	});
	const [first, last] = [Math.min(...years), Math.max(...years)];
	return [...countries, first === last ? year(first) : `${year(first)}–${year(last)}`].join(separator);
}
