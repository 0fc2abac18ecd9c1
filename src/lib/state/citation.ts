/**
 * A source in words, as the interface's sentences say it (strings.ts, `citation`): in full, with its
 * publisher and date where known ("Title, Publisher, 3 January 2026"); in a step's list of sources,
 * "Title (Publisher)", the list joined as the language joins one. As plain text, for the PowerPoint,
 * and as markup, for the pages: each title a <cite>, every word escaped.
 */
import { formatStoryDate } from '../model/dates';
import type { Source } from '../model/types';
import type { Locale } from '../i18n/locale';
import { bidiHtml, escapeMarkup } from '../i18n/bidi';
import { fill, plural, pluralForm, sentenceHtml } from '../i18n/strings';

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

/** A source's title as markup: a <cite>, its Latin runs isolated on a right-to-left page. */
const citeHtml = (source: Source, locale: Locale) => `<cite>${bidiHtml(source.title, locale.dir)}</cite>`;

/** `citationText` as markup: the title a <cite>. */
export function citationHtml(source: Source, locale: Locale): string {
	const c = locale.t.citation;
	const date = source.date ? escapeMarkup(formatStoryDate(source.date, locale.date)) : '';
	const field = (name: 'title' | 'publisher' | 'date') =>
		name === 'title' ? citeHtml(source, locale) : name === 'publisher' ? bidiHtml(source.publisher ?? '', locale.dir) : date;
	if (source.publisher && date) return sentenceHtml(c.publisherDate, field);
	if (source.publisher) return sentenceHtml(c.publisher, field);
	if (date) return sentenceHtml(c.date, field);
	return citeHtml(source, locale);
}

/**
 * `sourcesText` as markup, for a step that cites at least one: the sentence's own words in a
 * `.label`, each title a <cite>. One string, so each card's line costs the page one `{@html}` to
 * hydrate: drawn as nested components, the story's lines were a fifth of the reading page's hydration.
 */
export function sourcesHtml(sources: Source[], locale: Locale): string {
	const t = locale.t;
	const citation = (s: Source) =>
		s.publisher
			? sentenceHtml(t.citation.inList, (name) => (name === 'title' ? citeHtml(s, locale) : bidiHtml(s.publisher ?? '', locale.dir)))
			: sentenceHtml(t.citation.titleOnly, () => citeHtml(s, locale));
	const list = locale
		.listParts(sources)
		.map((part) => ('item' in part ? citation(part.item) : escapeMarkup(part.text)))
		.join('');
	return sentenceHtml(
		pluralForm(locale, t.sourcesLine, sources.length),
		() => list,
		(text) => `<span class="label">${escapeMarkup(text)}</span>`
	);
}
