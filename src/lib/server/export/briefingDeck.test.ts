import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPptx } from '../../../../tests/support/pptx';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { editionLocale } from '../../i18n/editions';
import { AR, AR_SLIDES } from '../../i18n/strings.ar';
import { EN_SLIDES, english } from '../../i18n/strings.en';
import { briefingDeck, type StepPicture } from './briefingDeck';
import { briefingSlides } from './briefingSlides';
import { formatEventDate as dateText } from '../../model/dates';

/** A plain PNG of the given size (one grey), standing in for a step's picture. */
function png(width: number, height: number): Uint8Array {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (b: Buffer) => {
		let c = 0xffffffff;
		for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type), data]);
		const sum = Buffer.alloc(4);
		sum.writeUInt32BE(crc(body));
		return Buffer.concat([len, body, sum]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
	const rows = Buffer.alloc((width + 1) * height, 0x80);
	for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const story = storySchema.parse(testStory());
const pictures = new Map<string, StepPicture>(
	story.events.map((e) => [e.id, { png: png(2400, 1960), width: 2400, height: 1960, alt: `Picture of ${e.title}` }])
);

describe('briefingDeck', async () => {
	const english_ = await readPptx(await briefingDeck(briefingSlides(story, english, EN_SLIDES), pictures));

	it('writes the title slide, one slide per step and the sources, every part declared', () => {
		expect(english_.slides).toHaveLength(story.events.length + 2);
		expect(english_.undeclared).toEqual([]);
	});

	it('puts each step’s date, title, caption and sources in text boxes, its notes in the notes page, its picture beside them', () => {
		for (const [i, event] of story.events.entries()) {
			const slide = english_.slides[i + 1];
			expect(slide.texts).toContain(event.title);
			expect(slide.texts).toContain(event.body[0]);
			expect(slide.texts[0]).toBe(dateText(event).toUpperCase());
			expect(slide.texts.some((t) => t.startsWith('Source:'))).toBe(true);
			expect(slide.notes).toBe(event.notes);
			expect(slide.pictures).toMatchObject([{ width: 2400, height: 1960, alt: `Picture of ${event.title}` }]);
		}
	});

	it('sets the desk’s logo over the title slide’s words, its name the picture’s text; without a logo, the name is a line of text', async () => {
		const themed = storySchema.parse({ ...testStory(), theme: { name: 'The Daily Example' } });
		const named = await readPptx(await briefingDeck(briefingSlides(themed, english, EN_SLIDES), pictures));
		expect(named.slides[0].texts[0]).toBe('The Daily Example');
		expect(named.slides[0].pictures).toEqual([]);
		const logo = { png: png(480, 80), width: 240, height: 40, alt: 'The Daily Example' };
		const drawn = await readPptx(await briefingDeck(briefingSlides(themed, english, EN_SLIDES), pictures, logo));
		expect(drawn.slides[0].pictures).toMatchObject([{ width: 480, height: 80, alt: 'The Daily Example' }]);
		expect(drawn.slides[0].texts).not.toContain('The Daily Example');
	});

	it('dates the document with the dataset’s updated date and names its author', () => {
		expect(english_.core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-01T00:00:00Z</dcterms:modified>');
		expect(english_.core).toContain('<dc:creator>a tester</dc:creator>');
		expect(english_.core).toContain('<dc:title>Test story</dc:title>');
	});

	it('names the story’s typefaces, the serif marked as a serif for a laptop that lacks it', () => {
		const step = english_.slides[1].xml;
		expect(step).toContain('typeface="Source Serif 4" pitchFamily="18"');
		expect(step).toContain('typeface="Source Sans 3" pitchFamily="34"');
	});

	it('mirrors an Arabic deck: right-to-left paragraphs, the picture on the right, Arabic language tags', async () => {
		const arabic = await readPptx(await briefingDeck(briefingSlides(story, editionLocale('ar', AR), AR_SLIDES), pictures));
		const step = arabic.slides[1];
		expect(step.rtlParagraphs).toBeGreaterThanOrEqual(4);
		expect(step.xml).toContain('lang="ar-IQ"');
		expect(step.xml).toContain('algn="r"');
		// The picture's offset (EMU) is past the middle of the slide.
		const x = Number(/<p:pic>[\s\S]*?<a:off x="(\d+)"/.exec(step.xml)![1]);
		expect(x).toBeGreaterThan((13.333 * 914400) / 4);
	});
});
