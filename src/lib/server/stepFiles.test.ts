import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { validateStory } from './data/validateTimeline';
import { mp4Size, readStepFiles, storyFiles } from './stepFiles';

// A dataset "next to" the fixture picture tests/fixtures/timelinejs/photos/test-picture.png (600×400).
const datasetPath = resolve('tests/fixtures/timelinejs/story.json');
const withPhoto = (src: string) => {
	const raw = testStory();
	raw.events[1] = { ...raw.events[1], visual: { kind: 'photo', src, alt: 'A red circle', credit: 'Generated for the tests' } } as never;
	return raw;
};

describe('photo steps', () => {
	it('take their width and height from the picture next to the dataset', () => {
		const result = readStepFiles(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath, 'story.json');
		expect(result.ok && result.story.events[1].visual).toMatchObject({ kind: 'photo', src: 'photos/test-picture.png', width: 600, height: 400 });
		expect(storyFiles(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath)).toEqual([
			{ src: 'photos/test-picture.png', path: resolve('tests/fixtures/timelinejs/photos/test-picture.png'), folder: 'pictures' }
		]);
	});

	it('carry the picture inside the story for the offline file', () => {
		const result = readStepFiles(storySchema.parse(withPhoto('photos/test-picture.png')), datasetPath, 'story.json', true);
		const v = result.ok ? result.story.events[1].visual : null;
		expect(v?.kind === 'photo' && v.src).toMatch(/^data:image\/png;base64,iVBOR/);
	});

	it('name the event and field of a missing or unreadable picture', () => {
		const missing = readStepFiles(storySchema.parse(withPhoto('photos/nowhere.jpg')), datasetPath, 'story.json');
		expect(missing.ok ? [] : missing.errors).toEqual([
			{
				file: 'story.json',
				where: 'event "second" (events[1])',
				field: 'visual.src',
				message: 'no picture at tests/fixtures/timelinejs/photos/nowhere.jpg: put the file there, next to the dataset'
			}
		]);
		const notPicture = readStepFiles(storySchema.parse(withPhoto('sheet.csv.png')), resolve('tests/fixtures/timelinejs/x.json'), 'x.json');
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

// The starter's placeholder files (src/lib/server/starter/): a 640×360 MP4, its poster, an MP3 and captions.
const starterPath = resolve('src/lib/server/starter/story.json');
const withVisual = (visual: object) => {
	const raw = testStory();
	raw.events[1] = { ...raw.events[1], visual } as never;
	return storySchema.parse(raw);
};

describe('video, audio and link steps', () => {
	const video = { kind: 'video', src: 'placeholder.mp4', alt: 'A test card', credit: 'Generated' };

	it('take a video’s shape from its poster, else from the MP4 itself, and read its captions into cues', () => {
		const bare = readStepFiles(withVisual(video), starterPath, 'story.json');
		expect(bare.ok && bare.story.events[1].visual).toMatchObject({ width: 640, height: 360 });
		expect(mp4Size(readFileSync('src/lib/server/starter/placeholder.mp4'))).toEqual({ width: 640, height: 360 });
		const full = readStepFiles(withVisual({ ...video, poster: 'placeholder.png', captions: 'placeholder.vtt' }), starterPath, 'story.json');
		const v = full.ok ? full.story.events[1].visual : null;
		// The poster (placeholder.png) is not 16:9: the step takes the poster's shape, which is what shows first.
		expect(v).toMatchObject({ width: imageSize(readFileSync('src/lib/server/starter/placeholder.png')).width });
		expect(v?.kind === 'video' && v.cues).toEqual([
			{ start: 0, end: 2, text: '[Captions: what is said in the first seconds]' },
			{ start: 2, end: 4, text: '[Captions: and next, line by line]' }
		]);
	});

	it('publish pictures under pictures/ and video, sound and captions under media/', () => {
		const story = withVisual({ ...video, poster: 'placeholder-poster.jpg', captions: 'placeholder.vtt' });
		expect(storyFiles(story, starterPath).map((f) => `${f.folder}/${f.src}`)).toEqual([
			'pictures/placeholder-poster.jpg',
			'media/placeholder.mp4',
			'media/placeholder.vtt'
		]);
	});

	it('carry their files inside the story for the offline file', () => {
		const result = readStepFiles(
			withVisual({ kind: 'audio', src: 'placeholder.mp3', captions: 'placeholder.vtt', title: 'A tone', credit: 'Generated' }),
			starterPath,
			'story.json',
			true
		);
		const v = result.ok ? result.story.events[1].visual : null;
		expect(v?.kind === 'audio' && v.src).toMatch(/^data:audio\/mpeg;base64,/);
		expect(v?.kind === 'audio' && v.captions).toMatch(/^data:text\/vtt;base64,/);
	});

	it('name the event and field of a missing file or unreadable captions', () => {
		const result = readStepFiles(withVisual({ ...video, src: 'nowhere.mp4', captions: 'placeholder.mp3.vtt' }), starterPath, 'story.json');
		expect(result.ok ? [] : result.errors.map((e) => `${e.where} › ${e.field}: ${e.message}`)).toEqual([
			'event "second" (events[1]) › visual.src: no file at src/lib/server/starter/nowhere.mp4: put the file there, next to the dataset',
			'event "second" (events[1]) › visual.captions: no file at src/lib/server/starter/placeholder.mp3.vtt: put the file there, next to the dataset'
		]);
	});

	it('refuse a video from another origin, and a link that is not a web address', () => {
		const raw = testStory();
		const second = raw.events[1];
		raw.events[1] = { ...second, visual: { ...video, src: 'https://example.org/a.mp4' } } as never;
		const remote = validateStory(raw, 'story.json');
		expect(remote.ok ? [] : remote.errors.map((e) => e.field)).toContain('visual.src');
		raw.events[1] = { ...second, visual: { kind: 'link', url: 'javascript:alert(1)', title: 'x' } } as never;
		const link = validateStory(raw, 'story.json');
		expect(link.ok ? [] : link.errors.map((e) => e.field)).toContain('visual.url');
	});
});

describe('a theme’s logo', () => {
	const withLogo = (logo: string) => storySchema.parse({ ...testStory(), theme: { name: 'The Example Gazette', logo } });
	const fixtures = resolve('tests/fixtures/story.json');

	it('is measured, published under pictures/ and carried inside the offline file', () => {
		const read = readStepFiles(withLogo('brand/gazette.svg'), fixtures, 'story.json');
		expect(read.ok && read.story.theme).toMatchObject({ logo: 'brand/gazette.svg', logoWidth: 240, logoHeight: 40 });
		expect(storyFiles(withLogo('brand/gazette.svg'), fixtures)).toContainEqual({
			src: 'brand/gazette.svg',
			path: resolve('tests/fixtures/brand/gazette.svg'),
			folder: 'pictures'
		});
		const inline = readStepFiles(withLogo('brand/gazette.svg'), fixtures, 'story.json', true);
		expect(inline.ok && inline.story.theme?.logo).toMatch(/^data:image\/svg\+xml;base64,/);
	});

	it('names a missing logo, and a logo without the name that is its text', () => {
		const missing = readStepFiles(withLogo('brand/nowhere.svg'), fixtures, 'story.json');
		expect(missing.ok ? [] : missing.errors.map((e) => `${e.where} › ${e.field}`)).toEqual(['story › theme.logo']);
		const unnamed = validateStory({ ...testStory(), theme: { logo: 'brand/gazette.svg' } }, 'story.json');
		expect(unnamed.ok ? [] : unnamed.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
			'theme.logo: needs the publication’s name (theme.name): it is the logo’s text for readers who cannot see it'
		]);
	});
});
