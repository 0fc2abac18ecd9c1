import { describe, expect, it } from 'vitest';
import { enDir, enLang, fieldHtml, untranslatedHook, bodyHtml } from './untranslated';

describe('the marks of untranslated text', () => {
	const marks = ['title', 'body.1'];

	it('marks only the fields shown in English, and nothing where everything is translated', () => {
		expect([enLang(marks, 'title'), enDir(marks, 'title')]).toEqual(['en', 'ltr']);
		expect([enLang(marks, 'body.0'), enDir(marks, 'body.0')]).toEqual([undefined, undefined]);
		expect([enLang(undefined, 'title'), untranslatedHook(undefined), untranslatedHook([])]).toEqual([undefined, undefined, undefined]);
		expect(untranslatedHook(marks)).toBe('title body.1');
	});

	it('isolates Latin inside a translated text, but not inside one shown in English (its element is English already)', () => {
		expect(fieldHtml('الخريطة: Natural Earth', 'rtl', marks, 'body.0')).toBe('الخريطة: <bdi lang="en" dir="ltr">Natural Earth</bdi>');
		expect(fieldHtml('Map: Natural Earth (public domain)', 'rtl', marks, 'title')).toBe('Map: Natural Earth (public domain)');
		expect(fieldHtml('Map: Natural Earth', 'ltr', undefined, 'title')).toBe('Map: Natural Earth');
	});

	it('never lets an English text become markup either', () => {
		expect(fieldHtml('<b>Two</b> & more', 'rtl', marks, 'title')).toBe('&lt;b&gt;Two&lt;/b&gt; &amp; more');
	});

	it("keeps a story text as text in either direction (the header's kicker, title and dek are set with {@html})", () => {
		expect(fieldHtml('<img src=x onerror=alert(1)> & more', 'ltr', undefined, 'title')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; more');
		const arabic = fieldHtml('عنوان <script>alert(1)</script>', 'rtl', undefined, 'dek');
		expect(arabic).not.toMatch(/<(?!\/?bdi\b)/);
		// Only its Latin runs are isolated: the rest is the text, escaped.
		expect(arabic.replace(/<\/?bdi[^>]*>/g, '')).toBe('عنوان &lt;script&gt;alert(1)&lt;/script&gt;');
	});
});

describe('a number and the word after it', () => {
	it('are kept on one line in a headline, a paragraph and a link, in either edition (typography.ts)', () => {
		const nbsp = (html: string) => html.replace(/\u00A0/g, '~');
		expect(nbsp(fieldHtml('The US decides to move up to 7,000 detainees to Iraq', 'ltr', undefined, 'title'))).toBe(
			'The US decides to move up to 7,000~detainees to Iraq'
		);
		expect(nbsp(fieldHtml('نقل ما يصل إلى ٧٬٠٠٠ محتجز إلى العراق', 'rtl', undefined, 'title'))).toBe('نقل ما يصل إلى ٧٬٠٠٠~محتجز إلى العراق');
		expect(nbsp(bodyHtml('On 9 December 2017, [around 2,200 detainees](https://example.org/a).', 'ltr', undefined, 'body.0'))).toBe(
			'On 9~December 2017, <a href="https://example.org/a" target="_blank" rel="noopener">around 2,200~detainees</a>.'
		);
	});
});

describe('bodyHtml', () => {
	it('makes a web address written [label](https://…) a link that opens beside the story, escaping the rest', () => {
		expect(bodyHtml('See [the <b>report</b>](https://example.org/r?a=1&b="2") & more.', 'ltr', undefined, 'body.0')).toBe(
			'See <a href="https://example.org/r?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener">the &lt;b&gt;report&lt;/b&gt;</a> &amp; more.'
		);
	});

	it('leaves a link to anything but a web address as the characters written', () => {
		expect(bodyHtml('[a trap](javascript:alert(1))', 'ltr', undefined, 'body.0')).toBe('[a trap](javascript:alert(1))');
	});

	it('isolates a Latin label as English in a right-to-left page', () => {
		expect(bodyHtml('انظر [UN report](https://example.org/r)', 'rtl', undefined, 'body.0')).toBe(
			'انظر <a href="https://example.org/r" target="_blank" rel="noopener"><bdi lang="en" dir="ltr">UN report</bdi></a>'
		);
	});
});
