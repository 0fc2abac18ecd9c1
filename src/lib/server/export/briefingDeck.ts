/**
 * The briefing as a PowerPoint file (pptxgenjs): 16:9 slides in the story's colours, each step's
 * picture beside its date, title, caption and sources as editable text boxes (mirrored for a
 * right-to-left language: picture on the right, text right-aligned and `rtl`), speaker notes, and
 * the document's properties. The words come from briefingSlides.ts; the pictures from the deck
 * itself (scripts/pptx.ts). Node only.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Briefing, SourcesSlide, StepSlide, TitleSlide } from './briefingSlides';

/** A step's picture: PNG bytes, its pixel size, and its text alternative. */
export interface StepPicture {
	png: Uint8Array;
	width: number;
	height: number;
	alt: string;
}

// The wide 16:9 layout, in inches.
const W = 13.333;
const H = 7.5;
const M = 0.45;
const GAP = 0.4;
/** The picture's widest share of the slide: the rest is the text column. */
const PICTURE_MAX_W = 8.3;

type Text = PptxGenJS.TextPropsOptions;

/** A paragraph of a text box: its words, size and look, and the space after it (points). */
type Para = [text: string, pt: number, opts: Text, after: number];

/** The paragraphs as one text box's runs: each its own paragraph, so PowerPoint flows them and an edit pushes the rest down. */
const paragraphs = (paras: Para[]): PptxGenJS.TextProps[] =>
	paras.map(([text, fontSize, options, paraSpaceAfter], i) => ({
		text,
		options: { ...options, fontSize, paraSpaceAfter, breakLine: i < paras.length - 1 }
	}));

/**
 * The PowerPoint file. `logo`: the desk's logo as the page draws it (a PNG, its size in CSS pixels and
 * its text), set over the title slide's words in place of the desk's name.
 */
export async function briefingDeck(
	b: Briefing,
	pictures: Map<string, StepPicture>,
	logo?: { png: Uint8Array; width: number; height: number; alt: string }
): Promise<Uint8Array> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = b.title;
	pptx.subject = b.subject;
	pptx.author = b.author;
	pptx.rtlMode = b.dir === 'rtl';
	pptx.theme = { headFontFace: b.type.serif, bodyFontFace: b.type.sans };

	// The story's palette (its theme's colours over app.css's), as PowerPoint writes colours.
	const [PAPER, INK, MUTED, RULE] = [b.palette.paper, b.palette.ink, b.palette.inkMuted, b.palette.rule].map((c) => c.slice(1).toUpperCase());
	const rtl = b.dir === 'rtl';
	const base: Text = { lang: b.type.officeLang, align: rtl ? 'right' : 'left', rtlMode: rtl, margin: 0, valign: 'top', color: INK };
	const serif: Text = { ...base, fontFace: b.type.serif };
	const sans: Text = { ...base, fontFace: b.type.sans };
	const caps = (text: string) => text.toLocaleUpperCase(b.type.officeLang);

	const titleSlide = (s: TitleSlide) => {
		const slide = pptx.addSlide();
		slide.background = { color: PAPER };
		const x = M + 0.35;
		const w = W - 2 * x;
		const paras: Para[] = [
			...(s.publisher && !logo ? [[s.publisher, 18, { ...serif, bold: true }, 18] as Para] : []),
			...(s.kicker ? [[caps(s.kicker), 15, { ...sans, bold: true, color: MUTED, charSpacing: rtl ? 0 : 1.5 }, 14] as Para] : []),
			[s.title, 44, { ...serif, bold: true }, 16],
			[s.dek, 22, serif, 18],
			...(s.byline ? [[s.byline, 16, { ...sans, bold: true }, 4] as Para] : []),
			[s.asOf, 14, { ...sans, color: MUTED }, 0]
		];
		if (logo) {
			// Half an inch tall, its width from its own shape, at the line's start.
			const h = 0.5;
			const lw = (h * logo.width) / logo.height;
			slide.addImage({ data: `image/png;base64,${Buffer.from(logo.png).toString('base64')}`, x: rtl ? x + w - lw : x, y: 0.45, w: lw, h, altText: logo.alt });
		}
		slide.addText(paragraphs(paras), { ...base, x, y: logo ? 1.1 : 0.6, w, h: H - (logo ? 1.1 : 0.6) - 1.6, valign: 'middle' });
		slide.addShape(pptx.ShapeType.line, { x, y: H - 1.35, w, h: 0, line: { color: RULE, width: 1 } });
		slide.addText(s.credits.join('\n'), { ...sans, x, y: H - 1.2, w, h: 0.8, fontSize: 11, color: MUTED });
		slide.addNotes(s.notes);
	};

	const stepSlide = (s: StepSlide) => {
		const picture = pictures.get(s.id);
		if (!picture) throw new Error(`No picture for step "${s.id}"`);
		const slide = pptx.addSlide();
		slide.background = { color: PAPER };
		const aspect = picture.width / picture.height;
		const picW = Math.min(PICTURE_MAX_W, (H - 2 * M) * aspect);
		const picH = picW / aspect;
		slide.addImage({
			data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`,
			x: rtl ? W - M - picW : M,
			y: (H - picH) / 2,
			w: picW,
			h: picH,
			altText: picture.alt
		});
		const x = rtl ? M : M + picW + GAP;
		const w = W - 2 * M - picW - GAP;
		// The title shrinks a size when it runs long, as the deck's does.
		const titlePt = s.title.length > 60 ? 26 : 30;
		const paras: Para[] = [
			[caps(s.date), 14, { ...sans, bold: true, color: MUTED, charSpacing: rtl ? 0 : 1 }, 8],
			[s.title, titlePt, { ...serif, bold: true }, 12],
			[s.caption, 17, serif, 12],
			[s.sources, 10, { ...sans, color: MUTED }, 0]
		];
		// One box for the column, its text centred top to bottom like the deck's; a link step's medium a link in it.
		const runs = paragraphs(paras);
		if (s.link) {
			runs.at(-1)!.options = { ...runs.at(-1)!.options, breakLine: true };
			runs.push({ text: s.link.text, options: { ...sans, fontSize: 14, paraSpaceBefore: 10, hyperlink: { url: s.link.url, tooltip: s.link.url } } });
		}
		slide.addText(runs, { ...base, x, y: M, w, h: H - 2 * M - 0.4, valign: 'middle' });
		slide.addText(s.position, { ...sans, x, y: H - M - 0.25, w, h: 0.25, fontSize: 10, color: MUTED });
		slide.addNotes(s.notes);
	};

	const sourcesSlide = (s: SourcesSlide) => {
		const slide = pptx.addSlide();
		slide.background = { color: PAPER };
		const x = M + 0.35;
		const w = W - 2 * x;
		slide.addText(s.heading, { ...serif, bold: true, x, y: 0.7, w, h: 0.7, fontSize: 32 });
		const runs: PptxGenJS.TextProps[] = s.sources.flatMap((source) => [
			{ text: source.text, options: { ...sans, fontSize: 15, breakLine: true } },
			...(source.url ? [{ text: source.url, options: { ...sans, fontSize: 12, color: MUTED, hyperlink: { url: source.url }, breakLine: true } }] : []),
			{ text: ' ', options: { ...sans, fontSize: 6, breakLine: true } }
		]);
		slide.addText(runs, { ...sans, x, y: 1.6, w, h: H - 1.6 - M });
	};

	for (const s of b.slides) {
		if (s.kind === 'title') titleSlide(s);
		else if (s.kind === 'step') stepSlide(s);
		else sourcesSlide(s);
	}

	const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return settle(written, b);
}

/**
 * What pptxgenjs cannot be told, set in its output:
 * - the document's dates are the dataset's `updated` (not the moment of export), so the file says
 *   how current its facts are and two exports of one dataset carry the same dates;
 * - the serif face is marked as a serif (pitch family 18, not pptxgenjs's fixed 34, a sans), so a
 *   laptop without it substitutes a serif, not Arial;
 * - Arabic runs are marked with the Arabic character set rather than pptxgenjs's fixed East Asian ones.
 */
async function settle(file: Uint8Array, b: Briefing): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(file);
	const date = `${b.updated}T00:00:00Z`;
	const core = await zip.file('docProps/core.xml')!.async('string');
	zip.file('docProps/core.xml', core.replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, `$1${date}`));
	const serifFace = new RegExp(`(typeface="${b.type.serif}" )pitchFamily="34"`, 'g');
	for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
		let xml = await zip.file(name)!.async('string');
		if (b.type.serif !== b.type.sans) xml = xml.replace(serifFace, '$1pitchFamily="18"');
		if (b.dir === 'rtl') xml = xml.replace(/(<a:(?:cs|latin|ea) typeface="[^"]*" pitchFamily="\d+" charset=)"-?\d+"/g, '$1"-78"');
		zip.file(name, xml);
	}
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
