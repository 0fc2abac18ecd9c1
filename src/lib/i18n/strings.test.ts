import { describe, expect, it } from 'vitest';
import { editionLocale } from './editions';
import { en } from './locale';
import { pluralList } from './strings';
import { AR } from './strings.ar';
import { EN } from './strings.en';

const ar = editionLocale('ar', AR);
const english = { ...en, t: EN };

describe('pluralList', () => {
	it('gives the Arabic noun the form its number takes: one, two, 3–10, 11–99, 100 and up', () => {
		const say = (n: number) => pluralList(ar, AR.methodUnits, [n], AR.or);
		expect(say(1)).toBe('في رسم المربعات يمثل كل مربع شخصاً واحداً.');
		expect(say(2)).toBe('في رسم المربعات يمثل كل مربع شخصين.');
		expect(say(3)).toBe('في رسم المربعات يمثل كل مربع ٣ أشخاص.');
		expect(say(50)).toBe('في رسم المربعات يمثل كل مربع ٥٠ شخصاً.');
		expect(say(100)).toBe('في رسم المربعات يمثل كل مربع ١٠٠ شخص.');
	});

	it('makes a list agree with its last number, and never drops a number from it', () => {
		expect(pluralList(ar, AR.methodUnits, [50, 100], AR.or)).toBe('في رسم المربعات يمثل كل مربع ٥٠ أو ١٠٠ شخص.');
		expect(pluralList(ar, AR.methodUnits, [100, 50], AR.or)).toBe('في رسم المربعات يمثل كل مربع ١٠٠ أو ٥٠ شخصاً.');
		// Arabic says "two people" with no number: in a list the numbers are kept.
		expect(pluralList(ar, AR.methodUnits, [1, 2], AR.or)).toContain('١ أو ٢');
	});

	it('says person or people in English', () => {
		expect(pluralList(english, EN.methodUnits, [1], EN.or)).toBe('In the unit graphic each square stands for 1 person.');
		expect(pluralList(english, EN.methodUnits, [50, 100], EN.or)).toBe('In the unit graphic each square stands for 50 or 100 people.');
	});
});
