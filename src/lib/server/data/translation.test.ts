import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { fingerprint } from './fingerprint';
import {
	auditTranslation,
	checkTranslation,
	localizeStory,
	translationCredits,
	translationPath,
	translationUnits,
	type ReviewWords,
	type Translation
} from './translation';
import { formatError } from './validateTimeline';

const story = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'] });

/** A complete Arabic overlay of the test story; tests break one thing at a time. */
function overlay(): Translation {
	return {
		lang: 'ar',
		story: {
			kicker: 'العراق · ٢٠٢٦',
			title: 'قصة اختبار',
			dek: 'ملخص.',
			byline: 'بقلم مختبر',
			credits: ['الخريطة: Natural Earth'],
			translation: 'ترجمة: مختبر'
		},
		places: { hasakah: { name: 'الحسكة', country: 'سوريا' }, iraq: { name: 'العراق', country: 'العراق' } },
		sources: { article: { title: 'المقال' } },
		eras: { transfers: { label: 'النقل' } },
		events: {
			first: { title: 'الأول', body: ['واحد.'], notes: 'قل واحد.', figures: { whole: { unit: 'شخص', label: 'محتجزون' } } },
			second: { title: 'الثاني', body: ['اثنان.'], notes: 'قل اثنين.', figures: { part: { unit: 'شخص', label: 'للنقل' } } },
			third: { title: 'الثالث', body: ['ثلاثة.'], notes: 'قل ثلاثة.' },
			fourth: { title: 'الرابع', body: ['أربعة.'], notes: 'قل أربعة.', figures: { nations: { unit: 'دولة', label: 'بلدان المنشأ' } } }
		}
	};
}

/** The overlay stamped: every text's fingerprint recorded, as `npm run translations -- stamp` does. */
function stamped(t: Translation): Translation {
	const { units } = translationUnits(story, t);
	return { ...t, fingerprints: Object.fromEntries(units.filter((u) => u.target !== undefined).map((u) => [u.id, u.fingerprint])) };
}

const auditOf = (t: unknown, of = story) => {
	const r = auditTranslation(typeof t === 'string' ? t : JSON.stringify(t), 'story.ar.json', of, 'ar');
	if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
	return r.audit;
};
const problems = (t: unknown, of = story) => {
	const { missing, stale, leftOver } = auditOf(t, of);
	return [...missing, ...stale, ...leftOver].map(formatError);
};
const refused = (t: unknown) => {
	const r = auditTranslation(typeof t === 'string' ? t : JSON.stringify(t), 'story.ar.json', story, 'ar');
	return r.ok ? [] : r.errors.map(formatError);
};
/** The test story with one English sentence edited, one event added and one removed. */
function editedStory() {
	const raw = testStory();
	raw.events[0].body = ['One, edited.'];
	raw.events.splice(2, 0, { ...raw.events[2], id: 'added', title: 'Added', body: ['New.'], notes: 'Say new.' });
	raw.events = raw.events.filter((e) => e.id !== 'third');
	return storySchema.parse({ ...raw, kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'] });
}

describe('fingerprints', () => {
	it('are short, stable and blind to spacing alone', () => {
		expect(fingerprint('Say one.')).toMatch(/^[0-9a-f]{10}$/);
		expect(fingerprint('Say one.')).toBe(fingerprint('  Say   one.\n'));
		expect(fingerprint('Say one.')).not.toBe(fingerprint('Say one!'));
		// Composed and decomposed forms are the same text.
		expect(fingerprint('café')).toBe(fingerprint('cafe\u0301'));
	});
});

describe('auditTranslation', () => {
	it('accepts a stamped overlay that translates every text', () => {
		expect(problems(stamped(overlay()))).toEqual([]);
		expect(auditOf(stamped(overlay())).units.every((u) => u.status === 'translated')).toBe(true);
	});

	it('names the file, the event and the field of a missing or empty translation', () => {
		const t = stamped(overlay());
		delete (t.events.second as Partial<Translation['events'][string]>).notes;
		t.events.third.title = '  ';
		t.places.iraq.name = '';
		expect(auditOf(t).missing.map(formatError)).toEqual([
			expect.stringMatching(/^story\.ar\.json › place "iraq" \(places\[1\]\) › name: empty translation \(English: "Iraq"\)/),
			expect.stringMatching(/event "second" \(events\[1\]\) › notes: missing translation \(English: "Say two\."\)/),
			expect.stringMatching(/event "third" \(events\[2\]\) › title: empty translation/)
		]);
		expect(auditOf(t).stale).toEqual([]);
	});

	it('marks a translation stale when its English has been edited since, by event and field', () => {
		const t = stamped(overlay());
		const edited = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'], title: 'A new headline' });
		edited.events[1].body = ['Two, and more.'];
		edited.events[1].figures[0].label = 'to be moved';
		const { stale, missing } = auditOf(t, edited);
		expect(missing).toEqual([]);
		expect(stale.map(formatError)).toEqual([
			'story.ar.json › story › title: stale: the English has changed since it was translated (English now: "A new headline")',
			'story.ar.json › event "second" (events[1]) › body[0]: stale: the English has changed since it was translated (English now: "Two, and more.")',
			'story.ar.json › event "second" (events[1]) › figures.part.label: stale: the English has changed since it was translated (English now: "to be moved")'
		]);
		// A change of spacing alone is not a change.
		const spaced = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map:  Natural Earth '] });
		expect(auditOf(t, spaced).stale).toEqual([]);
	});

	it('counts a translation with no fingerprint as stale, saying how to confirm it', () => {
		const found = auditOf(overlay()).stale.map(formatError);
		expect(found).toHaveLength(auditOf(overlay()).units.length);
		expect(found[0]).toBe(
			'story.ar.json › story › title: not confirmed: no record of the English it translates; check it against the English ("Test story"), then npm run translations -- stamp --lang ar story.title'
		);
	});

	it('needs every paragraph, figure, credit and the kicker the English has', () => {
		const t = stamped(overlay());
		t.events.first.body = ['واحد.', 'زائد.'];
		delete t.events.second.figures;
		t.story.credits = [];
		delete t.story.kicker;
		const found = problems(t).join('\n');
		expect(found).toContain('event "first" (events[0]) › body: has 2 item(s), the English has 1');
		expect(found).toContain('event "second" (events[1]) › figures.part.unit: missing translation');
		expect(found).toContain('event "second" (events[1]) › figures.part.label: missing translation');
		expect(found).toContain('story › credits[0]: missing translation (English: "Map: Natural Earth")');
		expect(found).toContain('story › kicker: missing translation');
		delete t.story.translation;
		expect(problems(t).join('\n')).toContain('story › translation: missing: a credit line saying who translated this edition');
	});

	it('keeps a paragraph whose English is unchanged when a paragraph is added', () => {
		const t = stamped(overlay());
		const longer = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'] });
		longer.events[0].body = ['One.', 'A second paragraph.'];
		const { units, missing } = auditOf(t, longer);
		expect(units.find((u) => u.id === 'events.first.body.0')).toMatchObject({ status: 'translated', target: 'واحد.' });
		expect(missing.map(formatError)).toEqual(['story.ar.json › event "first" (events[0]) › body[1]: missing translation (English: "A second paragraph.")']);
	});

	it('lists a whole event left untranslated once, and what the overlay has that the story does not as warnings', () => {
		const t = stamped(overlay());
		delete (t.events as Partial<Translation['events']>).fourth;
		t.events['renamed-event'] = { title: 'قديم', body: ['قديم.'], notes: 'قديم.' };
		t.places.mosul = { name: 'الموصل', country: 'العراق' };
		const { missing, leftOver } = auditOf(t);
		expect(missing.map(formatError)).toEqual(['story.ar.json › event "fourth" (events[3]) › (all): missing translation of the event "Fourth" (5 texts)']);
		expect(leftOver.map(formatError)).toEqual([
			'story.ar.json › translation › places.mosul: the story has no place "mosul": remove it, or correct the id',
			'story.ar.json › translation › events.renamed-event: the story has no event "renamed-event": remove it, or correct the id'
		]);
	});

	it('takes an added event, a removed one and an edited sentence as missing, left over and stale', () => {
		const { missing, stale, leftOver } = auditOf(stamped(overlay()), editedStory());
		expect(missing.map(formatError)).toEqual(['story.ar.json › event "added" (events[2]) › (all): missing translation of the event "Added" (3 texts)']);
		expect(stale.map(formatError)).toEqual([expect.stringMatching(/event "first" \(events\[0\]\) › body\[0\]: stale/)]);
		expect(leftOver.map(formatError)).toEqual([expect.stringMatching(/translation › events\.third: the story has no event "third"/)]);
	});

	it('refuses only a file it cannot use: malformed, with unknown fields, in the wrong language, with a bad fingerprint', () => {
		expect(refused('{ "lang": "ar", }'.slice(0, -2) + ',,}')[0]).toMatch(/^story\.ar\.json/);
		const bad = auditTranslation('{ "lang": "ar",\n  "story": }', 'story.ar.json', story, 'ar');
		expect(bad.ok || formatError(bad.errors[0])).toMatch(/line 2/);
		expect(refused({ ...overlay(), extra: 1 }).join('\n')).toMatch(/translation › \(file\)/);
		expect(refused({ ...overlay(), lang: 'fr' }).join('\n')).toMatch(/translation › lang: must be one of: ar/);
		expect(refused({ ...overlay(), fingerprints: { 'story.title': 'nope' } }).join('\n')).toMatch(/fingerprints\.story\.title: must be a fingerprint/);
	});

	it('checkTranslation, the all-or-nothing check, refuses anything missing, stale or left over', () => {
		expect(checkTranslation(JSON.stringify(stamped(overlay())), 'story.ar.json', story, 'ar').ok).toBe(true);
		expect(checkTranslation(JSON.stringify(overlay()), 'story.ar.json', story, 'ar').ok).toBe(false);
	});
});

/** The edition's words for the review (strings.ar.ts has the real ones), with a date written plainly. */
const words: ReviewWords = { reviewed: 'راجعها {by} في {date}.', draft: 'مسودة: ليست للنشر.', date: (iso) => `[${iso}]` };

describe('translationCredits', () => {
	it('says who reviewed the translation and when, and then no draft notice', () => {
		const t = overlay();
		t.story.review = { by: 'محرر أخبار ثنائي اللغة', date: '2026-12-03' };
		expect(translationCredits(t, words)).toEqual(['ترجمة: مختبر', 'راجعها محرر أخبار ثنائي اللغة في [2026-12-03].']);
		// The record is no text to translate: a stamped overlay with it is whole.
		expect(problems(stamped(t))).toEqual([]);
		expect(auditOf(stamped(t)).units.some((u) => u.id.startsWith('story.review'))).toBe(false);
	});

	it('says the translation is a draft while the overlay records no review', () => {
		expect(translationCredits(overlay(), words)).toEqual(['ترجمة: مختبر', 'مسودة: ليست للنشر.']);
	});

	it('refuses a review that names nobody or no real date', () => {
		const t = overlay();
		t.story.review = { by: ' ', date: '2026-13-40' };
		const found = refused(t).join('\n');
		expect(found).toMatch(/story\.review\.by.*is empty: say who reviewed the translation/);
		expect(found).toMatch(/story\.review\.date.*"2026-13-40" is not a real date/);
	});
});

describe('localizeStory', () => {
	it('gives the story in the overlay’s language, keeping ids, dates, numbers and positions', () => {
		const ar = localizeStory(story, overlay(), words);
		expect(ar.title).toBe('قصة اختبار');
		expect(ar.kicker).toBe('العراق · ٢٠٢٦');
		// The translation's own credit closes the edition's credits, then its review (none yet: a draft).
		expect(ar.credits).toEqual(['الخريطة: Natural Earth', 'ترجمة: مختبر', 'مسودة: ليست للنشر.']);
		expect(ar.places[0]).toMatchObject({ id: 'hasakah', name: 'الحسكة', country: 'سوريا', lon: 40.75 });
		expect(ar.events[0]).toMatchObject({ id: 'first', date: '2017', title: 'الأول', body: ['واحد.'] });
		expect(ar.events[0].figures[0]).toMatchObject({ id: 'whole', value: 30000, qualifier: 'more than', unit: 'شخص', label: 'محتجزون' });
		expect(ar.events[2].visual).toEqual(story.events[2].visual);
		expect(ar.eras[0]).toMatchObject({ id: 'transfers', label: 'النقل', start: '2026-01' });
		// The English is untouched.
		expect(story.title).toBe('Test story');
		// Nothing is in English, so nothing is marked.
		expect(ar.untranslated).toBeUndefined();
		expect(ar.events.some((e) => e.untranslated)).toBe(false);
	});

	it('keeps the English where a text is missing, and names it; uses a stale translation as it is', () => {
		const t = stamped(overlay());
		delete (t.events as Partial<Translation['events']>).fourth;
		t.events.second.body = [''];
		delete t.places.iraq;
		const edited = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'] });
		edited.events[0].title = 'First, edited';
		const ar = localizeStory(edited, t, words);
		expect(ar.events[0]).toMatchObject({ title: 'الأول' });
		expect(ar.events[0].untranslated).toBeUndefined();
		expect(ar.events[1]).toMatchObject({ title: 'الثاني', body: ['Two.'], untranslated: ['body.0'] });
		expect(ar.events[3]).toMatchObject({ title: 'Fourth', body: ['Four.'], notes: 'Say four.' });
		expect(ar.events[3].untranslated).toEqual(['title', 'body.0', 'notes', 'figures.nations.unit', 'figures.nations.label']);
		expect(ar.events[3].figures[0]).toMatchObject({ unit: 'countries', label: 'origins' });
		expect(ar.places[1]).toMatchObject({ name: 'Iraq', country: 'Iraq' });
		expect(ar.untranslated).toEqual(['places.iraq.name', 'places.iraq.country']);
	});

	it('builds the story in the edition for a story with an added event, a removed one and an edited sentence', () => {
		const ar = localizeStory(editedStory(), stamped(overlay()), words);
		expect(ar.events.map((e) => e.id)).toEqual(['first', 'second', 'added', 'fourth']);
		expect(ar.events[2]).toMatchObject({ title: 'Added', body: ['New.'], untranslated: ['title', 'body.0', 'notes'] });
		// The stale paragraph keeps its translation until it is corrected.
		expect(ar.events[0].body).toEqual(['واحد.']);
	});
});

it('finds the overlay next to the dataset', () => {
	expect(translationPath('timeline-data/story.json', 'ar')).toBe('timeline-data/story.ar.json');
	expect(translationPath('/x/second-story.json', 'ar')).toBe('/x/second-story.ar.json');
});

describe('corrections in an overlay', () => {
	const corrected = storySchema.parse({
		...story,
		corrections: [{ id: 'fix', date: '2026-02-03', event: 'second', text: 'An earlier version gave the wrong day.' }]
	});
	it('is a text to translate, reported missing (with its English) until it is, and shown in English meanwhile', () => {
		const result = auditTranslation(JSON.stringify(overlay()), 'story.ar.json', corrected, 'ar');
		if (!result.ok) throw new Error('expected an audit');
		expect(result.audit.missing.map(formatError)).toContain(
			'story.ar.json › correction "fix" (corrections[0]) › text: missing translation (English: "An earlier version gave the wrong day.")'
		);
		const localized = localizeStory(corrected, overlay(), words);
		expect(localized.corrections[0].text).toBe('An earlier version gave the wrong day.');
		expect(localized.untranslated).toContain('corrections.fix.text');
	});

	it('gives the edition its translation, and reports one for a correction the story does not have', () => {
		const t = { ...overlay(), corrections: { fix: { text: 'ذكرت نسخة سابقة يومًا خاطئًا.' }, gone: { text: 'قديم.' } } };
		expect(localizeStory(corrected, t, words).corrections[0].text).toBe('ذكرت نسخة سابقة يومًا خاطئًا.');
		const result = auditTranslation(JSON.stringify(t), 'story.ar.json', corrected, 'ar');
		if (!result.ok) throw new Error('expected an audit');
		expect(result.audit.leftOver.map(formatError)).toContain(
			'story.ar.json › translation › corrections.gone: the story has no correction "gone": remove it, or correct the id'
		);
	});
});
