/**
 * A translated edition shows the English where a text is not translated yet (src/lib/model/
 * translation.ts, `localizeStory`), and says so in its markup: the text carries `lang="en"
 * dir="ltr"` (so screen readers speak it as English and it runs left to right inside a right-to-left
 * page) and its step `data-untranslated` (the fields, `title body.1`). A story with nothing in
 * English gets no attribute at all.
 */
import type { Story } from '../model/types';
import { bidiHtml, escapeMarkup } from '../i18n/bidi';
import { keepTogether } from '../i18n/typography';
import { textRuns } from '../model/links';

/**
 * `lang="en"` and `dir="ltr"` for a field the edition shows in English (`title`, `body.1`, `notes`),
 * else `undefined` (no attribute). Two attributes, not a spread: an element with a spread attribute
 * carries its component's scoping class in every edition, and the pages should not change at all
 * where nothing is in English.
 */
export const enLang = (marks: string[] | undefined, field: string): 'en' | undefined => (marks?.includes(field) ? 'en' : undefined);
export const enDir = (marks: string[] | undefined, field: string): 'ltr' | undefined => (marks?.includes(field) ? 'ltr' : undefined);

/**
 * A field's text as markup (for `{@html}`) in a page written in `dir`: escaped, and in a right-to-left
 * page its Latin runs isolated as English (`bidiHtml`), unless the field is itself shown in English,
 * when its element already says `lang="en" dir="ltr"` (`enLang`, `enDir`) and the text is only escaped.
 * A number keeps the word after it on its line, in a headline as in a paragraph (`keepTogether`).
 */
export const fieldHtml = (text: string, dir: 'ltr' | 'rtl', marks: string[] | undefined, field: string): string =>
	bidiHtml(keepTogether(text), marks?.includes(field) ? 'ltr' : dir);

/**
 * A paragraph of a step's text as markup: as `fieldHtml`, with its links (`[label](https://…)`,
 * model/links.ts) as links, which open beside the story so the reader keeps their place. Only a web
 * address becomes one, its quotes escaped: the rest stays text.
 */
export const bodyHtml = (text: string, dir: 'ltr' | 'rtl', marks: string[] | undefined, field: string): string =>
	textRuns(text)
		.map((r) => {
			const html = fieldHtml(r.text, dir, marks, field);
			return r.href ? `<a href="${escapeMarkup(r.href)}" target="_blank" rel="noopener">${html}</a>` : html;
		})
		.join('');

/** The value of a step's `data-untranslated`: its fields in English, or `undefined` (no attribute). */
export const untranslatedHook = (marks: string[] | undefined): string | undefined => (marks?.length ? marks.join(' ') : undefined);

/** Whether anything of the story is shown in English (the edition's notice says so at its top). */
export const hasUntranslated = (story: Story): boolean => Boolean(story.untranslated?.length || story.events.some((e) => e.untranslated?.length));

/** The ids of the corrections a translated edition shows in English (`corrections.<id>.text` untranslated). */
export const untranslatedCorrections = (story: Pick<Story, 'untranslated'>): string[] =>
	(story.untranslated ?? []).flatMap((id) => (id.startsWith('corrections.') ? [id.split('.')[1]] : []));
