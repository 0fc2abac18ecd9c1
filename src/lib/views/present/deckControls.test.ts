import { describe, expect, it } from 'vitest';
import { targetStep } from './deckControls';

describe('targetStep', () => {
	it.each([
		[{ type: 'next' as const }, 3, 4],
		[{ type: 'next' as const }, 16, 16],
		[{ type: 'previous' as const }, 0, 0],
		[{ type: 'previous' as const }, 5, 4],
		[{ type: 'first' as const }, 9, 0],
		[{ type: 'last' as const }, 2, 16],
		[{ type: 'goto' as const, step: 12 }, 0, 11],
		[{ type: 'goto' as const, step: 99 }, 0, 16],
		[{ type: 'goto' as const, step: 0 }, 5, 0]
	])('%o from %i → %i (17 steps)', (action, from, to) => {
		expect(targetStep(action, from, 17)).toBe(to);
	});

	it('latest goes to the newest step: the last by default, or the index the story gives', () => {
		expect(targetStep({ type: 'latest' }, 2, 17)).toBe(16);
		expect(targetStep({ type: 'latest' }, 2, 17, 9)).toBe(9);
		expect(targetStep({ type: 'latest' }, 2, 17, 40)).toBe(16);
	});

	it('ignores actions that do not move the deck', () => {
		expect(targetStep({ type: 'help' }, 3, 17)).toBeNull();
		expect(targetStep({ type: 'digit', digits: '1' }, 3, 17)).toBeNull();
	});
});
