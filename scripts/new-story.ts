// `npm run new-story -- FOLDER`: a blank starter story in FOLDER (FOLDER/story.json and the placeholder
// files its steps show), one step of each visual kind, every text a placeholder in square brackets
// that `npm run validate` and the build list until it is written (src/lib/server/starter/). Writes
// nothing over an existing story. The Iraq story in timeline-data/ stays as it is.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatErrors, storyWarnings, validateStory } from '../src/lib/server/data/validateTimeline.ts';
import { STARTER_FILES, starterStory } from '../src/lib/server/starter/starterStory.ts';

const [folder, ...rest] = process.argv.slice(2);
if (!folder || rest.length) {
	console.error('Usage: npm run new-story -- FOLDER   (writes FOLDER/story.json and the placeholder files its steps show)');
	process.exit(1);
}
const out = join(folder, 'story.json');
if (existsSync(out)) {
	console.error(`${out} exists: nothing was written. Choose a new folder.`);
	process.exit(1);
}
const schema = relative(resolve(folder), resolve('timeline-data/story.schema.json'));
const story = { $schema: schema.startsWith('.') ? schema : `./${schema}`, ...starterStory(new Date().toISOString().slice(0, 10)) };
const checked = validateStory(story, out);
// The starter is checked by its unit test; this guards a schema change made since.
if (!checked.ok) {
	console.error(formatErrors(checked.errors));
	process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(out, JSON.stringify(story, null, '\t') + '\n');
for (const [src, from] of Object.entries(STARTER_FILES)) {
	mkdirSync(dirname(join(folder, src)), { recursive: true });
	copyFileSync(join('src/lib/server/starter', from), join(folder, src));
}
const placeholders = storyWarnings(checked.story, out).length;
console.log(`wrote ${out} (${checked.story.events.length} steps, one of each visual kind) and the placeholder files its steps show (${Object.keys(STARTER_FILES).join(', ')}).
Its ${placeholders} placeholders, [in square brackets], are listed by npm run validate -- ${out} and by the build until they are written.
Next:
  STORY_DATA=${out} npm run dev      the story as you write it; the page reloads on each save
  STORY_DATA=${out} npm run build    the site, in build/
Its dates, numbers and places are examples: replace them with the story's own, each from a source.`);
