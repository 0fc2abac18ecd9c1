// The editions are listed once (langs.ts): everything a language needs is derived from its line, its
// strings file and its overlay, so adding one is those three things and no code.
import { describe, expect, it } from 'vitest';
import { translationPath } from '../server/data/translation';
import { match } from '../../params/edition';
import { EDITIONS, editionLocale } from './editions';
import { EDITION_LIST, translationLangs } from './langs';
import { SLIDE_TYPE } from '../server/export/slides';
import { SLIDE_STRINGS, STRINGS } from '../server/strings.all';

describe('the editions list', () => {
	it('gives every listed language its words, its ways of writing, its address, its overlay and its slides', () => {
		expect(translationLangs).toEqual(EDITION_LIST.map((e) => e.lang));
		for (const info of EDITION_LIST) {
			const { lang } = info;
			expect(match(lang)).toBe(true);
			expect(translationPath('timeline-data/story.json', lang)).toBe(`timeline-data/story.${lang}.json`);
			expect(STRINGS[lang].languageName).toBeTruthy();
			expect(SLIDE_STRINGS[lang].fontsNote ?? SLIDE_STRINGS[lang].fontsNoteOneFace).toBeTruthy();
			expect(EDITIONS[lang]).toMatchObject({ lang, dir: info.dir });
			expect(editionLocale(lang, STRINGS[lang]).date.about).toBe(STRINGS[lang].about);
			expect(SLIDE_TYPE[lang].officeLang).toBe(info.officeLang);
		}
		expect(Object.keys(STRINGS)).toEqual(['en', ...translationLangs]);
		expect(match('fr')).toBe(false);
	});

	it('writes Arabic from its line: right to left, Arabic-Indic digits, its word for "about" from its strings', () => {
		const ar = editionLocale('ar', STRINGS.ar);
		expect([ar.dir, ar.number(30000), ar.date.month(1), ar.date.about]).toEqual(['rtl', '٣٠٬٠٠٠', 'كانون الثاني', 'نحو {date}']);
		expect(SLIDE_TYPE.ar).toMatchObject({ serif: 'Noto Naskh Arabic', officeLang: 'ar-IQ' });
	});
});
