import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { clampStep, hashName, openingHash, stepIndexFromHash, storySteps } from './steps';

const story = storySchema.parse(testStory());

describe('storySteps', () => {
	it('gives each event its index, span and reader-facing date', () => {
		const steps = storySteps(story);
		expect(steps.map((s) => [s.id, s.index, s.dateText])).toEqual([
			['first', 0, '2017'],
			['second', 1, '23 March 2019'],
			['third', 2, '21 January 2026'],
			['fourth', 3, '2026']
		]);
		expect(steps[0].span.map((d) => d.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2018-01-01']);
	});
});

describe('stepIndexFromHash', () => {
	it.each([
		['#third', 2],
		['second', 1],
		['#nope', 0],
		['', 0],
		['#latest', 3],
		// Not valid percent-encoding (a link cut short, a hand-typed %): a name no step has, not an error.
		['#%E2%80', 0],
		['#100%', 0]
	])('%j → %i', (hash, index) => {
		expect(stepIndexFromHash(story, hash)).toBe(index);
	});
});

describe('hashName', () => {
	it('decodes a hash, and gives one that is not valid percent-encoding as it is', () => {
		expect(hashName('#sdf-stg-clashes')).toBe('sdf-stg-clashes');
		expect(hashName('%D8%A3')).toBe('أ');
		expect(hashName('#100%')).toBe('100%');
		expect(hashName('#%E2%80')).toBe('%E2%80');
		expect(hashName('')).toBe('');
	});
});

describe('openingHash', () => {
	it('opens where the address says, else at the start, or at the newest step for a story that opens at its latest', () => {
		expect(openingHash({}, '#second')).toBe('#second');
		expect(openingHash({}, '')).toBe('');
		expect(openingHash({ opensAt: 'start' }, '')).toBe('');
		expect(openingHash({ opensAt: 'latest' }, '')).toBe('#latest');
		expect(openingHash({ opensAt: 'latest' }, '#second')).toBe('#second');
	});
});

describe('clampStep', () => {
	it.each([
		[-3, 0],
		[1, 1],
		[99, 3]
	])('%i → %i', (i, expected) => {
		expect(clampStep(story, i)).toBe(expected);
	});
});
