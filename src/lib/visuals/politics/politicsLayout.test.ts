import { describe, expect, it } from 'vitest';
import { gapText } from './politicsLayout';
import { english } from '../../i18n/strings.en';

describe('gapText', () => {
	it.each([
		['2014', '2025-11-11', '11 years later'],
		['2025-11-11', '2026', 'the next year'],
		['2026-01-21', '2026', 'the same year'],
		['2026-01-02', '2026-01-21', 'soon after'],
		['2024-09', '2025-11', 'a year later'],
		['2025-01', '2025-06-02', '5 months later']
	])('%s → %s: %s', (a, b, text) => {
		expect(gapText({ date: a }, { date: b }, english)).toBe(text);
	});
});
