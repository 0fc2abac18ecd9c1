/**
 * Latin script inside right-to-left text ("Natural Earth", "world-atlas", "JavaScript", the keys
 * "Shift+Space"): each run isolated as English, `<bdi lang="en" dir="ltr">`, when a right-to-left page
 * draws a story's or the interface's text. Isolated, a run keeps its order among the Arabic around it
 * (on its own, the bidirectional algorithm can pull a neighbouring bracket, slash or number to the
 * wrong side), and a screen reader speaks it as English.
 *
 * The story's texts are plain text, never markup: `bidiHtml` escapes every text and adds only its
 * own `<bdi>` elements, so a page can draw it with `{@html}`. A left-to-right page's text comes back
 * escaped and otherwise as it is.
 *
 * A run starts at a Latin letter and goes on through Latin letters, ASCII digits and the marks that
 * join words inside a name or a key (space, no-break space, . - ' ’ + / _ &), ending at a letter or digit: so
 * "Natural Earth (ملكية عامة)" gives "Natural Earth", never "Natural Earth (".
 */
export interface Run {
	text: string;
	/** A run of Latin script. */
	latin: boolean;
}

const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}0-9 \u00A0.'’+/_&-]*[\p{Script=Latin}0-9])?/gu;

/** The text as runs, in order, Latin and not: joined, they are the text. */
export function latinRuns(text: string): Run[] {
	const runs: Run[] = [];
	let at = 0;
	for (const m of text.matchAll(LATIN_RUN)) {
		if (m.index > at) runs.push({ text: text.slice(at, m.index), latin: false });
		runs.push({ text: m[0], latin: true });
		at = m.index + m[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at), latin: false });
	return runs;
}

/** Text made safe inside markup, an attribute's quotes included: `&`, `"` and `<` escaped. */
export const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Text made safe as an element's content. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A text as markup for a page written in `dir`: escaped, and right to left each Latin run isolated as
 * English (`<bdi lang="en" dir="ltr">`). A text that sets its own direction with the override marks
 * (U+202D, U+202E: the tests' right-to-left pseudo-locale, src/lib/i18n/pseudo.ts) is left as it is:
 * isolating its runs would undo them.
 */
export function bidiHtml(text: string, dir: 'ltr' | 'rtl'): string {
	if (dir === 'ltr' || /[\u202D\u202E]/.test(text)) return escape(text);
	return latinRuns(text)
		.map((r) => (r.latin ? `<bdi lang="en" dir="ltr">${escape(r.text)}</bdi>` : escape(r.text)))
		.join('');
}
