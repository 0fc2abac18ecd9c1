import { describe, expect, it } from 'vitest';
import { Notes } from './basics';
import { slideMedia } from './media';
import { ImportedSources } from './sources';

function run(media: unknown, findFile = (url: string) => (url === 'photos/camp.jpg' ? { src: url } : null)) {
	const notes = new Notes();
	const sources = new ImportedSources(notes);
	const result = slideMedia(media, { where: 'events[0]', headline: 'The camp', sources, notes, findFile });
	return { ...result, sources: sources.list(), notes: notes.list.map((n) => `${n.field}: ${n.reason}`) };
}

describe('slideMedia', () => {
	it('makes a remote medium (protocol-relative too) a link step that opens it, named by its title or caption, and cites nothing', () => {
		const { visual, cited, sources, notes } = run({ url: '//example.org/video', caption: 'A video', credit: 'Agency' });
		expect(visual).toEqual({ kind: 'link', url: 'https://example.org/video', title: 'A video', credit: 'Agency' });
		expect(cited).toEqual([]);
		expect(sources).toEqual([]);
		expect(notes).toEqual(['media.url: a medium elsewhere: drawn as a card that opens it in a new tab (nothing is loaded from it before the reader clicks)']);
		const titled = run({ url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8', title: 'The launch', caption: 'Filmed from the tower' });
		expect(titled.visual).toEqual({ kind: 'link', url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8', title: 'The launch', caption: 'Filmed from the tower' });
	});

	it('names a remote medium with no title or caption by the slide’s headline, and says so', () => {
		const { visual, notes } = run({ url: 'https://video.example.org/clip' });
		expect(visual).toMatchObject({ kind: 'link', title: 'The camp' });
		expect(notes).toContain('media.title: "https://video.example.org/clip": no title or caption, so the headline names the link; write what it opens');
	});

	it('takes a link card’s still only from next to the dataset: a remote thumbnail is not fetched', () => {
		const local = run({ url: 'https://vimeo.com/1', title: 'x', thumbnail: 'photos/camp.jpg' });
		expect(local.visual).toMatchObject({ poster: 'photos/camp.jpg' });
		const remote = run({ url: 'https://vimeo.com/1', title: 'x', thumbnail: 'https://i.vimeocdn.com/x.jpg' });
		expect(remote.visual).not.toHaveProperty('poster');
		expect(remote.notes).toContain('media.thumbnail: not carried: a picture from another site would be a request to it');
	});

	it('makes a local video a video step and a local sound file an audio step, each with its credit, and notes the captions they lack', () => {
		const files = (url: string) => ({ src: url });
		const video = run({ url: 'media/launch.mp4', credit: 'NASA', caption: 'Lift-off' }, files);
		expect(video.visual).toEqual({ kind: 'video', src: 'media/launch.mp4', alt: 'Lift-off', credit: 'NASA', caption: 'Lift-off' });
		expect(video.notes).toContainEqual(expect.stringMatching(/^visual\.captions: "media\/launch\.mp4": no captions/));
		const audio = run({ url: 'audio/speech.mp3', credit: 'NASA', title: 'The speech' }, files);
		expect(audio.visual).toEqual({ kind: 'audio', src: 'audio/speech.mp3', title: 'The speech', credit: 'NASA' });
	});

	it('makes a local picture with alt text and a credit a photo step: the credit is the picture’s, not a source of the step', () => {
		const { visual: photo, cited, sources, notes } = run({ url: 'photos/camp.jpg', alt: 'Tents', credit: 'Photo: A. Reporter', caption: 'Al-Hol' });
		expect(photo).toEqual({ kind: 'photo', src: 'photos/camp.jpg', alt: 'Tents', credit: 'Photo: A. Reporter', caption: 'Al-Hol' });
		expect(cited).toEqual([]);
		expect(sources).toEqual([]);
		expect(notes).toEqual([]);
	});

	it('takes a picture’s alt text from its caption, else the slide’s headline, and says so per picture', () => {
		const captioned = run({ url: 'photos/camp.jpg', credit: 'EC Audiovisual Service', caption: 'The camp in 2019' });
		expect(captioned.visual).toMatchObject({ alt: 'The camp in 2019', credit: 'EC Audiovisual Service', caption: 'The camp in 2019' });
		expect(captioned.notes).toEqual(['media.alt: "photos/camp.jpg": no alt text, so its caption stands as the alt text; write what the picture shows']);
		const bare = run({ url: 'photos/camp.jpg', credit: 'EC Audiovisual Service' });
		expect(bare.visual).toMatchObject({ alt: 'The camp' });
		expect(bare.notes).toEqual(['media.alt: "photos/camp.jpg": no alt text, so its headline stands as the alt text; write what the picture shows']);
	});

	it.each([
		[{ url: 'photos/gone.jpg', alt: 'x', credit: 'y' }, 'no such file next to the imported file or the dataset'],
		[{ url: 'photos/camp.jpg', alt: 'x' }, 'a photo step needs a credit'],
		[{ url: 'audio/interview.mp3', alt: 'x', credit: 'y' }, '"audio/interview.mp3" not carried: no such file'],
		[{ url: 'files/report.pdf', credit: 'y' }, 'not a picture, video or sound file (pdf)']
	])('shows no medium it cannot show properly (%j), and says why', (media, why) => {
		const { visual, notes } = run(media);
		expect(visual).toBeNull();
		expect(notes.join('\n')).toContain(why);
	});

	it('shows no picture with nothing to describe it: no alt text, caption or headline', () => {
		const notes = new Notes();
		const media = { url: 'photos/camp.jpg', credit: 'y' };
		const result = slideMedia(media, {
			where: 'events[0]',
			headline: '',
			sources: new ImportedSources(notes),
			notes,
			findFile: (url) => ({ src: url })
		});
		expect(result.visual).toBeNull();
		expect(notes.list.map((n) => n.reason).join('\n')).toContain('a photo step needs alt text');
	});

	it('shows a remote picture as a link to it, its credit the card’s, never a source', () => {
		const { visual, cited, sources } = run({ url: 'https://example.org/p.jpg', caption: 'A photo', credit: 'Agency photo' });
		expect(visual).toEqual({ kind: 'link', url: 'https://example.org/p.jpg', title: 'A photo', credit: 'Agency photo' });
		expect(cited).toEqual([]);
		expect(sources).toEqual([]);
	});

	it('folds an embed’s words into the text and cites its addresses', () => {
		const { paragraphs, cited, notes } = run({ url: '<blockquote>Words <a href="https://example.org/post">from a post</a></blockquote>' });
		expect(paragraphs).toEqual(['Words from a post']);
		expect(cited).toEqual(['from-a-post']);
		expect(notes[0]).toMatch(/^media.url: an embed/);
	});

	it('notes every field it leaves behind', () => {
		const { notes } = run({ caption: 'Alone', thumbnail: 't.jpg', link: 'https://example.org', zoom: 2 });
		expect(notes.map((n) => n.split(':')[0])).toEqual(['media.zoom', 'media.caption', 'media.thumbnail', 'media.link']);
	});
});
