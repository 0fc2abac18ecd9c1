import { describe, expect, it } from 'vitest';
import { editionLocale } from './editions';
import { translationLangs, editionInfo } from './langs';
import { en } from './locale';
import { SLIDE_TYPE } from '../server/export/slides';
import { fill, placeholders, plural, pluralList, templateParts, type PluralCategory, type Template, type UiStrings } from './strings';
import { SLIDE_STRINGS, STRINGS } from '../server/strings.all';
import { AR } from './strings.ar';
import { EN } from './strings.en';

const ar = editionLocale('ar', AR);
const english = { ...en, t: EN };

describe('templates', () => {
	it('fills named placeholders, wherever the language puts them', () => {
		expect(fill(EN.stepOf, { n: 3, count: 18 })).toBe('Step 3 of 18');
		expect(fill(AR.stepOf, { n: ar.number(3), count: ar.number(18) })).toBe('الخطوة ٣ من ١٨');
		expect(fill(EN.stepPageTitle, { step: 'A step', story: 'The story' })).toBe('A step — The story');
	});

	it('type-checks the placeholders: a missing or an extra name does not compile', () => {
		const t: UiStrings = EN;
		// @ts-expect-error: `count` is missing
		fill(t.stepOf, { n: 3 });
		// @ts-expect-error: `title` is not one of stepOf's placeholders
		fill(t.stepOf, { n: 3, count: 18, title: 'x' });
		// @ts-expect-error: a sentence with no placeholders takes none
		fill(t.readStory as Template, { n: 1 });
		// @ts-expect-error: a plural's other placeholders are given too
		plural(english, t.sourcesLine, 2);
		// @ts-expect-error: a strings file must put every placeholder in its sentence
		const broken: Template<'n' | 'count'> = 'Step {n}';
		// @ts-expect-error: and every form its language has (English: one and other)
		const forms: UiStrings<'one' | 'other'>['moreAfter'] = { other: '{n} more' };
		expect([broken, forms]).toBeTruthy();
	});

	it('splits a template into its words and its placeholders, for pages that draw a value with markup', () => {
		expect(templateParts(EN.sourcesLine.other)).toEqual([{ text: 'Sources: ' }, { slot: 'sources' }]);
		expect(templateParts(AR.updated)).toEqual([{ text: 'آخر تحديث: ' }, { slot: 'date' }]);
	});
});

/** Every string of a table with its path, and every plural (an object of plural categories with `other`). */
function leaves(table: unknown, path: string[] = []): { path: string; value: unknown }[] {
	if (typeof table === 'string') return [{ path: path.join('.'), value: table }];
	if (table && typeof table === 'object') {
		if (isPlural(table)) return [{ path: path.join('.'), value: table }];
		return Object.entries(table).flatMap(([k, v]) => leaves(v, [...path, k]));
	}
	return [];
}
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPlural = (o: object): o is Record<string, string> => !Array.isArray(o) && 'other' in o && Object.keys(o).every((k) => CATEGORIES.includes(k));
const sorted = (s: string) => [...new Set(placeholders(s))].sort();

describe('every language', () => {
	const languages = ['en', ...translationLangs] as const;
	const intl = (lang: string) => (lang === 'en' ? 'en-GB' : editionInfo(lang as (typeof translationLangs)[number]).intl);

	it('has the English’s sentences with the English’s placeholders, no more and no fewer', () => {
		const englishLeaves = leaves({ ...EN, countries: undefined });
		for (const lang of languages) {
			const theirs = new Map(leaves({ ...STRINGS[lang], countries: undefined }).map((l) => [l.path, l.value]));
			expect([...theirs.keys()].sort(), lang).toEqual(englishLeaves.map((l) => l.path).sort());
			for (const { path, value } of englishLeaves) {
				const other = theirs.get(path);
				if (typeof value === 'string') expect(sorted(other as string), `${lang} ${path}`).toEqual(sorted(value));
				else {
					// A plural's form may leave out {n} ("a year later"), never another placeholder.
					const want = sorted((value as Record<string, string>).other).filter((n) => n !== 'n');
					for (const [category, form] of Object.entries(other as Record<string, string>))
						expect(
							sorted(form).filter((n) => n !== 'n'),
							`${lang} ${path}.${category}`
						).toEqual(want);
				}
			}
		}
	});

	it('gives every plural every form its language has (CLDR, as Intl.PluralRules names them)', () => {
		for (const lang of languages) {
			const needed = new Intl.PluralRules(intl(lang)).resolvedOptions().pluralCategories as PluralCategory[];
			const plurals = leaves(STRINGS[lang]).filter((l) => typeof l.value === 'object');
			expect(plurals.length).toBeGreaterThan(5);
			for (const { path, value } of plurals) expect(Object.keys(value as object).sort(), `${lang} ${path}`).toEqual(expect.arrayContaining(needed));
		}
		expect(new Intl.PluralRules('ar-IQ-u-nu-arab').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
	});

	it('has the PowerPoint note for its slides’ typefaces: two faces, or its own one', () => {
		for (const lang of languages) {
			const type = SLIDE_TYPE[lang];
			expect(type.serif === type.sans ? SLIDE_STRINGS[lang].fontsNoteOneFace : SLIDE_STRINGS[lang].fontsNote, lang).toBeTruthy();
		}
	});
});

describe('plurals', () => {
	const counts = [0, 1, 2, 3, 11, 100];

	it('take English’s one and other', () => {
		expect(counts.map((n) => plural(english, EN.moreAfter, n))).toEqual([
			'… 0 more events after',
			'… 1 more event after',
			'… 2 more events after',
			'… 3 more events after',
			'… 11 more events after',
			'… 100 more events after'
		]);
		expect(counts.map((n) => plural(english, EN.yearsLater, n))).toEqual([
			'0 years later',
			'a year later',
			'2 years later',
			'3 years later',
			'11 years later',
			'100 years later'
		]);
	});

	it('take Arabic’s six forms: zero, one, two, few (3–10), many (11–99), other (100 and up)', () => {
		expect(counts.map((n) => ar.plural(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
		expect(counts.map((n) => plural(ar, AR.moreAfter, n))).toEqual([
			'… لا أحداث أخرى بعد ذلك',
			'… حدث آخر بعد ذلك',
			'… حدثان آخران بعد ذلك',
			'… ٣ أحداث أخرى بعد ذلك',
			'… ١١ حدثاً آخر بعد ذلك',
			'… ١٠٠ حدث آخر بعد ذلك'
		]);
		expect(counts.map((n) => plural(ar, AR.unitKey, n))).toEqual(['= ٠ شخص', '= شخص واحد', '= شخصان', '= ٣ أشخاص', '= ١١ شخصاً', '= ١٠٠ شخص']);
		// By the last two digits: 103 is few, 111 many.
		expect([103, 111].map((n) => plural(ar, AR.unitKey, n))).toEqual(['= ١٠٣ أشخاص', '= ١١١ شخصاً']);
	});

	it('fill a plural’s other placeholders', () => {
		expect(plural(english, EN.sourcesLine, 1, { sources: 'A' })).toBe('Source: A');
		expect(plural(ar, AR.sourcesLine, 2, { sources: 'أ وب' })).toBe('المصادر: أ وب');
	});
});

describe('pluralList', () => {
	it('gives the Arabic noun the form its number takes: one, two, 3–10, 11–99, 100 and up', () => {
		const say = (n: number) => pluralList(ar, AR.methodUnits, [n]);
		expect(say(1)).toBe('في رسم المربعات يمثل كل مربع شخصاً واحداً.');
		expect(say(2)).toBe('في رسم المربعات يمثل كل مربع شخصين.');
		expect(say(3)).toBe('في رسم المربعات يمثل كل مربع ٣ أشخاص.');
		expect(say(50)).toBe('في رسم المربعات يمثل كل مربع ٥٠ شخصاً.');
		expect(say(100)).toBe('في رسم المربعات يمثل كل مربع ١٠٠ شخص.');
	});

	it('makes a list agree with its last number, and never drops a number from it', () => {
		expect(pluralList(ar, AR.methodUnits, [50, 100])).toBe('في رسم المربعات يمثل كل مربع ٥٠ أو ١٠٠ شخص.');
		expect(pluralList(ar, AR.methodUnits, [100, 50])).toBe('في رسم المربعات يمثل كل مربع ١٠٠ أو ٥٠ شخصاً.');
		// Arabic says "two people" with no number: in a list the numbers are kept.
		expect(pluralList(ar, AR.methodUnits, [1, 2])).toContain('١ أو ٢');
	});

	it('says person or people in English, the alternatives joined as English joins them', () => {
		expect(pluralList(english, EN.methodUnits, [1])).toBe('In the unit graphic each square stands for 1 person.');
		expect(pluralList(english, EN.methodUnits, [50, 100])).toBe('In the unit graphic each square stands for 50 or 100 people.');
		expect(pluralList(english, EN.methodUnits, [10, 50, 100])).toBe('In the unit graphic each square stands for 10, 50 or 100 people.');
	});
});

describe('lists', () => {
	it('are joined by Intl.ListFormat in the edition’s locale', () => {
		expect(english.list(['Hasakah'])).toBe('Hasakah');
		expect(english.list(['Hasakah', 'Mosul'])).toBe('Hasakah and Mosul');
		expect(english.list(['Hasakah', 'Mosul', 'Baghdad'])).toBe('Hasakah, Mosul and Baghdad');
		expect(english.list(['Hasakah', 'Mosul', 'Baghdad'], 'disjunction')).toBe('Hasakah, Mosul or Baghdad');
		expect(ar.list(['الحسكة'])).toBe('الحسكة');
		expect(ar.list(['الحسكة', 'الموصل'])).toBe('الحسكة والموصل');
		expect(ar.list(['الحسكة', 'الموصل', 'بغداد'])).toBe('الحسكة والموصل وبغداد');
		expect(ar.list(['٥٠', '١٠٠'], 'disjunction')).toBe('٥٠ أو ١٠٠');
	});

	it('give their parts in order, the items as they were, for pages that draw each with markup', () => {
		const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(english.listParts(items)).toEqual([{ item: items[0] }, { text: ', ' }, { item: items[1] }, { text: ' and ' }, { item: items[2] }]);
		expect(ar.listParts(items)).toEqual([{ item: items[0] }, { text: ' و' }, { item: items[1] }, { text: ' و' }, { item: items[2] }]);
		expect(english.listParts([items[0]])).toEqual([{ item: items[0] }]);
	});
});
