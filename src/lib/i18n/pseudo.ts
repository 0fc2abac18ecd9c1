/**
 * Pseudo-locales: the English made to look like a translation, for the tests (docs/translation.md).
 * Nobody writes them: a pseudo edition's interface words are the English strings transformed
 * (`pseudoStrings`), its story is the English story transformed (src/lib/server/pseudoOverlay.ts),
 * and its dates and lists go through the same transform. So every text it shows that did not come
 * through the translation machinery (a word typed into a component, a sentence glued together from
 * pieces) stands out as plain English, and its lengths and direction try the layout as a real
 * translation would.
 *
 * - `accented` (`en-XA`): every letter that has one takes an accent (Latin-1 only, so the story's
 *   Latin faces still draw it), the text is 40% longer (letters doubled through it, so words grow as
 *   German's do, rather than a tail added that could wrap away), and it is bracketed, so a truncated
 *   end or a sentence made of two pieces shows: "[Šţéép {n} öƒƒ {count}]" → "[Šţééþ 3 öƒƒ 18]".
 * - `rtl` (`ar-XB`): the English in a right-to-left page, each run of words forced right to left
 *   (U+202E … U+202C), so it reads mirrored as Chromium's own `ar-XB` does.
 *
 * Placeholders (`{n}`) are left as they are, and in `rtl` outside the marks, so a number put into
 * a sentence is not turned round.
 */

export type PseudoKind = 'accented' | 'rtl';

/** Accented letters, from Latin-1 (U+00C0–U+00FF): the story's faces keep that whole block. */
const ACCENTS: Record<string, string> = {
	a: 'å',
	c: 'ç',
	d: 'ð',
	e: 'é',
	i: 'î',
	n: 'ñ',
	o: 'ö',
	u: 'ü',
	y: 'ý',
	A: 'Å',
	C: 'Ç',
	D: 'Ð',
	E: 'É',
	I: 'Î',
	N: 'Ñ',
	O: 'Ö',
	U: 'Ü',
	Y: 'Ý'
};

/** How much longer the accented pseudo-locale's texts are than the English (brackets included). */
export const EXPANSION = 0.4;

/** Right-to-left override and the mark that ends it. */
export const RLO = '\u202E';
export const PDF = '\u202C';

const SLOT = /(\{\w+\})/;
const LETTER = /\p{L}/u;

/** Every character a pseudo-locale adds to a text, for the story's faces (src/lib/server/storyFaces.ts). */
export const PSEUDO_CHARACTERS = `${Object.values(ACCENTS).join('')}[]${RLO}${PDF}`;

/** A text (a template's placeholders kept) in the pseudo-locale. */
export function pseudoText(text: string, kind: PseudoKind): string {
	return kind === 'accented' ? accented(text) : rightToLeft(text);
}

function accented(text: string): string {
	const lead = /^\s*/.exec(text)![0];
	const trail = /\s*$/.exec(text.slice(lead.length))![0];
	const body = text.slice(lead.length, text.length - trail.length);
	// (Nothing to translate: punctuation, a list's comma, a number.)
	if (!LETTER.test(body) && !SLOT.test(body)) return text;
	const parts = body.split(SLOT);
	const words = parts.filter((p, i) => i % 2 === 0);
	const length = words.join('').length;
	const letters = [...words.join('')].filter((c) => LETTER.test(c)).length;
	// Doubled letters make up the 40%, the brackets counted in it.
	const extra = Math.max(0, Math.ceil(length * (1 + EXPANSION)) - length - 2);
	let k = 0;
	const grow = (c: string) => {
		const accentedChar = ACCENTS[c] ?? c;
		if (!LETTER.test(c) || !letters) return accentedChar;
		const copies = 1 + Math.floor(((k + 1) * extra) / letters) - Math.floor((k * extra) / letters);
		k++;
		return accentedChar.repeat(copies);
	};
	const out = parts.map((p, i) => (i % 2 ? p : [...p].map(grow).join(''))).join('');
	return `${lead}[${out}]${trail}`;
}

function rightToLeft(text: string): string {
	return text
		.split(SLOT)
		.map((p, i) => {
			if (i % 2 || !LETTER.test(p)) return p;
			const lead = /^\s*/.exec(p)![0];
			const trail = /\s*$/.exec(p.slice(lead.length))![0];
			return `${lead}${RLO}${p.slice(lead.length, p.length - trail.length)}${PDF}${trail}`;
		})
		.join('');
}

/** Whether a text is the pseudo-locale's (for the tests' walk, and to tell a text the pseudo-locale did not reach). */
export function isPseudo(text: string, kind: PseudoKind): boolean {
	return kind === 'accented' ? /[\u00C0-\u00FF[\]]/.test(text) : text.includes(RLO);
}

/**
 * A table of words (the interface's strings) in the pseudo-locale: every string in it, however deep,
 * transformed; its shape, and so its type, the same.
 */
export function pseudoStrings<T>(words: T, kind: PseudoKind): T {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return pseudoText(value, kind);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
		return value;
	};
	return walk(words) as T;
}
