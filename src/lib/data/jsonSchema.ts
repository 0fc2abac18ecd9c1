/** The editor-facing JSON Schema of the dataset, generated from the zod schema. */
import { z } from 'zod';
import { storySchema } from './schema';

export function storyJsonSchema(): string {
	const schema = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' });
	return JSON.stringify({ ...schema, title: 'Timeline story dataset' }, null, '\t') + '\n';
}
