import { describe, expect, it } from 'vitest';
import type { Source } from '../model/types';
import { editionLocale } from '../i18n/editions';
import { AR } from '../i18n/strings.ar';
import { english } from '../i18n/strings.en';
import { citationHtml, citationText, sourcesHtml, sourcesText } from './citation';

const arabic = editionLocale('ar', AR);

const full: Source = { id: 'a', kind: 'reporting', title: 'ISIS transfers <reshape> “Iraq” & more', publisher: 'Al-Monitor', date: '2026-02-10' };
const bare: Source = { id: 'b', kind: 'public-record', title: 'A record' };
const dated: Source = { id: 'c', kind: 'public-record', title: 'Dated record', date: '2019-03-23' };

/** What a reader sees of a line of markup: its text, the entities read. */
const text = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('citationHtml and sourcesHtml', () => {
	it('read word for word as the plain-text sentences, in each edition', () => {
		for (const locale of [english, arabic]) {
			for (const source of [full, bare, dated]) expect(text(citationHtml(source, locale))).toBe(citationText(source, locale));
			for (const list of [[full], [full, bare], [full, bare, dated]]) expect(text(sourcesHtml(list, locale))).toBe(sourcesText(list, locale));
		}
	});

	it('set every title in a <cite>, the sentence’s own words in a label, and escape what the data says', () => {
		expect(sourcesHtml([full, bare], english)).toBe(
			'<span class="label">Sources: </span><cite>ISIS transfers &lt;reshape&gt; “Iraq” &amp; more</cite> (Al-Monitor) and <cite>A record</cite>'
		);
		expect(citationHtml(bare, english)).toBe('<cite>A record</cite>');
	});

	it('isolate a Latin title as English on the right-to-left page', () => {
		expect(sourcesHtml([bare], arabic)).toContain('<cite><bdi lang="en" dir="ltr">A record</bdi></cite>');
	});
});
