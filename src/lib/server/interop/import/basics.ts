/**
 * What every step of a TimelineJS import shares: its error, its notes, the loose slide it reads, and
 * small readers of loose values.
 *
 *   const notes = new Notes();
 *   notes.add('events[3] ("Baghouz falls")', 'media.link', 'not carried: a picture is not a link here');
 */

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

/** A kebab-case id from any text: "Baghouz Falls (2019)" → "baghouz-falls-2019". */
export function slugify(text: string, fallback: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

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
