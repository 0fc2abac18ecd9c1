import { describe, expect, it } from 'vitest';
import { Notes } from './basics';
import { titleSlide } from './titleSlide';

describe('titleSlide', () => {
	it('reads the title, dek, byline and credits from the headline and paragraphs', () => {
		const notes = new Notes();
		const slide = { text: { headline: 'From the camps', text: '<p>The dek.</p><p>By A. Writer</p><p>Maps: B</p><p>Editing: C</p>' } };
		expect(titleSlide({ where: 'title', slide }, 'in/x.json', notes)).toEqual({
			title: 'From the camps',
			dek: 'The dek.',
			byline: 'By A. Writer',
			credits: ['Maps: B', 'Editing: C']
		});
		expect(notes.list).toEqual([]);
	});

	it('falls back on the file name, and says what to write', () => {
		const notes = new Notes();
		expect(titleSlide(undefined, 'sheets/my-timeline.csv', notes)).toEqual({
			title: 'my-timeline',
			dek: 'my-timeline',
			byline: '[Byline: who made this story]',
			credits: []
		});
		expect(notes.list.map((n) => n.reason)).toEqual([
			'no title slide: the file name "my-timeline" is the title',
			'no first paragraph: the title stands as the dek; write a one-sentence summary',
			'no second paragraph: the byline is a placeholder, "[Byline: who made this story]"; write who made it'
		]);
	});
});
