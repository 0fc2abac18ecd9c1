import { describe, expect, it } from 'vitest';
import { validateStory } from '../data/validateTimeline';
import { importTimeline, readTimelineJSON } from './fromTimelineJS';
import { mergeImport } from './merge';

const options = { file: 'sheet.json', today: '2026-12-05' };
const importOf = (data: unknown) => importTimeline(readTimelineJSON(JSON.stringify(data), 'sheet.json'), options);
const slide = (headline: string, year: number, text: string, more: object = {}) => ({
	start_date: { year },
	text: { headline, text: `<p>${text}</p>` },
	...more
});

/** A sheet, imported; then the desk's work on the story; then the sheet edited and imported again with --merge. */
function scenario() {
	const sheet = {
		title: { text: { headline: 'The story', text: '<p>The dek.</p><p>By A</p>' } },
		events: [
			slide('Kept', 2019, 'As it was.', { unique_id: 'kept' }),
			slide('Edited in the sheet', 2020, 'Old words.', { unique_id: 'sheet-edit' }),
			slide('Edited in the story', 2021, 'The sheet’s words.', { unique_id: 'story-edit' }),
			slide('Dropped', 2022, 'Soon gone.', { unique_id: 'dropped' })
		]
	};
	const first = importOf(sheet);
	const story = structuredClone(first.story) as { events: Record<string, unknown>[] } & Record<string, unknown>;
	// The desk's work: a map chosen, notes written, a sentence corrected in the story itself.
	Object.assign(story, { places: [{ id: 'mosul', name: 'Mosul', kind: 'city', country: 'Iraq', lon: 43.1, lat: 36.3 }] });
	story.events[1].visual = { kind: 'map', focus: ['mosul'] };
	story.events[1].notes = 'The desk’s notes.';
	story.events[2].body = ['The story’s corrected words.'];
	// The sheet, a week later: one slide rewritten, one dropped, one added.
	sheet.events[1] = slide('Edited in the sheet', 2020, 'New words.', { unique_id: 'sheet-edit' });
	sheet.events.splice(3, 1);
	sheet.events.push(slide('Added', 2023, 'A new step.', { unique_id: 'added' }));
	return { merged: mergeImport(story, first.kept, importOf(sheet)), sheet };
}

describe('mergeImport', () => {
	const { merged, sheet } = scenario();
	const byId = (id: string) => (merged.story.events as Record<string, unknown>[]).find((e) => e.id === id)!;

	it('takes the sheet’s new words for a slide edited there, and keeps the story’s visual and notes', () => {
		expect(byId('sheet-edit')).toMatchObject({ body: ['New words.'], visual: { kind: 'map', focus: ['mosul'] }, notes: 'The desk’s notes.' });
		expect(merged.report.updated).toEqual(['sheet-edit']);
	});

	it('never puts the sheet’s picture in place of a visual the desk chose', () => {
		const first = importOf({ events: [slide('A', 2019, 'Words.', { unique_id: 'a' })] });
		const story = structuredClone(first.story) as { events: Record<string, unknown>[] } & Record<string, unknown>;
		Object.assign(story, { places: [{ id: 'mosul', name: 'Mosul', kind: 'city', country: 'Iraq', lon: 43.1, lat: 36.3 }] });
		story.events[0].visual = { kind: 'map', focus: ['mosul'] };
		const pictured = importTimeline(
			readTimelineJSON(
				JSON.stringify({ events: [slide('A', 2019, 'Words.', { unique_id: 'a', media: { url: 'photos/a.jpg', credit: 'C', alt: 'Alt' } })] }),
				'sheet.json'
			),
			{
				...options,
				findFile: (url) => ({ src: url })
			}
		);
		expect(pictured.story.events).toMatchObject([{ visual: { kind: 'photo' } }]);
		const merged = mergeImport(story, first.kept, pictured);
		expect((merged.story.events as Record<string, unknown>[])[0].visual).toEqual({ kind: 'map', focus: ['mosul'] });
		// Where the story still shows the import's time axis, the picture comes in.
		expect((mergeImport(first.story, first.kept, pictured).story.events as Record<string, unknown>[])[0].visual).toMatchObject({
			kind: 'photo',
			src: 'photos/a.jpg'
		});
	});

	it('keeps a correction made in the story where the sheet has not changed the slide', () => {
		expect(byId('story-edit')).toMatchObject({ body: ['The story’s corrected words.'] });
		expect(merged.report.keptEdits).toEqual(['story-edit']);
	});

	it('adds the new slide, reports the dropped one and keeps it, and stays a valid story in date order', () => {
		expect(merged.report.added).toEqual(['added']);
		expect(merged.report.gone).toEqual(['dropped']);
		expect((merged.story.events as { id: string }[]).map((e) => e.id)).toEqual(['kept', 'sheet-edit', 'story-edit', 'dropped', 'added']);
		const result = validateStory(merged.story, 'story.json');
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('remembers the sheet as now imported, so the next merge changes nothing', () => {
		// The same sheet, imported again.
		const again = mergeImport(merged.story, merged.kept, importOf(sheet));
		expect(again.story).toEqual(merged.story);
		expect(again.report).toMatchObject({ updated: [], added: [], gone: ['dropped'] });
	});
});
