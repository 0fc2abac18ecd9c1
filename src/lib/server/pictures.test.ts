import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { validateStory } from './data/validateTimeline';
import { measurePictures, storyPictures } from './pictures';

// A dataset "next to" the fixture picture tests/fixtures/timelinejs/photos/test-picture.png (600×400).
const datasetPath = resolve('tests/fixtures/timelinejs/story.json');
const withPhoto = (src: string) => {
	const raw = testStory();
	raw.events[1] = { ...raw.events[1], visual: { kind: 'photo', src, alt: 'A red circle', credit: 'Generated for the tests' } } as never;
	return raw;
};

describe('photo steps', () => {
	it('take their width and height from the picture next to the dataset', () => {
		const result = measurePictures(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath, 'story.json');
		expect(result.ok && result.story.events[1].visual).toMatchObject({ kind: 'photo', src: 'photos/test-picture.png', width: 600, height: 400 });
		expect(storyPictures(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath)).toEqual([
			{ src: 'photos/test-picture.png', path: resolve('tests/fixtures/timelinejs/photos/test-picture.png') }
		]);
	});

	it('carry the picture inside the story for the offline file', () => {
		const result = measurePictures(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath, 'story.json', true);
		const v = result.ok ? result.story.events[1].visual : null;
		expect(v?.kind === 'photo' && v.src).toMatch(/^data:image\/png;base64,iVBOR/);
	});

	it('name the event and field of a missing or unreadable picture', () => {
		const missing = measurePictures(storySchema.parse(withPhoto('photos/nowhere.jpg')), datasetPath, 'story.json');
		expect(missing.ok ? [] : missing.errors).toEqual([
			{
				file: 'story.json',
				where: 'event "second" (events[1])',
				field: 'visual.src',
				message: 'no picture at tests/fixtures/timelinejs/photos/nowhere.jpg: put the file there, next to the dataset'
			}
		]);
		const notPicture = measurePictures(storySchema.parse(withPhoto('sheet.csv.png')), resolve('tests/fixtures/timelinejs/x.json'), 'x.json');
		expect(notPicture.ok).toBe(false);
	});

	it('refuse a picture from another origin or outside the dataset’s folder, and one without alt text', () => {
		for (const src of ['https://example.org/a.jpg', '../secret.png', '/etc/a.png', 'photos/a.bmp']) {
			const result = validateStory(withPhoto(src), 'story.json');
			expect(result.ok ? [] : result.errors.map((e) => e.field)).toContain('visual.src');
		}
		const raw = withPhoto('photos/test-picture.png');
		(raw.events[1].visual as unknown as { alt: string }).alt = '';
		const result = validateStory(raw, 'story.json');
		expect(result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`)).toContainEqual(expect.stringMatching(/^visual\.alt: is empty/));
	});
});
