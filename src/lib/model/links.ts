/**
 * Links in a story's text. The dataset's text is plain text, never markup; the one thing it may
 * hold besides words is a link, written as Markdown writes one, `[label](https://…)`: a web address
 * (http or https) with the words that name it. Anything else in brackets is text, as written (a
 * `[label](javascript:…)` stays those characters). The import writes its links so
 * (TimelineJS's HTML links, and Markdown's from its Google Sheets template), and the export gives
 * them back as HTML links.
 *
 *   textRuns('See [the report](https://example.org/r).') // → [{ text: 'See ' }, { text: 'the report', href: 'https://example.org/r' }, { text: '.' }]
 */

/** One run of a text: words, or words that link to `href`. */
export interface TextRun {
	text: string;
	href?: string;
}

/** A web address a text can link to: no spaces, parentheses at most one level deep (`…/Mosul_(city)`). */
export const WEB_ADDRESS = String.raw`https?:\/\/[^\s()]+(?:\([^\s()]*\)[^\s()]*)*`;

/** `[label](address)`: a label with no brackets in it, and a web address. */
const LINK = new RegExp(String.raw`\[([^[\]]+)\]\((${WEB_ADDRESS})\)`, 'gi');

/** Whether a whole address is one a text can link to. */
export const isWebAddress = (href: string): boolean => new RegExp(`^${WEB_ADDRESS}$`, 'i').test(href);

/** The text as runs, in order: joined, their words are the text as a reader reads it. */
export function textRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let at = 0;
	for (const m of text.matchAll(LINK)) {
		if (m.index > at) runs.push({ text: text.slice(at, m.index) });
		runs.push({ text: m[1], href: m[2] });
		at = m.index + m[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}

/** The text as a reader reads it, its links' words without their addresses (a description, a slide's caption). */
export const plainText = (text: string): string => text.replace(LINK, '$1');

/** A link as the dataset writes it. */
export const linkText = (label: string, href: string): string => `[${label.replace(/[[\]]/g, '')}](${href})`;
