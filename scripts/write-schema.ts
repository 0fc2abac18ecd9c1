/** `npm run schema`: regenerates the editor-facing JSON Schemas in timeline-data/ from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema, translationJsonSchema } from '../src/lib/server/data/jsonSchema';

writeFileSync('timeline-data/story.schema.json', storyJsonSchema());
console.log('wrote timeline-data/story.schema.json');
writeFileSync('timeline-data/translation.schema.json', translationJsonSchema());
console.log('wrote timeline-data/translation.schema.json');
