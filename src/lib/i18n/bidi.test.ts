import { describe, expect, it } from 'vitest';
import { bidiHtml, latinRuns } from './bidi';

const latin = (text: string) => latinRuns(text).flatMap((r) => (r.latin ? [r.text] : []));

describe('latinRuns', () => {
	it('finds each name in Latin script inside Arabic, whole, and nothing around it', () => {
		expect(latin('الخريطة: Natural Earth (ملكية عامة)، عبر حزمة world-atlas؛ ونينوى')).toEqual(['Natural Earth', 'world-atlas']);
		expect(latin('ترسمها JavaScript، وهي معطّلة')).toEqual(['JavaScript']);
		// A key's name, even one joined to an Arabic letter ("وEnter"), and keys written with + or /.
		expect(latin('مفاتيح الأسهم وEnter، أو النقر · Esc للإغلاق')).toEqual(['Enter', 'Esc']);
		expect(latin('→  ↑  PageUp  Shift+Space')).toEqual(['PageUp  Shift+Space']);
		expect(latin('Home  /  End')).toEqual(['Home  /  End']);
		expect(latin('نظرة عامة (o)')).toEqual(['o']);
	});

	it('leaves Arabic, Arabic-Indic digits and punctuation alone', () => {
		expect(latinRuns('العراق يتسلم نحو ٢٬٢٠٠ محتجز.')).toEqual([{ text: 'العراق يتسلم نحو ٢٬٢٠٠ محتجز.', latin: false }]);
		expect(latinRuns('')).toEqual([]);
	});

	it('gives back the text whole, in order', () => {
		const text = 'الخط المستخدم Source Serif 4 (مجاني من fonts.google.com). يعرض PowerPoint خطاً بديلاً';
		const runs = latinRuns(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual(['Source Serif 4', 'fonts.google.com', 'PowerPoint']);
	});
});

describe('bidiHtml', () => {
	it('isolates each Latin run as English in a right-to-left page, and nothing else', () => {
		expect(bidiHtml('الخريطة: Natural Earth (ملكية عامة)، عبر حزمة world-atlas؛', 'rtl')).toBe(
			'الخريطة: <bdi lang="en" dir="ltr">Natural Earth</bdi> (ملكية عامة)، عبر حزمة <bdi lang="en" dir="ltr">world-atlas</bdi>؛'
		);
		expect(bidiHtml('نحو ٢٬٢٠٠ محتجز', 'rtl')).toBe('نحو ٢٬٢٠٠ محتجز');
	});

	it('leaves a left-to-right page’s text as it is', () => {
		expect(bidiHtml('Map: Natural Earth (public domain)', 'ltr')).toBe('Map: Natural Earth (public domain)');
	});

	it('never lets a text become markup, in either direction', () => {
		const text = '<img src=x onerror=alert(1)> & <b>عربي</b> <bdi>';
		expect(bidiHtml(text, 'ltr')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;عربي&lt;/b&gt; &lt;bdi&gt;');
		const rtl = bidiHtml(text, 'rtl');
		expect(rtl).not.toMatch(/<(?!\/?bdi[ >])/);
		expect(rtl.replace(/<\/?bdi[^>]*>/g, '')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;عربي&lt;/b&gt; &lt;bdi&gt;');
	});
});
