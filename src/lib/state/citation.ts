/**
 * A source in words, as the interface's sentences say it (strings.ts, `citation`): in full, with its
 * publisher and date where known ("Title, Publisher, 3 January 2026"); in a step's list of sources,
 * "Title (Publisher)", the list joined as the language joins one. Plain text, for the PowerPoint;
 * the pages draw the same sentences with markup of their own (SourceList, SourcesAndMethod).
 */
import { formatStoryDate } from '../model/dates';
import type { Source } from '../model/types';
import type { Locale } from '../i18n/locale';
import { fill, plural } from '../i18n/strings';

/** "Title, Publisher, 3 January 2026", as much as is known. */
export function citationText(source: Source, locale: Locale): string {
	const c = locale.t.citation;
	const date = source.date && formatStoryDate(source.date, locale.date);
	if (source.publisher && date) return fill(c.publisherDate, { title: source.title, publisher: source.publisher, date });
	if (source.publisher) return fill(c.publisher, { title: source.title, publisher: source.publisher });
	if (date) return fill(c.date, { title: source.title, date });
	return source.title;
}

/** "Sources: Title (Publisher) and Title", or for a step that cites none, "No source given." */
export function sourcesText(sources: Source[], locale: Locale): string {
	const t = locale.t;
	if (!sources.length) return t.noSource;
	const items = sources.map((s) =>
		s.publisher ? fill(t.citation.inList, { title: s.title, publisher: s.publisher }) : fill(t.citation.titleOnly, { title: s.title })
	);
	return plural(locale, t.sourcesLine, sources.length, { sources: locale.list(items) });
}
