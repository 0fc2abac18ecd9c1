/**
 * What every step of a TimelineJS import shares: its error, its notes, the loose slide it reads, and
 * small readers of loose values.
 *
 *   const notes = new Notes();
 *   notes.add('events[3] ("Baghouz falls")', 'media.link', 'not carried: a picture is not a link here');
 */

import transliterate from '@sindresorhus/transliterate';

/** Bad input: the message names the slide (`events[3] ("Baghouz falls")`) or the CSV row. */
export class ImportError extends Error {}

/** One thing the import could not carry (or changed), and why. */
export interface ImportNote {
	/** `events[3] ("Baghouz falls")`, `row 5 ("Baghouz falls")`, `title`, `eras[0]`, `story`. */
	where: string;
	field: string;
	reason: string;
}

/** The notes of one import, in the order they were made. */
export class Notes {
	readonly list: ImportNote[] = [];
	add(where: string, field: string, reason: string) {
		this.list.push({ where, field, reason });
	}
}

/** A TimelineJS slide as read from JSON or a sheet row: loose, checked here. */
export type RawSlide = Record<string, unknown>;

/** A slide with the name errors and notes give it: `events[3]` or `row 5`. */
export interface NamedSlide {
	where: string;
	slide: RawSlide;
}

/** A timeline as read from its JSON file or its sheet, before it is imported. */
export interface TimelineInput {
	title?: NamedSlide;
	events: NamedSlide[];
	eras: NamedSlide[];
	scale?: unknown;
}

/** A string, or a number as its string; anything else is empty. */
export const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
/** An object, or an empty one. */
export const obj = (v: unknown): RawSlide => (v && typeof v === 'object' && !Array.isArray(v) ? (v as RawSlide) : {});
/** A long value shortened for the report. */
export const shorten = (text: string, max = 72) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** The imported file's name without its folder. */
export const baseName = (file: string) => file.replace(/^.*[\\/]/, '');

/**
 * A kebab-case id from any text: "Baghouz Falls (2019)" → "baghouz-falls-2019"; other scripts
 * transliterated into Latin letters ("Москва взята" → "moskva-vzyata"; @sindresorhus/transliterate,
 * which knows Cyrillic, Greek, Arabic and more), so every step keeps a readable id and address. A
 * text with nothing to transliterate (Chinese, say) gives `fallback`.
 */
export function slugify(text: string, fallback: string): string {
	const words = transliterate(text)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	// At most 60 characters, cut between words: "…-california", never "…-californ".
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > SLUG_LENGTH) break;
		slug = next;
	}
	// A first word longer than the limit is cut, as there is no word boundary to cut at.
	if (!slug && words.length) slug = words[0].slice(0, SLUG_LENGTH);
	return slug || fallback;
}

const SLUG_LENGTH = 60;

/** Hands out ids that are unique within one list, in the order asked. */
export class Ids {
	#taken = new Set<string>();
	take(wanted: string): string {
		let id = wanted;
		for (let n = 2; this.#taken.has(id); n++) id = `${wanted}-${n}`;
		this.#taken.add(id);
		return id;
	}
}
