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

describe('the TimelineJS template’s own title slide, left in a sheet', () => {
	it('is not carried: the title, dek and byline are placeholders, and the report says why', () => {
		const notes = new Notes();
		// The template's title row, as the TimelineJS3 repository's women_in_computing.csv has it.
		const slide = {
			where: 'title',
			slide: {
				text: {
					headline: 'Women in Computing',
					text: '<p class="lead">In this sample timeline, we’ll walk you through what TimelineJS can do by looking at some of the more important contributions women have made to computer science.</p>'
				}
			}
		};
		expect(titleSlide(slide, 'sheet.csv', notes)).toEqual({
			title: '[Headline: the story in a line]',
			dek: '[Dek: the story in a sentence, under the headline]',
			byline: '[Byline: who made this story]',
			credits: []
		});
		expect(notes.list.map((n) => n.reason)).toEqual([expect.stringContaining('the TimelineJS template’s sample title slide')]);
	});
});
