import { describe, expect, it } from 'vitest';
import { storySchema } from './schema';
import { testStory } from './testStory';
import { checkTranslation, localizeStory, translationCredits, translationPath, type ReviewWords, type Translation } from './translation';
import { formatError } from './validateTimeline';

const story = storySchema.parse({ ...testStory(), kicker: 'Iraq · 2026', credits: ['Map: Natural Earth'] });

/** A complete Arabic overlay of the test story; tests break one thing at a time. */
function overlay(): Translation {
	return {
		lang: 'ar',
		story: { kicker: 'العراق · ٢٠٢٦', title: 'قصة اختبار', dek: 'ملخص.', byline: 'بقلم مختبر', credits: ['الخريطة: Natural Earth'], translation: 'ترجمة: مختبر' },
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

const check = (t: unknown) => checkTranslation(JSON.stringify(t), 'story.ar.json', story, 'ar');
const problems = (t: unknown) => {
	const r = check(t);
	return r.ok ? [] : r.errors.map(formatError);
};

describe('checkTranslation', () => {
	it('accepts an overlay that translates every text', () => {
		expect(problems(overlay())).toEqual([]);
	});

	it('names the file, the event and the field of a missing or empty translation', () => {
		const t = overlay();
		delete (t.events.second as Partial<Translation['events'][string]>).notes;
		t.events.third.title = '  ';
		t.places.iraq.name = '';
		expect(problems(t)).toEqual([
			expect.stringMatching(/^story\.ar\.json.*place "iraq" \(places\[1\]\).*name: empty translation \(English: "Iraq"\)/),
			expect.stringMatching(/event "second" \(events\[1\]\).*notes: missing translation \(English: "Say two\."\)/),
			expect.stringMatching(/event "third" \(events\[2\]\).*title: empty translation/)
		]);
	});

	it('needs every paragraph, figure, credit and the kicker the English has', () => {
		const t = overlay();
		t.events.first.body = ['واحد.', 'زائد.'];
		delete t.events.second.figures;
		t.story.credits = [];
		delete t.story.kicker;
		const found = problems(t).join('\n');
		expect(found).toContain('event "first" (events[0]) › body: has 2 item(s), the English has 1');
		expect(found).toContain('event "second" (events[1]) › figures.part.unit: missing translation');
		expect(found).toContain('event "second" (events[1]) › figures.part.label: missing translation');
		expect(found).toContain('story › credits: has 0 item(s), the English has 1');
		expect(found).toContain('story › kicker: missing translation');
		delete t.story.translation;
		expect(problems(t).join('\n')).toContain('story › translation: missing: a credit line saying who translated this edition');
	});

	it('reports a whole event left untranslated, and translations of ids the story does not have', () => {
		const t = overlay();
		delete (t.events as Partial<Translation['events']>).fourth;
		t.events['renamed-event'] = { title: 'قديم', body: ['قديم.'], notes: 'قديم.' };
		t.places.mosul = { name: 'الموصل', country: 'العراق' };
		const found = problems(t).join('\n');
		expect(found).toContain('event "fourth" (events[3]) › (all): missing translation of the event "Fourth"');
		expect(found).toContain('translation › events.renamed-event: the story has no event "renamed-event"');
		expect(found).toContain('translation › places.mosul: the story has no place "mosul"');
	});

	it('refuses a malformed file with its line, unknown fields and the wrong language', () => {
		expect(problems('{ "lang": "ar", }'.slice(0, -2) + ',,}')[0]).toMatch(/^story\.ar\.json/);
		const bad = checkTranslation('{ "lang": "ar",\n  "story": }', 'story.ar.json', story, 'ar');
		expect(bad.ok || formatError(bad.errors[0])).toMatch(/line 2/);
		expect(problems({ ...overlay(), extra: 1 }).join('\n')).toMatch(/translation › \(file\)/);
		expect(problems({ ...overlay(), lang: 'fr' }).join('\n')).toMatch(/translation › lang: must be one of: ar/);
	});
});

/** The edition's words for the review (strings.ar.ts has the real ones), with a date written plainly. */
const words: ReviewWords = { reviewed: 'راجعها {by} في {date}.', draft: 'مسودة: ليست للنشر.', date: (iso) => `[${iso}]` };

describe('translationCredits', () => {
	it('says who reviewed the translation and when, and then no draft notice', () => {
		const t = overlay();
		t.story.review = { by: 'محرر أخبار ثنائي اللغة', date: '2026-12-03' };
		expect(translationCredits(t, words)).toEqual(['ترجمة: مختبر', 'راجعها محرر أخبار ثنائي اللغة في [2026-12-03].']);
	});

	it('says the translation is a draft while the overlay records no review', () => {
		expect(translationCredits(overlay(), words)).toEqual(['ترجمة: مختبر', 'مسودة: ليست للنشر.']);
	});

	it('refuses a review that names nobody or no real date', () => {
		const t = overlay();
		t.story.review = { by: ' ', date: '2026-13-40' };
		const found = problems(t).join('\n');
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
	});
});

it('finds the overlay next to the dataset', () => {
	expect(translationPath('timeline-data/story.json', 'ar')).toBe('timeline-data/story.ar.json');
	expect(translationPath('/x/second-story.json', 'ar')).toBe('/x/second-story.ar.json');
});
