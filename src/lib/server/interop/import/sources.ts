/**
 * The story's sources as an import finds them, shared between events: one per web address, one per
 * credit line, each with a unique id.
 *
 *   const sources = new ImportedSources(notes);
 *   sources.cite([{ href: 'https://example.org/a', label: 'Example report' }], 'events[0]', 'text.text') // → ['example-report']
 */
import type { Link } from '../html';
import { Ids, slugify, type Notes } from './basics';

export interface ImportedSource {
	id: string;
	title: string;
	kind: 'reporting';
	url?: string;
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);

export class ImportedSources {
	#byKey = new Map<string, ImportedSource>();
	#ids = new Ids();
	#notes: Notes;

	constructor(notes: Notes) {
		this.#notes = notes;
	}

	/** The id of the source with this address (or, with none, this title), made on first use. */
	source(title: string, url?: string): string {
		const key = url ?? `title:${title}`;
		let s = this.#byKey.get(key);
		if (!s) {
			const name = title || (url ? new URL(url).hostname : 'source');
			s = { id: this.#ids.take(slugify(name, 'source')), title: name, kind: 'reporting', ...(url ? { url } : {}) };
			this.#byKey.set(key, s);
		}
		return s.id;
	}

	/** The sources of a text's links; a link that is not a web address is noted, not cited. */
	cite(links: Link[], where: string, field: string): string[] {
		return links.flatMap((l) => {
			if (isWeb(l.href) && URL.canParse(l.href)) return [this.source(l.label.length > 3 ? l.label : new URL(l.href).hostname, l.href)];
			this.#notes.add(where, field, `link "${l.href}" not carried: only web addresses (http, https) become sources`);
			return [];
		});
	}

	/** Every source, in the order first cited. */
	list(): ImportedSource[] {
		return [...this.#byKey.values()];
	}
}
