/** The editor-facing JSON Schema of the dataset, generated from the zod schema. */
import { z } from 'zod';
import { storySchema } from '../../model/schema';
import { translationSchema } from './translation';
import { fieldReference } from './fieldReference';

export function storyJsonSchema(): string {
	const schema = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' });
	return JSON.stringify({ ...schema, title: 'Timeline story dataset' }, null, '\t') + '\n';
}

/** The JSON Schema of a translation overlay (`story.ar.json`), for editors. */
export function translationJsonSchema(): string {
	const schema = z.toJSONSchema(translationSchema, { io: 'input', unrepresentable: 'any' });
	return JSON.stringify({ ...schema, title: 'Translation of a timeline story (an overlay keyed by the dataset’s ids)' }, null, '\t') + '\n';
}

/** docs/dataset-fields.md: the dataset's field reference, written from the story's JSON Schema. */
export function storyFieldReference(): string {
	return fieldReference(JSON.parse(storyJsonSchema()));
}
