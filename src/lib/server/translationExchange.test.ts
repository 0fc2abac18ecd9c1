import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { auditTranslation } from './data/translation';
import { exportXliff, importXliff, matches, stampOverlay } from './translationExchange';
import { readXliff } from './xliff';

const story = storySchema.parse({ ...testStory(), credits: ['Map: Natural Earth'] });

/** An Arabic overlay of the test story, laid out by hand, not yet stamped. */
const OVERLAY = `{
	"lang": "ar",
	"story": { "title": "قصة اختبار", "dek": "ملخص.", "byline": "بقلم مختبر", "credits": ["الخريطة: Natural Earth"], "translation": "ترجمة: مختبر" },
	"places": {
		"hasakah": { "name": "الحسكة", "country": "سوريا" },
		"iraq": { "name": "العراق", "country": "العراق" }
	},
	"sources": { "article": { "title": "المقال" } },
	"eras": { "transfers": { "label": "النقل" } },
	"events": {
		"first": { "title": "الأول", "body": ["واحد."], "notes": "قل واحد.", "figures": { "whole": { "unit": "شخص", "label": "محتجزون" } } },
		"second": { "title": "الثاني", "body": ["اثنان."], "notes": "قل اثنين.", "figures": { "part": { "unit": "شخص", "label": "للنقل" } } },
		"third": { "title": "الثالث", "body": ["ثلاثة."], "notes": "قل ثلاثة." },
		"fourth": { "title": "الرابع", "body": ["أربعة."], "notes": "قل أربعة.", "figures": { "nations": { "unit": "دولة", "label": "بلدان المنشأ" } } }
	}
}
`;
const FILE = 'story.ar.json';
const audit = (text: string, of = story) => {
	const r = auditTranslation(text, FILE, of, 'ar');
	if (!r.ok) throw new Error('unreadable');
	return r.audit;
};
const stampedOverlay = () => stampOverlay(OVERLAY, FILE, story, 'ar').text;
const imported = (xml: string, text: string, of = story) => {
	const r = importXliff(xml, text, FILE, of, 'ar');
	if (!r.ok) throw new Error(r.error);
	return r;
};

describe('stampOverlay', () => {
	it('records every translated text’s English, changing only the fingerprints block; stamping again changes nothing', () => {
		const { text, stamped, removed } = stampOverlay(OVERLAY, FILE, story, 'ar');
		expect(stamped).toHaveLength(audit(OVERLAY).units.length);
		expect(removed).toEqual([]);
		expect(text.startsWith(OVERLAY.slice(0, OVERLAY.lastIndexOf('\n\t}\n}')))).toBe(true);
		expect(text).toMatch(/\n\t"fingerprints": \{\n\t\t"story\.title": "[0-9a-f]{10}",\n\t\t"story\.dek"/);
		expect(audit(text).stale).toEqual([]);
		expect(stampOverlay(text, FILE, story, 'ar')).toEqual({ text, stamped: [], removed: [] });
	});

	it('stamps only the units named, and drops the fingerprints of texts that are gone', () => {
		const edited = storySchema.parse({ ...testStory(), credits: ['Map: Natural Earth'] });
		edited.events[0].title = 'First, edited';
		edited.events[1].notes = 'Say two, edited.';
		edited.events.splice(2, 1);
		edited.events[2].visual = { kind: 'politics', milestones: ['first', 'fourth'], status: 'deadlock' };
		const { text, stamped, removed } = stampOverlay(stampedOverlay(), FILE, edited, 'ar', ['first']);
		expect(stamped.map((u) => u.id)).toEqual(['events.first.title']);
		expect(removed).toEqual(['events.third.title', 'events.third.body.0', 'events.third.notes']);
		expect(audit(text, edited).stale.map((s) => `${s.where} › ${s.field}`)).toEqual(['event "second" (events[1]) › notes']);
		expect(() => stampOverlay(OVERLAY, FILE, story, 'ar', ['no-such-event'])).toThrow(/no text of the story is named "no-such-event"/);
	});

	it('matches units by id, prefix or event id', () => {
		expect(matches('events.first.body.0', ['events.first.body.0'])).toBe(true);
		expect(matches('events.first.body.0', ['first'])).toBe(true);
		expect(matches('places.iraq.name', ['places'])).toBe(true);
		expect(matches('events.firstly.title', ['first'])).toBe(false);
	});
});

describe('exportXliff and importXliff', () => {
	it('export then import with no edits changes nothing', () => {
		for (const text of [OVERLAY, stampedOverlay()]) {
			const xml = exportXliff(text, FILE, story, 'ar', { dir: 'rtl' });
			const r = imported(xml, text);
			expect(r.text).toBe(text);
			expect(r.report).toMatchObject({ added: [], changed: [], confirmed: [], rejected: [] });
			expect(r.report.unchanged).toHaveLength(audit(text).units.length);
		}
	});

	it('exports every text a unit, keyed by its path: translated ones translated, missing ones initial without a target, stale ones initial with a note', () => {
		const text = stampedOverlay().replace('"title": "الثاني", ', '');
		const edited = storySchema.parse({ ...testStory(), credits: ['Map: Natural Earth'] });
		edited.events[0].body = ['One, edited.'];
		const { doc } = readXliff(exportXliff(text, FILE, edited, 'ar', { dir: 'rtl', original: 'timeline-data/story.json' })) as Extract<
			ReturnType<typeof readXliff>,
			{ ok: true }
		>;
		expect(doc).toMatchObject({ srcLang: 'en', trgLang: 'ar', trgDir: 'rtl', original: 'timeline-data/story.json' });
		const unit = (id: string) => doc.units.find((u) => u.id === id);
		expect(unit('events.first.title')).toEqual({
			id: 'events.first.title',
			source: 'First',
			target: 'الأول',
			state: 'translated',
			notes: [{ category: 'location', text: 'event "first" (events[0]) › title' }]
		});
		expect(unit('events.second.title')).toEqual({
			id: 'events.second.title',
			source: 'Second',
			state: 'initial',
			notes: [{ category: 'location', text: 'event "second" (events[1]) › title' }]
		});
		expect(unit('events.first.body.0')).toMatchObject({
			source: 'One, edited.',
			target: 'واحد.',
			state: 'initial',
			notes: [{ category: 'location' }, { category: 'stale', text: expect.stringMatching(/^The English has changed since this was translated/) }]
		});
		expect(doc.units.map((u) => u.id).slice(0, 6)).toEqual([
			'story.title',
			'story.dek',
			'story.byline',
			'story.credits.0',
			'places.hasakah.name',
			'places.hasakah.country'
		]);
		// --todo: only what needs work.
		const todo = readXliff(exportXliff(text, FILE, edited, 'ar', { todo: true }));
		expect(todo.ok && todo.doc.units.map((u) => u.id)).toEqual(['events.first.body.0', 'events.second.title']);
	});

	it('imports a changed target, an added one and a confirmed stale one, stamps them, and reports each by unit id', () => {
		const base = stampedOverlay().replace('"title": "الثاني", ', '');
		const edited = storySchema.parse({ ...testStory(), credits: ['Map: Natural Earth'] });
		edited.events[0].body = ['One, edited.'];
		let xml = exportXliff(base, FILE, edited, 'ar');
		// The translator corrects a title, translates the missing one, and confirms the stale paragraph as it is.
		xml = xml.replace('<target>الثالث</target>', '<target>الثالث &amp; &lt;الأخير&gt; "حقاً"</target>');
		xml = xml.replace(
			/(<unit id="events\.second\.title">[\s\S]*?)<segment state="initial">([\s\S]*?)<\/segment>/,
			'$1<segment state="translated">$2\t<target>الثاني</target>\n\t\t\t</segment>'
		);
		xml = xml.replace(/(<unit id="events\.first\.body\.0">[\s\S]*?)<segment state="initial">/, '$1<segment state="reviewed">');
		// …and edits a translated unit but leaves it initial, and keeps a unit the story no longer has.
		xml = xml.replace(
			/(<unit id="events\.fourth\.notes">[\s\S]*?)<segment state="translated">([\s\S]*?)<target>[^<]*<\/target>/,
			'$1<segment state="initial">$2<target>مسودة</target>'
		);
		xml = xml.replace('</file>', '<unit id="events.gone.title"><segment state="translated"><source>Gone</source><target>ذهب</target></segment></unit></file>');
		const { text, report } = imported(xml, base, edited);
		expect(report.changed).toEqual([
			{ id: 'events.third.title', where: 'event "third" (events[2]) › title', before: 'الثالث', after: 'الثالث & <الأخير> "حقاً"' }
		]);
		expect(report.added).toEqual([{ id: 'events.second.title', where: 'event "second" (events[1]) › title', after: 'الثاني' }]);
		expect(report.confirmed).toEqual([{ id: 'events.first.body.0', where: 'event "first" (events[0]) › body[0]' }]);
		expect(report.rejected).toEqual([
			{ id: 'events.fourth.notes', reason: 'its state is "initial": mark it translated (or reviewed, or final) to import it' },
			{ id: 'events.gone.title', reason: 'the story has no such text (removed since the export, or the id was changed)' }
		]);
		const after = audit(text, edited);
		expect(after.missing).toEqual([]);
		expect(after.stale).toEqual([]);
		expect(JSON.parse(text).events.third.title).toBe('الثالث & <الأخير> "حقاً"');
		// Only the texts and their fingerprints changed: the layout is the file's own.
		expect(text).toContain('"third": { "title": "الثالث & <الأخير> \\"حقاً\\"", "body": ["ثلاثة."], "notes": "قل ثلاثة." }');
		expect(text).toContain(
			'"second": { "body": ["اثنان."], "notes": "قل اثنين.", "figures": { "part": { "unit": "شخص", "label": "للنقل" } }, "title": "الثاني" }'
		);
	});

	it('keeps a unit translated from an English edited since the export stale', () => {
		const base = stampedOverlay();
		const xml = exportXliff(base, FILE, story, 'ar').replace('<target>الأول</target>', '<target>الأوّل</target>');
		const edited = storySchema.parse({ ...testStory(), credits: ['Map: Natural Earth'] });
		edited.events[0].title = 'The first';
		const { text, report } = imported(xml, base, edited);
		expect(report.changed).toEqual([expect.objectContaining({ id: 'events.first.title', staleSince: true })]);
		expect(audit(text, edited).stale.map((s) => s.field)).toEqual(['title']);
	});

	it('refuses a file for another language, from another language, or not XLIFF', () => {
		const xml = exportXliff(OVERLAY, FILE, story, 'ar');
		expect(importXliff(xml.replace('trgLang="ar"', 'trgLang="fr"'), OVERLAY, FILE, story, 'ar')).toEqual({
			ok: false,
			error: 'the file is a translation into "fr", not "ar"'
		});
		expect(importXliff(xml.replace('srcLang="en"', 'srcLang="de"'), OVERLAY, FILE, story, 'ar')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not from the story's English/)
		});
		expect(importXliff('{}', OVERLAY, FILE, story, 'ar')).toMatchObject({ ok: false, error: expect.stringMatching(/not well-formed XML/) });
		// A region subtag is the same language.
		expect(importXliff(xml.replace('trgLang="ar"', 'trgLang="ar-IQ"'), OVERLAY, FILE, story, 'ar').ok).toBe(true);
	});

	it('round-trips the real story and its Arabic unchanged', () => {
		const real = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
		const overlay = readFileSync('timeline-data/story.ar.json', 'utf8');
		const r = imported(exportXliff(overlay, FILE, real, 'ar', { dir: 'rtl' }), overlay, real);
		expect(r.text).toBe(overlay);
		expect(r.report.unchanged.length).toBeGreaterThan(100);
	});
});
