/**
 * The title slide as the story's title, dek (its first paragraph), byline (its second) and credits
 * (the rest); with no title slide, or no headline, the file's name is the title; with no byline, a
 * placeholder the build warns about (never a made-up "Imported from …").
 *
 *   titleSlide({ where: 'title', slide: { text: { headline: 'From the camps', text: '<p>Dek</p><p>By A</p>' } } }, 'x.json', notes)
 *   // → { title: 'From the camps', dek: 'Dek', byline: 'By A', credits: [] }
 */
import { htmlToText, plainLine } from '../html';
import { baseName, obj, str, type NamedSlide, type Notes } from './basics';

/** The byline of a timeline that names no one: a placeholder (model/placeholder.ts), which the build warns about. */
export const BYLINE_PLACEHOLDER = '[Byline: who made this story]';

/**
 * The words of the title slide TimelineJS's Google Sheets template comes with (its sample, "Women in
 * Computing": `src/js/core/__tests__/women_in_computing.csv` and `contrib/` in the TimelineJS3
 * repository), left in a sheet whose events are the desk's own.
 */
const TEMPLATE_TITLE = /^In this sample timeline, we[’']ll walk you through what TimelineJS can do/;

export function titleSlide(input: NamedSlide | undefined, file: string, notes: Notes) {
	if (input && TEMPLATE_TITLE.test(htmlToText(str(obj(obj(input.slide).text).text)).paragraphs[0] ?? '')) {
		// The template's own title slide, never replaced: its words are not the story's.
		notes.add(
			'title',
			'text',
			'the TimelineJS template’s sample title slide (“In this sample timeline…”): not carried; the title, dek and byline are placeholders to write'
		);
		return { title: '[Headline: the story in a line]', dek: '[Dek: the story in a sentence, under the headline]', byline: BYLINE_PLACEHOLDER, credits: [] };
	}
	const slide = input?.slide ?? {};
	const text = htmlToText(str(obj(slide.text).text));
	const fileTitle = baseName(file).replace(/\.[^.]+$/, '');
	const headline = plainLine(str(obj(slide.text).headline));
	const title = headline || fileTitle;
	const [dek, byline, ...credits] = text.paragraphs;
	if (!input) notes.add('title', 'title', `no title slide: the file name "${fileTitle}" is the title`);
	else if (!headline) notes.add('title', 'text.headline', `empty: the file name "${fileTitle}" is the title`);
	if (!dek) notes.add('title', 'text.text', 'no first paragraph: the title stands as the dek; write a one-sentence summary');
	if (!byline) notes.add('title', 'text.text', 'no second paragraph: the byline is a placeholder, "[Byline: who made this story]"; write who made it');
	if (text.links.length) notes.add('title', 'text.text', 'links not carried: a story’s sources are cited by its events');
	if (Object.keys(obj(slide.media)).length) notes.add('title', 'media', 'not carried: the story’s opening picture is its lead graphic');
	if (slide.background !== undefined) notes.add('title', 'background', 'not carried: the story has its own background');
	return { title, dek: dek ?? title, byline: byline ?? BYLINE_PLACEHOLDER, credits };
}
