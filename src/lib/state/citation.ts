/**
 * A source in words, as the interface's sentences say it (strings.ts, `citation`): in full, with its
 * publisher and date where known ("Title, Publisher, 3 January 2026"); in a step's list of sources,
 * "Title (Publisher)", the list joined as the language joins one. As plain text, for the PowerPoint,
 * and as markup, for the pages: each title a <cite>, every word escaped. Both are built by the same
 * code, marked two ways (`Marks`), so they never say different things.
 */
import { formatStoryDate } from '../model/dates';
import type { Source } from '../model/types';
import type { Locale } from '../i18n/locale';
import { bidiHtml, escapeMarkup } from '../i18n/bidi';
import { pluralForm, sentenceHtml } from '../i18n/strings';

/** How each kind of text in the sentences is written out. */
interface Marks {
	/** A source's title. */
	title: (source: Source) => string;
	/** The dataset's other words (a publisher). */
	data: (text: string) => string;
	/** The sentence's own words, and what the interface makes (a date, a list's "and"). */
	words: (text: string) => string;
	/** The line's own words before its list ("Sources: "). */
	label: (text: string) => string;
}

const same = (text: string) => text;
const plain: Marks = { title: (s) => s.title, data: same, words: same, label: same };
/** A title as a <cite> and data words set in the page's direction (Latin runs isolated right to left: bidiHtml), the rest escaped. */
const markup = (locale: Locale): Marks => ({
	title: (s) => `<cite>${bidiHtml(s.title, locale.dir)}</cite>`,
	data: (text) => bidiHtml(text, locale.dir),
	words: escapeMarkup,
	label: (text) => `<span class="label">${escapeMarkup(text)}</span>`
});

function citation(source: Source, locale: Locale, m: Marks): string {
	const c = locale.t.citation;
	const date = source.date ? m.words(formatStoryDate(source.date, locale.date)) : '';
	const field = (name: 'title' | 'publisher' | 'date') => (name === 'title' ? m.title(source) : name === 'publisher' ? m.data(source.publisher ?? '') : date);
	if (source.publisher && date) return sentenceHtml(c.publisherDate, field, m.words);
	if (source.publisher) return sentenceHtml(c.publisher, field, m.words);
	if (date) return sentenceHtml(c.date, field, m.words);
	return m.title(source);
}

/** The sources line for at least one source. */
function sourcesLine(sources: Source[], locale: Locale, m: Marks): string {
	const t = locale.t;
	const item = (s: Source) =>
		s.publisher
			? sentenceHtml(t.citation.inList, (name) => (name === 'title' ? m.title(s) : m.data(s.publisher ?? '')), m.words)
			: sentenceHtml(t.citation.titleOnly, () => m.title(s), m.words);
	const list = locale
		.listParts(sources)
		.map((part) => ('item' in part ? item(part.item) : m.words(part.text)))
		.join('');
	return sentenceHtml(pluralForm(locale, t.sourcesLine, sources.length), () => list, m.label);
}

/** "Title, Publisher, 3 January 2026", as much as is known. */
export const citationText = (source: Source, locale: Locale): string => citation(source, locale, plain);

/** `citationText` as markup: the title a <cite>. */
export const citationHtml = (source: Source, locale: Locale): string => citation(source, locale, markup(locale));

/** "Sources: Title (Publisher) and Title", or for a step that cites none, "No source given." */
export const sourcesText = (sources: Source[], locale: Locale): string => (sources.length ? sourcesLine(sources, locale, plain) : locale.t.noSource);

/**
 * `sourcesText` as markup, for a step that cites at least one: the sentence's own words in a
 * `.label`, each title a <cite>. One string, so each card's line costs the page one `{@html}` to
 * hydrate: drawn as nested components, the story's lines were a fifth of the reading page's hydration.
 */
export const sourcesHtml = (sources: Source[], locale: Locale): string => sourcesLine(sources, locale, markup(locale));
