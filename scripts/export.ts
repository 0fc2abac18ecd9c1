// `npm run export -- --format timelinejs [--out FILE]`: the validated story as a TimelineJS 3 JSON
// file (standard output without --out). STORY_DATA picks another dataset, as everywhere.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { toTimelineJS } from '../src/lib/server/interop/toTimelineJS.ts';
import { loadStory, storyPath } from '../src/lib/server/loadStory.ts';
import { loadKept } from '../src/lib/server/interop/fidelity.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'timelinejs' }, out: { type: 'string' } } });
if (values.format !== 'timelinejs') {
	console.error(`Unknown format "${values.format}": the one format is "timelinejs".`);
	process.exit(1);
}
try {
	// A story imported from TimelineJS has its original slides beside it: the export gives them back.
	const json = JSON.stringify(toTimelineJS(loadStory(), loadKept(storyPath())), null, '\t');
	if (values.out) {
		// (In a folder made if need be, as `npm run import`, `pptx` and `video` make theirs.)
		mkdirSync(dirname(values.out), { recursive: true });
		writeFileSync(values.out, json);
		console.error(`wrote ${values.out}`);
	} else process.stdout.write(json);
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}
