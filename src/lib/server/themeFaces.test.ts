import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { themeFaces } from './themeFaces';
import { scratchDir } from '../../../tests/support/scratchDir';

describe('themeFaces', () => {
	it('finds an installed @fontsource family’s files for the weights each role is set in, named by the package', () => {
		const { faces, problems } = themeFaces({ theme: { fonts: { serif: '@fontsource/merriweather', sans: '@fontsource/source-sans-3' } } });
		expect(problems).toEqual([]);
		expect(faces.map((f) => [f.role, f.family, f.weight, f.file])).toEqual([
			['serif', 'Merriweather', 400, 'theme-serif-400.woff2'],
			['serif', 'Merriweather', 700, 'theme-serif-700.woff2'],
			['sans', 'Source Sans 3', 400, 'theme-sans-400.woff2'],
			['sans', 'Source Sans 3', 600, 'theme-sans-600.woff2']
		]);
		expect(faces[0].source).toBe(resolve('node_modules/@fontsource/merriweather/files/merriweather-latin-400-normal.woff2'));
	});

	it('names a package that is not installed, and a family without a weight the role needs', () => {
		expect(themeFaces({ theme: { fonts: { sans: '@fontsource/not-a-font' } } }).problems).toEqual([
			{ field: 'theme.fonts.sans', message: '@fontsource/not-a-font is not installed: run npm install --save-dev @fontsource/not-a-font' }
		]);
		// A family with a regular only (made here): as the sans it lacks the semibold the story's labels are set in.
		const root = scratchDir('fonts');
		mkdirSync(join(root, 'node_modules/@fontsource/thin/files'), { recursive: true });
		writeFileSync(join(root, 'node_modules/@fontsource/thin/metadata.json'), JSON.stringify({ id: 'thin', family: 'Thin' }));
		writeFileSync(join(root, 'node_modules/@fontsource/thin/files/thin-latin-400-normal.woff2'), '');
		expect(themeFaces({ theme: { fonts: { sans: '@fontsource/thin' } } }, root).problems).toEqual([
			{ field: 'theme.fonts.sans', message: '@fontsource/thin has no 600 weight in Latin (the sans is set in 400 and 600): choose a family that has it' }
		]);
	});

	it('finds nothing for a story that keeps its own faces', () => {
		expect(themeFaces({})).toEqual({ faces: [], problems: [] });
	});
});
