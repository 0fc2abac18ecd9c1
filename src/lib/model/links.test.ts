import { describe, expect, it } from 'vitest';
import { linkText, plainText, textRuns } from './links';

describe('links in a story’s text', () => {
	it('reads [label](https://…) as a link, and the rest as words', () => {
		expect(textRuns('See [the report](https://example.org/r_(2019)) and [this](http://x.org).')).toEqual([
			{ text: 'See ' },
			{ text: 'the report', href: 'https://example.org/r_(2019)' },
			{ text: ' and ' },
			{ text: 'this', href: 'http://x.org' },
			{ text: '.' }
		]);
	});

	it('leaves anything that is not a web address as the characters written', () => {
		for (const text of ['[a trap](javascript:alert(1))', '[mail](mailto:a@b.c)', '[note] (https://x.org)', '[](https://x.org)', 'plain'])
			expect(textRuns(text)).toEqual([{ text }]);
	});

	it('gives the words a reader reads, and writes a link as the dataset does', () => {
		expect(plainText('See [the report](https://example.org/r).')).toBe('See the report.');
		expect(linkText('the [2019] report', 'https://example.org/r')).toBe('[the 2019 report](https://example.org/r)');
		expect(textRuns(linkText('the [2019] report', 'https://example.org/r'))).toEqual([{ text: 'the 2019 report', href: 'https://example.org/r' }]);
	});
});
