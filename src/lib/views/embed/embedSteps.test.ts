import { describe, expect, it } from 'vitest';
import { embedKeyAction, embedSteps } from './embedSteps';

const story = { events: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })) } as Parameters<typeof embedSteps>[0];
const steps = (query: string, hash?: string) => embedSteps(story, new URLSearchParams(query), hash);

describe('embedSteps', () => {
	it('shows the whole story from its first step when the address asks for nothing', () => {
		expect(steps('')).toEqual({ indices: [0, 1, 2, 3, 4], start: 0, unknown: [] });
	});

	it('opens on ?step', () => {
		expect(steps('step=d')).toEqual({ indices: [0, 1, 2, 3, 4], start: 3, unknown: [] });
	});

	it('walks only ?steps, in the story’s order, each once', () => {
		expect(steps('steps=d,b,d')).toEqual({ indices: [1, 3], start: 0, unknown: [] });
		expect(steps('steps=b,%20d%20,e&step=e')).toEqual({ indices: [1, 3, 4], start: 2, unknown: [] });
	});

	it('ignores and reports ids the story does not have', () => {
		expect(steps('steps=b,zz,c&step=yy')).toEqual({ indices: [1, 2], start: 0, unknown: ['zz', 'yy'] });
		// None of the asked steps exists: the whole story, not an empty embed.
		expect(steps('steps=zz')).toEqual({ indices: [0, 1, 2, 3, 4], start: 0, unknown: ['zz'] });
	});

	it('opens on the step a hash names, as the other views do, when there is no ?step', () => {
		expect(steps('', '#c')).toEqual({ indices: [0, 1, 2, 3, 4], start: 2, unknown: [] });
		expect(steps('', '#latest')).toEqual({ indices: [0, 1, 2, 3, 4], start: 4, unknown: [] });
		expect(steps('steps=b,d', '#d')).toEqual({ indices: [1, 3], start: 1, unknown: [] });
		// ?step wins over the hash.
		expect(steps('step=b', '#d')).toEqual({ indices: [0, 1, 2, 3, 4], start: 1, unknown: [] });
		// A hash naming no step, or not valid percent-encoding, is reported and opens on the first.
		expect(steps('', '#zz')).toEqual({ indices: [0, 1, 2, 3, 4], start: 0, unknown: ['zz'] });
		expect(steps('', '#%E0')).toEqual({ indices: [0, 1, 2, 3, 4], start: 0, unknown: ['%E0'] });
		expect(steps('', '')).toEqual(steps(''));
	});

	it('opens on the first chosen step when ?step is not one of ?steps', () => {
		expect(steps('steps=c,d&step=a')).toEqual({ indices: [2, 3], start: 0, unknown: ['a'] });
	});
});

describe('embedKeyAction', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last']
	])('%s → %s', (key, type) => {
		expect(embedKeyAction({ key })).toEqual({ type });
	});

	it.each(['ArrowDown', 'ArrowUp', ' ', 'Enter', 'f', 's', '3'])('leaves %j to the host page', (key) => {
		expect(embedKeyAction({ key })).toBeNull();
	});

	it('leaves shortcuts with modifiers to the browser', () => {
		expect(embedKeyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
	});
});
