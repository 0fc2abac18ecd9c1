/**
 * A PowerPoint file read as what it is, a zip of XML parts, for the tests of `npm run pptx`: its
 * slides in order (the text of every text box, the speaker notes, the pictures and their pixel
 * widths), its document properties, and whether every part is declared in `[Content_Types].xml`.
 */
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { imageSize } from 'image-size';

export interface PptxSlide {
	/** Every paragraph of the slide's editable text boxes (`<a:p>` of a shape, its runs joined). */
	texts: string[];
	notes: string;
	/** Each picture's pixel size, its text alternative, and a digest of its bytes (to tell pictures apart). */
	pictures: { width: number; height: number; alt: string; digest: string }[];
	/** Paragraphs marked right to left. */
	rtlParagraphs: number;
	xml: string;
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]));
const relTarget = (rels: string, id: string) =>
	new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];

export async function readPptx(bytes: Uint8Array): Promise<{ slides: PptxSlide[]; core: string; undeclared: string[]; parts: string[] }> {
	const zip = await JSZip.loadAsync(bytes);
	const text = (name: string) => zip.file(name)!.async('string');
	const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
	const types = await text('[Content_Types].xml');
	const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
	const overrides = new Set([...types.matchAll(/<Override PartName="([^"]+)"/g)].map((m) => m[1].replace(/^\//, '')));
	const undeclared = parts.filter((p) => p !== '[Content_Types].xml' && !overrides.has(p) && !defaults.includes(p.split('.').pop()!.toLowerCase()));

	// Slides in presentation order: presentation.xml lists their relationship ids.
	const presentation = await text('ppt/presentation.xml');
	const presentationRels = await text('ppt/_rels/presentation.xml.rels');
	const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => `ppt/${relTarget(presentationRels, m[1])}`);
	const slides: PptxSlide[] = [];
	for (const name of order) {
		const xml = await text(name);
		const relsName = name.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels');
		const rels = zip.file(relsName) ? await text(relsName) : '';
		const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
			.flatMap((m) => [...m[1].matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runs(p[1]).join('')))
			.filter(Boolean);
		const pictures = [];
		for (const pic of xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)) {
			const id = /r:embed="([^"]+)"/.exec(pic[1])![1];
			const media = relTarget(rels, id)!.replace('../', 'ppt/');
			const bytes = await zip.file(media)!.async('uint8array');
			const size = imageSize(bytes);
			const digest = createHash('sha256').update(bytes).digest('hex');
			pictures.push({ width: size.width, height: size.height, alt: unescape(/descr="([^"]*)"/.exec(pic[1])?.[1] ?? ''), digest });
		}
		const notesTarget = /Target="([^"]*notesSlide\d+\.xml)"/.exec(rels)?.[1];
		const notesXml = notesTarget ? await text(notesTarget.replace('../', 'ppt/')) : '';
		// The notes page's body placeholder holds the notes (the other shapes are the slide image and number).
		const body = [...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].find((m) => /type="body"/.test(m[1]));
		slides.push({ texts: shapes, notes: body ? runs(body[1]).join('') : '', pictures, rtlParagraphs: (xml.match(/rtl="1"/g) ?? []).length, xml });
	}
	return { slides, core: await text('docProps/core.xml'), undeclared, parts };
}
