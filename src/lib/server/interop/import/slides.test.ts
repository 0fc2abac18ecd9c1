import { describe, expect, it } from 'vitest';
import { Ids, ImportError, Notes } from './basics';
import { importEras, importEvent, type EventContext } from './slides';
import { ImportedSources } from './sources';

function context(eras = importEras([], new Notes())): EventContext {
	const notes = new Notes();
	return { eras, ids: new Ids(), sources: new ImportedSources(notes), notes };
}

describe('importEras', () => {
	it('makes each era a named span with a unique id, and refuses one with no end', () => {
		const notes = new Notes();
		const eras = importEras([{ where: 'eras[0]', slide: { text: { headline: 'The war' }, start_date: { year: 2014 }, end_date: { year: 2019 } } }], notes);
		expect(eras).toMatchObject([{ id: 'the-war', label: 'The war', start: '2014', end: '2019' }]);
		expect(() => importEras([{ where: 'eras[0]', slide: { start_date: { year: 2014 } } }], notes)).toThrow(ImportError);
	});
});

describe('importEvent', () => {
	it('makes plain paragraphs of the HTML, sources of its links and of a last "Sources:" line', () => {
		const slide = {
			start_date: { year: 2019, month: 3 },
			text: { headline: 'Baghouz falls', text: '<p>The <b>last</b> town. <a href="https://example.org/r">Report</a></p><p>Sources: A wire</p>' }
		};
		const { event } = importEvent({ where: 'events[0]', slide }, 0, context());
		expect(event).toMatchObject({
			id: 'baghouz-falls',
			date: '2019-03',
			title: 'Baghouz falls',
			body: ['The last town. [Report](https://example.org/r)'],
			sources: ['a-wire', 'report']
		});
	});

	it('takes its era, and cites nothing when the slide cites nothing: no source is made up, and the report says so', () => {
		const eras = importEras(
			[{ where: 'eras[0]', slide: { text: { headline: 'The war' }, start_date: { year: 2014 }, end_date: { year: 2019 } } }],
			new Notes()
		);
		const ctx = context(eras);
		const { event } = importEvent({ where: 'events[0]', slide: { start_date: { year: 2015 }, text: { headline: 'A year' } } }, 0, ctx);
		expect(event.visual).toEqual({ kind: 'timeline', era: 'the-war' });
		expect(event.sources).toEqual([]);
		expect(ctx.sources.list()).toEqual([]);
		expect(ctx.notes.list).toContainEqual(
			expect.objectContaining({ where: 'events[0] ("A year")', field: 'sources', reason: expect.stringMatching(/^no source given/) })
		);
	});

	it('gives a slide with no text its headline as the text, and one with no headline its first words as the title', () => {
		const ctx = context();
		const a = importEvent({ where: 'events[0]', slide: { start_date: { year: 2015 }, text: { headline: 'Only a headline' } } }, 0, ctx);
		const b = importEvent({ where: 'events[1]', slide: { start_date: { year: 2016 }, text: { text: '<p>Only text</p>' } } }, 1, ctx);
		expect(a.event).toMatchObject({ title: 'Only a headline', body: ['Only a headline'] });
		expect(b.event).toMatchObject({ id: 'event-2', title: 'Only text' });
		expect(ctx.notes.list.map((n) => `${n.where} ${n.field}`)).toEqual([
			'events[0] ("Only a headline") text.text',
			'events[0] ("Only a headline") sources',
			'events[1] text.headline',
			'events[1] sources'
		]);
	});
});
