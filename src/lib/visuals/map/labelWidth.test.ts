import { describe, expect, it } from 'vitest';
import { labelWidth } from './labelWidth';

describe('labelWidth', () => {
	it('is a little over the widths measured in the story’s faces, never under', () => {
		// Measured in Chromium (Source Sans 3 / Noto Naskh Arabic), at the map's label styles.
		const measured: [string, Parameters<typeof labelWidth>[1], 'ltr' | 'rtl', number][] = [
			['Baghdad', 'named', 'ltr', 50],
			['Ain al-Asad air base', 'named', 'ltr', 110],
			['Kurdistan Region (Erbil)', 'named', 'ltr', 132],
			['Hasakah', 'context', 'ltr', 43],
			['Mosul (Nineveh)', 'context', 'ltr', 81],
			['US forces concentrated', 'status', 'ltr', 115],
			['Iraq', 'home', 'ltr', 43],
			['Syria', 'home', 'ltr', 52],
			['Jordan', 'neighbour', 'ltr', 51],
			['Anbar', 'area', 'ltr', 38],
			['قاعدة عين الأسد الجوية', 'named', 'rtl', 115],
			['إقليم كردستان (أربيل)', 'named', 'rtl', 106],
			['غادرتها معظم القوات الأمريكية', 'status', 'rtl', 131],
			['العراق', 'home', 'rtl', 34],
			['نينوى', 'area', 'rtl', 29]
		];
		for (const [text, style, dir, w] of measured) {
			expect(labelWidth(text, style, dir)).toBeGreaterThanOrEqual(w);
			expect(labelWidth(text, style, dir)).toBeLessThan(w * 1.45);
		}
	});
});
