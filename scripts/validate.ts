/**
 * `npm run validate [file…]`: validates the story dataset(s), their photo steps' pictures included,
 * and their translations (`story.ar.json` next to `story.json`), and prints every problem found.
 */
import { relative, resolve } from 'node:path';
import { formatErrors } from '../src/lib/data/validateTimeline';
import { checkEditions, checkStory, storyPath } from '../src/lib/server/loadStory';

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : [storyPath()];
let failed = false;
for (const path of files) {
	const file = relative(process.cwd(), path);
	const result = checkStory(path);
	if (result.ok) {
		console.log(`✓ ${file}: ${result.story.events.length} events, ${result.story.places.length} places, ${result.story.sources.length} sources`);
		for (const edition of checkEditions(path)) {
			if (edition.ok) console.log(`✓ ${edition.file}: every text translated (${edition.lang})`);
			else {
				failed = true;
				console.error(formatErrors(edition.errors));
			}
		}
	} else {
		failed = true;
		console.error(formatErrors(result.errors));
	}
}
process.exit(failed ? 1 : 0);
