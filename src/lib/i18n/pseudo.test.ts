import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../model/dates';
import { testStory } from '../model/testStory';
import { storySchema } from '../model/schema';
import type { Story } from '../model/types';
import { auditOverlay, localizeStory } from '../server/data/translation';
import { pseudoOverlay } from '../server/pseudoOverlay';
import { editionLocale } from './editions';
import { EXPANSION, isPseudo, PDF, pseudoStrings, pseudoText, RLO } from './pseudo';
import { fill, placeholders, plural } from './strings';
import { STRINGS } from '../server/strings.all';
import { EN } from './strings.en';

const parsed = () => storySchema.parse(testStory()) as Story;

describe('the accented pseudo-locale (en-XA)', () => {
	it('accents, brackets and lengthens a text by 40%, its placeholders intact', () => {
		const step = pseudoText('Step {n} of {count}', 'accented');
		expect(step).toMatch(/^\[.*\]$/);
		expect(placeholders(step)).toEqual(['n', 'count']);
		expect(step.replace(/\{\w+\}/g, '')).not.toMatch(/[oe]/);
		expect(step).toContain('ö');
		const sentence = 'Every date, number and claim in this story comes from the reporting below.';
		const long = pseudoText(sentence, 'accented');
		expect(long.length).toBe(Math.ceil(sentence.length * (1 + EXPANSION)));
		// Letters are doubled through the words, so a long text still wraps between them.
		expect(long.split(' ').length).toBe(sentence.split(' ').length);
		expect(Math.max(...long.split(' ').map((w) => w.length))).toBeLessThanOrEqual(Math.ceil('reporting'.length * 1.5));
	});

	it('leaves numbers and whitespace, and writes only characters the story’s faces have (Latin-1)', () => {
		expect(pseudoText(' {n} ', 'accented')).toBe(' [{n}] ');
		expect(pseudoText(', ', 'accented')).toBe(', ');
		expect(pseudoText('', 'accented')).toBe('');
		expect([...pseudoText('Abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'accented')].every((c) => c.codePointAt(0)! <= 0xff)).toBe(true);
	});

	it('is recognisable, and plain English is not', () => {
		expect(isPseudo(pseudoText('Next', 'accented'), 'accented')).toBe(true);
		expect(isPseudo(pseudoText('f', 'accented'), 'accented')).toBe(true);
		expect(isPseudo('Next', 'accented')).toBe(false);
	});
});

describe('the right-to-left pseudo-locale (ar-XB)', () => {
	it('forces each run of words right to left, leaving placeholders outside, so numbers are not turned round', () => {
		expect(pseudoText('Step {n} of {count}', 'rtl')).toBe(`${RLO}Step${PDF} {n} ${RLO}of${PDF} {count}`);
		expect(pseudoText('{title}, {publisher}', 'rtl')).toBe('{title}, {publisher}');
		expect(isPseudo(pseudoText('Next', 'rtl'), 'rtl')).toBe(true);
		expect(isPseudo('Next', 'rtl')).toBe(false);
	});
});

describe('pseudo-locales’ editions', () => {
	it('have the English’s interface words transformed, same shape, same placeholders', () => {
		const xa = pseudoStrings(EN, 'accented');
		expect(Object.keys(xa)).toEqual(Object.keys(EN));
		expect(fill(xa.stepOf, { n: 3, count: 18 })).toMatch(/^\[Š?.*3.*18.*\]$/);
		expect(xa.help.swipe.left[1]).not.toBe(EN.help.swipe.left[1]);
		expect(STRINGS['en-XA'].readStory).toBe(pseudoText(EN.readStory, 'accented'));
		expect(STRINGS['ar-XB'].readStory).toBe(pseudoText(EN.readStory, 'rtl'));
		// The map's neighbours are named too (the atlas's English names, transformed).
		expect(STRINGS['en-XA'].countries?.Syria).toBe(pseudoText('Syria', 'accented'));
	});

	it('write dates, lists and plurals through the same transform, in English’s plural forms', () => {
		const xa = editionLocale('en-XA', STRINGS['en-XA']);
		const xb = editionLocale('ar-XB', STRINGS['ar-XB']);
		expect(formatEventDate({ date: '2026-01-21' }, xa.date)).toBe(`21 ${pseudoText('January', 'accented')} 2026`);
		expect(formatEventDate({ date: '2019', approximate: true }, xa.date)).toBe(fill(STRINGS['en-XA'].about, { date: '2019' }));
		expect(xa.list(['A', 'B', 'C'])).toBe(`A, B ${pseudoText('and', 'accented')} C`);
		expect(xb.list(['A', 'B'])).toBe(`A ${RLO}and${PDF} B`);
		expect(xb.dir).toBe('rtl');
		expect([1, 2].map((n) => plural(xa, STRINGS['en-XA'].moreAfter, n))).toEqual([
			pseudoText(EN.moreAfter.one, 'accented').replace('{n}', '1'),
			pseudoText(EN.moreAfter.other, 'accented').replace('{n}', '2')
		]);
	});

	it('tell the English story with every text transformed and stamped, so nothing is missing or stale', () => {
		const english = parsed();
		const overlay = pseudoOverlay(english, 'en-XA', 'accented');
		const audit = auditOverlay(overlay, 'story.json (pseudo-locale en-XA)', english, 'en-XA');
		expect(audit.ok && [audit.audit.missing, audit.audit.stale, audit.audit.leftOver]).toEqual([[], [], []]);
		const story = localizeStory(english, overlay, { reviewed: STRINGS['en-XA'].translationReviewed, draft: STRINGS['en-XA'].translationDraft, date: (d) => d });
		expect(story.untranslated).toBeUndefined();
		expect(story.title).toBe(pseudoText(english.title, 'accented'));
		expect(story.events[0].body).toEqual(english.events[0].body.map((p) => pseudoText(p, 'accented')));
		expect(story.places.every((p) => isPseudo(p.name, 'accented'))).toBe(true);
		expect(story.events.flatMap((e) => e.figures).every((f) => isPseudo(f.unit, 'accented') && isPseudo(f.label, 'accented'))).toBe(true);
		// Its credits end with the pseudo-translation's line and the draft notice, both transformed.
		expect(story.credits.slice(-2).every((c) => isPseudo(c, 'accented'))).toBe(true);
	});
});
