import { describe, expect, it } from 'vitest';
import { Notes } from './basics';
import { ImportedSources } from './sources';

describe('ImportedSources', () => {
	it('makes one source per web address and one per title, with unique ids, in first-cited order', () => {
		const sources = new ImportedSources(new Notes());
		expect(sources.source('Report', 'https://example.org/a')).toBe('report');
		expect(sources.source('Report again', 'https://example.org/a')).toBe('report');
		expect(sources.source('Report', 'https://example.org/b')).toBe('report-2');
		expect(sources.source('Report')).toBe('report-3');
		expect(sources.list().map((s) => s.url ?? s.title)).toEqual(['https://example.org/a', 'https://example.org/b', 'Report']);
	});

	it('cites web links (a short label gives way to the host name) and notes the others', () => {
		const notes = new Notes();
		const sources = new ImportedSources(notes);
		const ids = sources.cite(
			[
				{ href: 'https://news.example.org/x', label: 'AP' },
				{ href: 'mailto:desk@example.org', label: 'the desk' }
			],
			'events[2]',
			'text.text'
		);
		expect(ids).toEqual(['news-example-org']);
		expect(notes.list).toEqual([
			{ where: 'events[2]', field: 'text.text', reason: 'link "mailto:desk@example.org" not carried: only web addresses (http, https) become sources' }
		]);
	});
});
