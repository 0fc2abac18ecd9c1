/**
 * A story in another language: an overlay file next to the dataset (`story.json` → `story.ar.json`),
 * keyed by the dataset's own ids, holding the translation of every text a reader sees. The English
 * stays the one dataset (dates, numbers, places' positions, visual states, sources' addresses live
 * only there); the overlay says the same things in another language, so an editor keeps the two side
 * by side and a changed event shows up as a missing or stale translation.
 *
 * `checkTranslation` names every missing, empty or stale text by file, event and field, as the
 * dataset's own validation does; `localizeStory` gives the story in that language, which every view
 * draws as it draws the English.
 */
import { z } from 'zod';
import type { Story } from './types.ts';
import { parseStoryText, type ValidationError } from './validateTimeline.ts';
import { isoDate } from './schema.ts';
import { fill } from '../i18n/strings.ts';

import { translationLangs, type TranslationLang } from '../i18n/langs.ts';

export { translationLangs, type TranslationLang };

// Every text is optional in the file's shape: what is missing is reported against the English
// (with the English words), by checkTranslation, rather than as a bare schema error.
const text = z.string().optional();
const texts = z.array(z.string()).optional();

export const translationSchema = z
	.object({
		$schema: z.string().optional(),
		lang: z.enum(translationLangs, { error: `must be one of: ${translationLangs.join(', ')}` }),
		story: z
			.object({
				kicker: text,
				title: text,
				dek: text,
				byline: text,
				credits: texts,
				translation: text.describe('A credit line for the translation: who translated it (the edition’s credits end with it, then its review).'),
				review: z
					.object({
						by: z
							.string()
							.trim()
							.min(1, { error: 'is empty: say who reviewed the translation, by role where no name is printed ("bilingual news editor")' }),
						date: isoDate
					})
					.strict()
					.optional()
					.describe(
						'Who reviewed the translation before publication (in the edition’s language, by role where no name is printed) and when (YYYY-MM-DD). The credits say so; until there is a review, they say the translation is a draft.'
					)
			})
			.strict(),
		places: z.record(z.string(), z.object({ name: text, country: text }).strict()),
		sources: z.record(z.string(), z.object({ title: text, publisher: text }).strict()),
		eras: z.record(z.string(), z.object({ label: text }).strict()).optional(),
		events: z.record(
			z.string(),
			z
				.object({
					title: text,
					short: text,
					dateLabel: text,
					body: texts,
					notes: text,
					figures: z.record(z.string(), z.object({ unit: text, label: text }).strict()).optional(),
					visual: z.object({ title: text, alt: text, credit: text, caption: text }).strict().optional()
				})
				.strict()
		)
	})
	.strict();

export type Translation = z.infer<typeof translationSchema>;

export type TranslationResult = { ok: true; translation: Translation } | { ok: false; errors: ValidationError[] };

/** The overlay's file next to a dataset: `timeline-data/story.json` → `timeline-data/story.ar.json`. */
export function translationPath(datasetPath: string, lang: TranslationLang): string {
	return datasetPath.replace(/(\.json)?$/, `.${lang}.json`);
}

/**
 * Parses and checks an overlay against the story it translates: every text the English has must be
 * there and not empty (a body with as many paragraphs, a figure's unit and label, a photo's alt text),
 * and nothing may name an id the story does not have (a translation left behind by an edit).
 */
export function checkTranslation(textIn: string, file: string, story: Story, lang: TranslationLang): TranslationResult {
	const parsed = parseStoryText(textIn, file);
	if (!parsed.ok) return parsed;
	const shape = translationSchema.safeParse(parsed.data);
	if (!shape.success)
		return {
			ok: false,
			errors: shape.error.issues.map((issue) => ({ file, where: 'translation', field: issue.path.join('.') || '(file)', message: issue.message }))
		};
	const t = shape.data;
	const errors: ValidationError[] = [];
	const at = (where: string) => (field: string, message: string) => errors.push({ file, where, field, message });
	if (t.lang !== lang) at('translation')('lang', `is "${t.lang}", but the file is named for "${lang}"`);

	/** A text the English has: missing or empty is an error. */
	const need = (report: (field: string, message: string) => void, field: string, english: string | undefined, value: string | undefined) => {
		if (english === undefined || english.trim() === '') return;
		if (value === undefined) report(field, `missing translation (English: "${clip(english)}")`);
		else if (value.trim() === '') report(field, `empty translation (English: "${clip(english)}")`);
	};
	const needList = (report: (field: string, message: string) => void, field: string, english: string[], values: string[] | undefined) => {
		if (!english.length) return;
		if (values === undefined) return report(field, `missing translation: ${english.length} item(s)`);
		if (values.length !== english.length)
			return report(field, `has ${values.length} item(s), the English has ${english.length}: translate each one`);
		english.forEach((e, i) => need(report, `${field}[${i}]`, e, values[i]));
	};
	/** Ids in the overlay that the story does not have. */
	const stale = (report: (field: string, message: string) => void, section: string, ids: string[], known: Set<string>) => {
		for (const id of ids) if (!known.has(id)) report(`${section}.${id}`, `the story has no ${section.replace(/s$/, '')} "${id}": remove it, or correct the id`);
	};

	const top = at('story');
	need(top, 'title', story.title, t.story.title);
	need(top, 'dek', story.dek, t.story.dek);
	need(top, 'byline', story.byline, t.story.byline);
	need(top, 'kicker', story.kicker, t.story.kicker);
	needList(top, 'credits', story.credits, t.story.credits);
	if (!t.story.translation?.trim()) top('translation', 'missing: a credit line saying who translated this edition');

	story.places.forEach((p, i) => {
		const report = at(`place "${p.id}" (places[${i}])`);
		const tp = t.places[p.id];
		need(report, 'name', p.name, tp?.name);
		need(report, 'country', p.country, tp?.country);
	});
	stale(at('translation'), 'places', Object.keys(t.places), new Set(story.places.map((p) => p.id)));

	story.sources.forEach((s, i) => {
		const report = at(`source "${s.id}" (sources[${i}])`);
		const ts = t.sources[s.id];
		need(report, 'title', s.title, ts?.title);
		need(report, 'publisher', s.publisher, ts?.publisher);
	});
	stale(at('translation'), 'sources', Object.keys(t.sources), new Set(story.sources.map((s) => s.id)));

	story.eras.forEach((era, i) => need(at(`era "${era.id}" (eras[${i}])`), 'label', era.label, t.eras?.[era.id]?.label));
	stale(at('translation'), 'eras', Object.keys(t.eras ?? {}), new Set(story.eras.map((e) => e.id)));

	story.events.forEach((e, i) => {
		const report = at(`event "${e.id}" (events[${i}])`);
		const te = t.events[e.id];
		if (!te) return report('(all)', `missing translation of the event "${clip(e.title)}"`);
		need(report, 'title', e.title, te.title);
		need(report, 'short', e.short, te.short);
		need(report, 'dateLabel', e.dateLabel, te.dateLabel);
		needList(report, 'body', e.body, te.body);
		need(report, 'notes', e.notes, te.notes);
		for (const f of e.figures) {
			need(report, `figures.${f.id}.unit`, f.unit, te.figures?.[f.id]?.unit);
			need(report, `figures.${f.id}.label`, f.label, te.figures?.[f.id]?.label);
		}
		stale(report, 'figures', Object.keys(te.figures ?? {}), new Set(e.figures.map((f) => f.id)));
		const v = e.visual;
		if (v.kind === 'politics') need(report, 'visual.title', v.title, te.visual?.title);
		if (v.kind === 'photo') {
			need(report, 'visual.alt', v.alt, te.visual?.alt);
			need(report, 'visual.credit', v.credit, te.visual?.credit);
			need(report, 'visual.caption', v.caption, te.visual?.caption);
		}
	});
	stale(at('translation'), 'events', Object.keys(t.events), new Set(story.events.map((e) => e.id)));

	return errors.length ? { ok: false, errors } : { ok: true, translation: t };
}

/** The entries that have a value (an overlay's missing text keeps the English, never `undefined`). */
function defined<T extends object>(o: T | undefined): Partial<T> {
	return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The edition's words for its translation's review, from its interface table (strings.ts). */
export interface ReviewWords {
	/** `{by}`, `{date}` */
	reviewed: string;
	/** Said instead, while the overlay records no review. */
	draft: string;
	/** A date in the edition's words. */
	date: (iso: string) => string;
}

/**
 * The lines that close a translated edition's credits: who translated it, then who reviewed it and
 * when, or, while the overlay records no review, that it is a draft. The notice is never written
 * into the overlay by hand, so it cannot outlive the review.
 */
export function translationCredits(t: Translation, words: ReviewWords): string[] {
	const review = t.story.review;
	return [
		...(t.story.translation?.trim() ? [t.story.translation] : []),
		review ? fill(words.reviewed, { by: review.by, date: words.date(review.date) }) : words.draft
	];
}

/**
 * The story in the overlay's language: the same events, places and sources, every text translated,
 * its credits closed by the translation's (see `translationCredits`).
 * (Given a checked overlay, every text is there; a text it lacks stays English.)
 */
export function localizeStory(story: Story, t: Translation, words: ReviewWords): Story {
	return {
		...story,
		title: t.story.title ?? story.title,
		dek: t.story.dek ?? story.dek,
		byline: t.story.byline ?? story.byline,
		...(story.kicker !== undefined ? { kicker: t.story.kicker ?? story.kicker } : {}),
		credits: [...(t.story.credits ?? story.credits), ...translationCredits(t, words)],
		places: story.places.map((p) => ({ ...p, ...defined(t.places[p.id]) })),
		sources: story.sources.map((s) => ({ ...s, ...defined(t.sources[s.id]) })),
		eras: story.eras.map((e) => ({ ...e, label: t.eras?.[e.id]?.label ?? e.label })),
		events: story.events.map((e) => {
			const te = t.events[e.id] ?? {};
			return {
				...e,
				...defined({ title: te.title, body: te.body, notes: te.notes }),
				...(e.short !== undefined ? defined({ short: te.short }) : {}),
				...(e.dateLabel !== undefined ? defined({ dateLabel: te.dateLabel }) : {}),
				figures: e.figures.map((f) => ({ ...f, ...defined(te.figures?.[f.id]) })),
				visual: { ...e.visual, ...defined(te.visual) } as Story['events'][number]['visual']
			};
		})
	};
}
