import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema, translationJsonSchema } from './jsonSchema';

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
