import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
	it('finds nothing wrong in valid JSON', () => {
		for (const ok of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) expect(jsonErrorOffset(ok)).toBe(-1);
	});

	it('points at the first character that cannot be there', () => {
		const at = (text: string, marker: string) => expect(jsonErrorOffset(text)).toBe(text.indexOf(marker));
		at('{"a": 1 "b": 2}', '"b"');
		at('{"a": }', '}');
		at('[1, 2,]', ']');
		at("{'a': 1}", "'");
		at('{"a": 01}', '1}');
		at('{"a": "bad \\x escape"}', '\\x');
		at('{"a": 1} trailing', 'trailing');
	});

	it('points past the end of a text that stops too soon', () => {
		expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
		expect(jsonErrorOffset('"open')).toBe(5);
	});
});
