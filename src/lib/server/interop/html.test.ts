import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, plainLine } from './html';

describe('htmlToText', () => {
	it('makes paragraphs of block elements, double line breaks and blank lines', () => {
		expect(htmlToText('<p>One.</p><p>Two <b>bold</b>.</p>').paragraphs).toEqual(['One.', 'Two bold.']);
		expect(htmlToText('First<br><br>Second<br/>line').paragraphs).toEqual(['First', 'Second line']);
		expect(htmlToText('Plain text\n\nover two paragraphs').paragraphs).toEqual(['Plain text', 'over two paragraphs']);
		expect(htmlToText('<ul><li>a</li><li>b</li></ul>').paragraphs).toEqual(['a', 'b']);
	});

	it('keeps a link’s words in the text and its target aside, never as HTML', () => {
		const t = htmlToText('<p>As <a href="https://example.org/a?x=1&amp;y=2" target="_blank">the report</a> said.</p>');
		expect(t.paragraphs).toEqual(['As the report said.']);
		expect(t.links).toEqual([{ href: 'https://example.org/a?x=1&y=2', label: 'the report' }]);
	});

	it('reads a Markdown link, as the Google Sheets template writes one, as a link', () => {
		expect(htmlToText('See [the UN report](https://example.org/r_(2019)) and [this](ftp://x) [note].')).toEqual({
			paragraphs: ['See the UN report and [this](ftp://x) [note].'],
			links: [{ href: 'https://example.org/r_(2019)', label: 'the UN report' }]
		});
	});

	it('drops scripts, styles and comments, and leaves no tag behind', () => {
		const t = htmlToText('<p>Safe<script>alert(1)</script><!-- note --><style>p{}</style> text<img src=x onerror=alert(1)></p>');
		expect(t.paragraphs).toEqual(['Safe text']);
		expect(t.paragraphs.join('')).not.toMatch(/[<>]/);
	});

	it('decodes entities once: an escaped tag stays text', () => {
		expect(plainLine('Fish &amp; chips &lt;b&gt; &#8217;s &#x2014; &nbsp;end')).toBe('Fish & chips <b> ’s — end');
		expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
	});
});
