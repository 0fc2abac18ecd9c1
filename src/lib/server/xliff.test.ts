import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, readXliff, writeXliff, XLIFF_NS, type XliffDocument } from './xliff';

const doc = (units: XliffDocument['units']): XliffDocument => ({
	srcLang: 'en',
	trgLang: 'ar',
	trgDir: 'rtl',
	fileId: 'story',
	original: 'timeline-data/story.json',
	notes: [],
	units
});
const read = (xml: string) => {
	const r = readXliff(xml);
	if (!r.ok) throw new Error(r.error);
	return r;
};

describe('writeXliff', () => {
	it('writes XLIFF 2.0: the namespace, languages, direction, units with notes, a segment with its state, source and target', () => {
		const xml = writeXliff(
			doc([
				{ id: 'events.first.title', source: 'First', target: 'الأول', state: 'translated', notes: [{ category: 'location', text: 'event "first" › title' }] }
			])
		);
		expect(xml).toBe(
			[
				'<?xml version="1.0" encoding="UTF-8"?>',
				`<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="ar">`,
				'\t<file id="story" original="timeline-data/story.json" trgDir="rtl">',
				'\t\t<unit id="events.first.title">',
				'\t\t\t<notes>',
				'\t\t\t\t<note category="location">event "first" › title</note>',
				'\t\t\t</notes>',
				'\t\t\t<segment state="translated">',
				'\t\t\t\t<source>First</source>',
				'\t\t\t\t<target>الأول</target>',
				'\t\t\t</segment>',
				'\t\t</unit>',
				'\t</file>',
				'</xliff>',
				''
			].join('\n')
		);
	});

	it('escapes what XML must, and refuses what it cannot hold', () => {
		expect(escapeText('a & b < c > d ]]> "q" \'s\'')).toBe('a &amp; b &lt; c &gt; d ]]&gt; "q" \'s\'');
		expect(escapeAttribute('say "hi" & <go>\n')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;&#10;');
		expect(() => writeXliff(doc([{ id: 'x', source: 'bell \u0007', state: 'initial', notes: [] }]))).toThrow(
			/unit "x" source: the character U\+0007 cannot be written in XML/
		);
		expect(() => writeXliff(doc([{ id: 'a b', source: 'x', state: 'initial', notes: [] }]))).toThrow(/an id must be/);
		expect(() =>
			writeXliff(
				doc([
					{ id: 'x', source: 'x', state: 'initial', notes: [] },
					{ id: 'x', source: 'y', state: 'initial', notes: [] }
				])
			)
		).toThrow(/twice/);
	});

	it('round-trips markup-like text, quotes, Arabic and bidirectional controls exactly', () => {
		const tricky = [
			'<script>alert("x")</script> & &amp; \'single\' "double" ]]>',
			'أكثر من ٣٠٬٠٠٠ محتجز — «داعش» (ISIS) في الحسكة',
			'\u2067العراق\u2069 and \u200Fmixed\u200E text \u202Bembedded\u202C, a no-break\u00A0space, 😀',
			'  leading and trailing spaces kept  ',
			'line one\nline two\r\nwith a tab\t.'
		];
		const units = tricky.map((s, i) => ({ id: `u.${i}`, source: s, target: `${s} ✓`, state: 'translated' as const, notes: [{ category: 'stale', text: s }] }));
		const back = read(writeXliff(doc(units))).doc;
		expect(back.units).toEqual(units);
		expect(back).toMatchObject({ srcLang: 'en', trgLang: 'ar', trgDir: 'rtl', fileId: 'story', original: 'timeline-data/story.json' });
	});
});

describe('readXliff', () => {
	const wrap = (body: string, root = `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en-GB" trgLang="ar-IQ">`) =>
		`<?xml version="1.0"?>\n${root}<file id="f">${body}</file></xliff>`;

	it('reads what tools write: groups, several segments, inline markers, CDATA, comments, entities and other namespaces', () => {
		const xml = wrap(`
			<!-- a tool's comment -->
			<group id="g"><unit id="a" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">
				<mda:metadata><mda:metaGroup><mda:meta type="x">y</mda:meta></mda:metaGroup></mda:metadata>
				<segment state="reviewed"><source>One.</source><target>واحد.</target></segment>
				<ignorable><source> </source></ignorable>
				<segment state="translated"><source>Two.</source><target><mrk id="m1" translate="yes">اثنان</mrk>&#46;</target></segment>
			</unit></group>
			<unit id="b"><segment><source><![CDATA[A & B]]></source><target>أ &amp; ب</target></segment></unit>
			<unit id="c"><segment state="final"><source>C</source></segment></unit>`);
		const { doc: d, problems } = read(xml);
		expect(problems).toEqual([]);
		expect(d.units).toEqual([
			// The least advanced segment's state; the segments joined back.
			{ id: 'a', source: 'One. Two.', target: 'واحد. اثنان.', state: 'translated', notes: [] },
			// No state: XLIFF's default, initial.
			{ id: 'b', source: 'A & B', target: 'أ & ب', state: 'initial', notes: [] },
			// No target: untranslated.
			{ id: 'c', source: 'C', state: 'final', notes: [] }
		]);
		expect(d).toMatchObject({ srcLang: 'en-GB', trgLang: 'ar-IQ' });
	});

	it('lists units it leaves out, and refuses a file that is not well-formed XLIFF 2', () => {
		const { problems } = read(
			wrap('<unit id="a"><segment><source>x</source></segment></unit><unit id="a"><segment><source>y</source></segment></unit><unit id="n"/>')
		);
		expect(problems).toEqual(['unit "a" is there twice: the second is left out', 'unit "n" has no segment: left out']);
		expect(readXliff('<xliff><file>')).toMatchObject({ ok: false, error: expect.stringMatching(/^not well-formed XML/) });
		expect(readXliff(wrap('<unit id="a"><segment><source>a & b</source></segment></unit>'))).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^not well-formed XML/)
		});
		expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not an XLIFF 2\.0 file/)
		});
		expect(readXliff(`<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en"/>`)).toMatchObject({ ok: false, error: 'the file has no <file> element' });
	});
});
