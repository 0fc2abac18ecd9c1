import { describe, expect, it } from 'vitest';
import { Notes } from './basics';
import { slideMedia } from './media';
import { ImportedSources } from './sources';

function run(media: unknown, findPicture = (url: string) => (url === 'photos/camp.jpg' ? { src: url } : null)) {
	const notes = new Notes();
	const sources = new ImportedSources(notes);
	const result = slideMedia(media, { where: 'events[0]', headline: 'The camp', sources, notes, findPicture });
	return { ...result, sources: sources.list(), notes: notes.list.map((n) => `${n.field}: ${n.reason}`) };
}

describe('slideMedia', () => {
	it('names a remote medium with no caption or title by its address’s host, not by words made up for it', () => {
		const { sources } = run({ url: 'https://video.example.org/clip' });
		expect(sources).toEqual([{ id: 'video-example-org', title: 'video.example.org', kind: 'reporting', url: 'https://video.example.org/clip' }]);
	});

	it('cites a remote medium (protocol-relative too) instead of loading it', () => {
		const { photo, cited, sources, notes } = run({ url: '//example.org/video', caption: 'A video' });
		expect(photo).toBeNull();
		expect(cited).toEqual(['a-video']);
		expect(sources[0]).toMatchObject({ title: 'A video', url: 'https://example.org/video' });
		expect(notes).toEqual(['media.url: a web address: cited as a source, not shown (the story asks no other origin for anything)']);
	});

	it('makes a local picture with alt text and a credit a photo step: the credit is the picture’s, not a source of the step', () => {
		const { photo, cited, sources, notes } = run({ url: 'photos/camp.jpg', alt: 'Tents', credit: 'Photo: A. Reporter', caption: 'Al-Hol' });
		expect(photo).toEqual({ kind: 'photo', src: 'photos/camp.jpg', alt: 'Tents', credit: 'Photo: A. Reporter', caption: 'Al-Hol' });
		expect(cited).toEqual([]);
		expect(sources).toEqual([]);
		expect(notes).toEqual([]);
	});

	it('takes a picture’s alt text from its caption, else the slide’s headline, and says so per picture', () => {
		const captioned = run({ url: 'photos/camp.jpg', credit: 'EC Audiovisual Service', caption: 'The camp in 2019' });
		expect(captioned.photo).toMatchObject({ alt: 'The camp in 2019', credit: 'EC Audiovisual Service', caption: 'The camp in 2019' });
		expect(captioned.notes).toEqual(['media.alt: "photos/camp.jpg": no alt text, so its caption stands as the alt text; write what the picture shows']);
		const bare = run({ url: 'photos/camp.jpg', credit: 'EC Audiovisual Service' });
		expect(bare.photo).toMatchObject({ alt: 'The camp' });
		expect(bare.notes).toEqual(['media.alt: "photos/camp.jpg": no alt text, so its headline stands as the alt text; write what the picture shows']);
	});

	it.each([
		[{ url: 'photos/gone.jpg', alt: 'x', credit: 'y' }, 'no such picture next to the imported file or the dataset'],
		[{ url: 'photos/camp.jpg', alt: 'x' }, 'a photo step needs a credit'],
		[{ url: 'audio/interview.mp3', alt: 'x', credit: 'y' }, '"audio/interview.mp3" not carried: not a picture (mp3)'],
		[{ url: 'files/report.pdf', credit: 'y' }, 'not a picture (pdf)']
	])('shows no picture it cannot show properly (%j), and says why', (media, why) => {
		const { photo, notes } = run(media);
		expect(photo).toBeNull();
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
			findPicture: (url) => ({ src: url })
		});
		expect(result.photo).toBeNull();
		expect(notes.list.map((n) => n.reason).join('\n')).toContain('a photo step needs alt text');
	});

	it('cites no credit: a remote picture’s credit is noted as not carried', () => {
		const { cited, sources, notes } = run({ url: 'https://example.org/p.jpg', caption: 'A photo', credit: 'Agency photo' });
		expect(cited).toEqual(['a-photo']);
		expect(sources.map((s) => s.title)).toEqual(['A photo']);
		expect(notes).toContain('media.credit: not carried: a credit is its picture’s, and no picture is shown');
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
