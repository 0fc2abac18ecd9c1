/** `npm run schema`: regenerates timeline-data/story.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/data/jsonSchema';

writeFileSync('timeline-data/story.schema.json', storyJsonSchema());
console.log('wrote timeline-data/story.schema.json');
