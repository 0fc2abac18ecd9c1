/**
 * What a valid story publishes but a desk should see before it does, in the shape of a validation
 * error (file, item, field, message): `npm run validate` lists these and the build prints them. A
 * step with no source is published saying so ("No source given"); a story that sets
 * `"requireSources": true` refuses it instead (validateTimeline.ts), and then has nothing to warn.
 */
import type { Story } from '../../model/types.ts';
import type { ValidationError } from './validateTimeline.ts';

export function storyWarnings(story: Story, file: string): ValidationError[] {
	const warnings: ValidationError[] = [];
	story.events.forEach((event, i) => {
		if (!event.sources.length)
			warnings.push({
				file,
				where: `event "${event.id}" (events[${i}])`,
				field: 'sources',
				message: 'no source given: the step says so to readers. Add the ids of the sources behind it (a story with "requireSources": true refuses such a step)'
			});
	});
	return warnings;
}
