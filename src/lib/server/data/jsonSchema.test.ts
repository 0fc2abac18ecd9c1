import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visualKinds } from '../../model/schema';
import { storyFieldReference, storyJsonSchema, translationJsonSchema } from './jsonSchema';

describe('timeline-data/story.schema.json', () => {
	it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
		expect(readFileSync('timeline-data/story.schema.json', 'utf8')).toBe(storyJsonSchema());
	});

	it('is what story.json points editors to', () => {
		expect(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')).$schema).toBe('./story.schema.json');
	});
});

describe('timeline-data/translation.schema.json', () => {
	it('is up to date with the zod schema (run `npm run schema` if this fails), and the Arabic overlay points to it', () => {
		expect(readFileSync('timeline-data/translation.schema.json', 'utf8')).toBe(translationJsonSchema());
		expect(JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8')).$schema).toBe('./translation.schema.json');
	});
});

describe('docs/dataset-fields.md', () => {
	const reference = storyFieldReference();

	it('is up to date with the schema (run `npm run schema` if this fails)', () => {
		expect(readFileSync('docs/dataset-fields.md', 'utf8')).toBe(reference);
	});

	it('names every field of an event, says which are required, and gives each a description', () => {
		const event = reference.split('## An event (one step)')[1].split('\n## ')[0];
		const rows = event.split('\n').filter((l) => l.startsWith('| `'));
		expect(rows.map((r) => r.split('`')[1])).toEqual([
			'id',
			'date',
			'endDate',
			'approximate',
			'dateLabel',
			'title',
			'short',
			'body',
			'visual',
			'figures',
			'sources',
			'notes',
			'group',
			'narration',
			'duration',
			'added',
			'updated'
		]);
		expect(rows.find((r) => r.startsWith('| `notes`'))).toMatch(/\| yes \| What a presenter says on this step\. \|$/);
		expect(rows.find((r) => r.startsWith('| `sources`'))).toContain('| no (default `[]`) |');
		for (const row of rows) expect(row, row).not.toMatch(/\| {2}\|$/);
	});

	it('gives each visual kind its own table, linked from the event’s visual field', () => {
		for (const kind of visualKinds) {
			expect(reference).toContain(`(#the-visual-of-kind-${kind}-eventsvisual)`);
			expect(reference).toContain(`## The visual of kind \`"${kind}"\``);
		}
	});
});
