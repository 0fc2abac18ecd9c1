import { describe, expect, it } from 'vitest';
import { keepTogether } from './typography';

/** The text with its no-break spaces shown as `~`. */
const shown = (text: string) => keepTogether(text).replace(/\u00A0/g, '~');

describe('keepTogether', () => {
	it('keeps a number with the word after it, in Latin and Arabic-Indic digits', () => {
		expect(shown('the plan allows up to 7,000 ISIS suspects to be moved')).toBe('the plan allows up to 7,000~ISIS suspects to be moved');
		expect(shown('declared victory on 9 December 2017.')).toBe('declared victory on 9~December 2017.');
		expect(shown('من نحو ٦٠ دولة.')).toBe('من نحو ٦٠~دولة.');
		expect(shown('نحو ٩٠٪ منهم')).toBe('نحو ٩٠٪~منهم');
	});

	it('keeps the Arabic two-word month names whole', () => {
		expect(shown('في ١١ تشرين الثاني ٢٠٢٥.')).toBe('في ١١~تشرين~الثاني ٢٠٢٥.');
		expect(shown('في كانون الأول')).toBe('في كانون~الأول');
	});

	it('leaves every other space, and a number at a sentence’s end, as it is', () => {
		expect(shown('Iraq votes, and deadlock follows')).toBe('Iraq votes, and deadlock follows');
		expect(shown('since 2017. Others remained')).toBe('since 2017. Others remained');
		expect(shown('in 2019, more than')).toBe('in 2019, more than');
		expect(shown('تشرين وكانون')).toBe('تشرين وكانون');
	});
});
