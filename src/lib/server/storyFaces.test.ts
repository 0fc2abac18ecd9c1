import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACES, faceCharacters, writeStoryFaces } from './storyFaces';
import { scratchDir } from '../../../tests/support/scratchDir';

describe('faceCharacters', () => {
	it('keeps every character of the texts and printable ASCII, once each, in order', () => {
		const chars = faceCharacters(['Baghouz – “al-Hol”', 'café']);
		for (const c of 'Baghouz–“”é') expect(chars).toContain(c);
		for (let code = 32; code < 127; code++) expect(chars).toContain(String.fromCharCode(code));
		expect(new Set(chars).size).toBe([...chars].length);
		expect([...chars].map((c) => c.codePointAt(0)!)).toEqual([...chars].map((c) => c.codePointAt(0)!).sort((a, b) => a - b));
	});
});

describe('writeStoryFaces', () => {
	it('writes each face smaller than the file it is cut from, and rewrites nothing when the characters are the same', async () => {
		const dir = scratchDir('faces');
		const chars = faceCharacters(['From Syria’s camps to Iraq’s prisons']);
		expect(await writeStoryFaces(chars, dir)).toEqual(FACES.map(([name]) => name));
		const require = createRequire(import.meta.url);
		for (const [name, source] of FACES) {
			const cut = readFileSync(join(dir, name));
			expect(cut.subarray(0, 4).toString('latin1')).toBe('wOF2');
			expect(cut.length).toBeLessThan(statSync(require.resolve(source)).size * 0.8);
		}
		expect(await writeStoryFaces(chars, dir)).toEqual([]);
		expect(await writeStoryFaces(chars + 'ñ', dir)).toHaveLength(FACES.length);
	});
});
