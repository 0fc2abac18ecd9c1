import { describe, expect, it } from 'vitest';
import { fitScale, widerLayout } from './fitLayout';

/** A text block of so many characters' area: each line holds width/10 characters, each 20 px tall. */
function text(chars: number, natural?: number) {
	const widths: (number | undefined)[] = [];
	const measure = (w: number | undefined) => {
		widths.push(w);
		const width = w ?? natural ?? 600;
		return { width, height: Math.ceil(chars / (width / 10)) * 20 };
	};
	return { measure, widths };
}

describe('widerLayout', () => {
	it('lays a picture too tall for its stage out wider, so it is scaled down less', () => {
		// 600 × 400 in a 600 × 300 stage: 0.75 as it is.
		const { measure } = text(1200);
		expect(fitScale({ width: 600, height: 300 }, measure(undefined))).toBe(0.75);
		const wider = widerLayout({ width: 600, height: 300 }, measure)!;
		expect(wider.width).toBeGreaterThan(600);
		const scale = fitScale({ width: 600, height: 300 }, wider);
		expect(scale).toBeGreaterThan(0.8);
		// Laid out that wide, scaled, it still fits the stage both ways.
		expect(wider.width * scale).toBeLessThanOrEqual(600.5);
		expect(wider.height * scale).toBeLessThanOrEqual(300.5);
	});

	it('leaves a picture that fits, or one narrower than the stage (its lines do not wrap), as it is, measuring nothing wider', () => {
		const fits = text(600);
		expect(widerLayout({ width: 600, height: 300 }, fits.measure)).toBeUndefined();
		expect(fits.widths).toEqual([undefined]);
		const narrow = text(1200, 400);
		expect(widerLayout({ width: 600, height: 300 }, narrow.measure)).toBeUndefined();
		expect(narrow.widths).toEqual([undefined]);
	});

	it('keeps the own layout where no wider one gains (a picture whose height does not follow its width)', () => {
		const fixed = (w: number | undefined) => ({ width: w ?? 600, height: 400 });
		expect(widerLayout({ width: 600, height: 300 }, fixed)).toBeUndefined();
	});
});
