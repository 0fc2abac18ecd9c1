import { describe, expect, it } from 'vitest';
import { isPlaceholder, written } from './placeholder';

describe('isPlaceholder', () => {
	it('is a note in square brackets filling the whole field', () => {
		expect(isPlaceholder('[Byline: who made this story]')).toBe(true);
		expect(isPlaceholder('  [TK]  ')).toBe(true);
	});

	it('is not a text that only contains brackets, nor an empty or missing one', () => {
		for (const text of ['By the Graphics Desk', 'Iraq [the country] and Syria', '[a] and [b]', '', undefined]) expect(isPlaceholder(text)).toBe(false);
	});

	it('keeps the written texts of a list', () => {
		expect(written(['Maps: A', '[Credits: who else]', 'Editing: B'])).toEqual(['Maps: A', 'Editing: B']);
	});
});
