/**
 * TimelineJS text is HTML; our dataset is plain paragraphs, and markup in data stays text. This turns
 * a TimelineJS text into paragraphs of plain text and the links in it, with nothing of the markup
 * left: block elements and blank lines end paragraphs, tags are dropped, entities decoded. Link
 * targets (HTML's, and Markdown's `[label](https://…)`) are returned separately (the import cites them as sources), never kept as HTML.
 */

import { isWebAddress, linkText, WEB_ADDRESS } from '../../model/links';

export interface Link {
	href: string;
	/** The link's own text, as plain text. */
	label: string;
}

export interface PlainText {
	paragraphs: string[];
	links: Link[];
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	eacute: 'é',
	copy: '©'
};

/** Decodes named and numeric character references; an unknown name is left as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|figure|figcaption|table|tr)\b[^>]*>/gi;
/** Tags inside a word or sentence, dropped without a space: `<b>bold</b>.` reads "bold.". */
const INLINE = /<\/?(?:a|b|i|em|strong|span|small|sup|sub|u|mark|abbr|cite|q|code|font)\b[^>]*>/gi;
const attr = (tag: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** Plain text of an HTML fragment on one line: tags dropped, entities decoded, spaces collapsed. */
export function plainLine(html: string): string {
	return decodeEntities(html.replace(INLINE, '').replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/** Markdown's `[label](address)`, spaces allowed inside its parentheses as people type them. */
const MARKDOWN_LINK = new RegExp(String.raw`\[([^[\]]+)\]\(\s*(${WEB_ADDRESS})\s*\)`, 'gi');

/**
 * `inline`: each link to a web address also stays in the sentence, written as the story writes links
 * (`[label](https://…)`, model/links.ts), so the page shows it as a link; otherwise only its words.
 */
export function htmlToText(html: string, { inline = false }: { inline?: boolean } = {}): PlainText {
	const links: Link[] = [];
	const withoutScripts = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
	// The words of a link in the sentence, and with `inline` its address (brackets in its words dropped).
	const inSentence = (label: string, href: string) => (inline && isWebAddress(href) ? linkText(label, href) : label);
	// Links: the target is kept aside, the label stays in the sentence. Markdown's `[label](address)`,
	// which TimelineJS's Google Sheets template invites, is a link too.
	const linked = withoutScripts
		.replace(MARKDOWN_LINK, (_, label: string, href: string) => {
			links.push({ href, label: plainLine(label) });
			return inSentence(label, href);
		})
		.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_, attrs: string, inner: string) => {
			const href = attr(attrs, 'href');
			const label = plainLine(inner);
			if (!href) return inner;
			const target = decodeEntities(href).trim();
			links.push({ href: target, label });
			return inSentence(inner, target);
		});
	const paragraphs = linked
		.replace(BLOCK, '\n\n')
		.replace(/(?:<br\s*\/?>\s*){2,}/gi, '\n\n')
		.replace(/<br\s*\/?>/gi, ' ')
		.split(/\n\s*\n/)
		.map(plainLine)
		.filter((p) => p.length > 0);
	return { paragraphs, links };
}
