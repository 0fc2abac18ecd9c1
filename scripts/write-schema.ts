/**
 * `npm run schema`: regenerates the editor-facing JSON Schemas in timeline-data/ from the zod schemas,
 * and the dataset's field reference (docs/dataset-fields.md) from the story's.
 */
import { writeFileSync } from 'node:fs';
import { storyFieldReference, storyJsonSchema, translationJsonSchema } from '../src/lib/server/data/jsonSchema';

writeFileSync('timeline-data/story.schema.json', storyJsonSchema());
console.log('wrote timeline-data/story.schema.json');
writeFileSync('timeline-data/translation.schema.json', translationJsonSchema());
console.log('wrote timeline-data/translation.schema.json');
writeFileSync('docs/dataset-fields.md', storyFieldReference());
console.log('wrote docs/dataset-fields.md');
