import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, contrastProblems, cssVar, DEFAULT_PALETTE, themeCss, type PaletteRole } from './theme';

describe('the palette', () => {
	it('is the one app.css sets: each role’s colour there is the default here', () => {
		const css = readFileSync('src/lib/styles/app.css', 'utf8');
		for (const [role, color] of Object.entries(DEFAULT_PALETTE)) expect(css, role).toMatch(new RegExp(`${cssVar(role as PaletteRole)}: ${color};`));
	});

	it('passes its own contrast rules', () => {
		expect(contrastProblems({})).toEqual([]);
	});
});

describe('contrast', () => {
	it('is WCAG’s ratio: black on white 21:1, a colour on itself 1:1, the story’s muted ink 7.65:1 on its paper', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#777777')).toBe(1);
		expect(contrast('#555049', '#fbfaf7')).toBeCloseTo(7.65, 2);
	});

	it('names each role a theme leaves without its contrast: text at 4.5:1, marks at 3:1, on the theme’s own paper', () => {
		expect(contrastProblems({ inkMuted: '#999999', count0: '#dddddd', land: '#ffffff' }).map((p) => [p.role, p.needs, Number(p.ratio.toFixed(1))])).toEqual([
			['inkMuted', 4.5, 2.7],
			['count0', 3, 1.3]
		]);
		// A dark paper turns the story's dark inks into problems.
		expect(contrastProblems({ paper: '#111111' }).map((p) => p.role)).toContain('ink');
	});
});

describe('themeCss', () => {
	it('sets only the roles the theme gives, as app.css names them, and the cards’ see-through paper', () => {
		expect(themeCss({ paper: '#ffffff', inkMuted: '#4a4a4a', count0: '#6a8fb5' })).toBe(
			':root {\n\t--paper: #ffffff;\n\t--ink-muted: #4a4a4a;\n\t--count-0: #6a8fb5;\n\t--card: rgba(255, 255, 255, 0.94);\n}\n'
		);
		expect(themeCss(undefined)).toBe('');
	});
});

describe('themeCss with a theme’s faces', () => {
	it('declares each face (optional: no fallback is matched to its metrics) and sets the role’s family before a generic one', () => {
		const css = themeCss(undefined, [
			{ role: 'serif', family: 'Merriweather', weight: 400, file: 'theme-serif-400.woff2' },
			{ role: 'serif', family: 'Merriweather', weight: 700, file: 'theme-serif-700.woff2' }
		]);
		expect(css).toContain(
			"@font-face {\n\tfont-family: 'Merriweather';\n\tfont-style: normal;\n\tfont-weight: 700;\n\tfont-display: optional;\n\tsrc: url('../faces/theme-serif-700.woff2') format('woff2');\n}"
		);
		expect(css).toMatch(/:root \{\n\t--serif: 'Merriweather', Georgia, serif;\n\}\n$/);
	});
});
