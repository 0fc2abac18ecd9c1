/**
 * A story in another language: an overlay file next to the dataset (`story.json` → `story.ar.json`),
 * keyed by the dataset's own ids, holding the translation of every text a reader sees. The English
 * stays the one dataset (dates, numbers, places' positions, visual states, sources' addresses live
 * only there); the overlay says the same things in another language, and keeps beside its texts the
 * fingerprint of the English each one translates (`fingerprints`), so an edited English text is known
 * to have a stale translation.
 *
 * Every text a reader sees is a *unit* (`translationUnits`), named by its path in the overlay
 * (`events.centcom-statement.title`, `events.centcom-statement.body.0`): the fingerprints' keys, the
 * XLIFF units' ids (src/lib/server/xliff.ts) and what `npm run translations -- stamp` takes. A unit is
 * translated, stale (translated from an English that has since changed, or never stamped) or missing.
 * `auditTranslation` lists the missing and stale by file, event and field, as the dataset's own
 * validation does, and what the overlay translates that the story no longer has; `localizeStory`
 * gives the story in that language, the English kept (and marked) where a text is missing, which
 * every view draws as it draws the English.
 */
import { VISUAL_TEXT_FIELDS, visualTexts } from '../../model/visualTexts.ts';
import { z } from 'zod';
import { fingerprint, FINGERPRINT } from './fingerprint.ts';
import type { Story, StoryEvent } from '../../model/types.ts';
import { parseStoryText, type ValidationError } from './validateTimeline.ts';
import { isoDate } from '../../model/schema.ts';
import { fill, type Template } from '../../i18n/strings.ts';

import { translatableLangs, translationLangs, type TranslationLang } from '../../i18n/langs.ts';

export { translatableLangs, translationLangs, type TranslationLang };

// Every text is optional in the file's shape: what is missing is reported against the English
// (with the English words), by checkTranslation, rather than as a bare schema error.
const text = z.string().optional();
const texts = z.array(z.string()).optional();

export const translationSchema = z
	.object({
		$schema: z.string().optional(),
		// (A pseudo-locale's overlay is made by the build, never read from a file: src/lib/server/pseudoOverlay.ts.)
		lang: z.enum(translatableLangs as unknown as [TranslationLang, ...TranslationLang[]], { error: `must be one of: ${translatableLangs.join(', ')}` }),
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
						by: z.string().trim().min(1, { error: 'is empty: say who reviewed the translation, by role where no name is printed ("bilingual news editor")' }),
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
		corrections: z.record(z.string(), z.object({ text }).strict()).optional().describe('Each correction’s text, keyed by its id.'),
		events: z.record(
			z.string(),
			z
				.object({
					title: text,
					short: text,
					dateLabel: text,
					body: texts,
					notes: text,
					group: text,
					figures: z.record(z.string(), z.object({ unit: text, label: text }).strict()).optional(),
					visual: z.object({ title: text, alt: text, credit: text, caption: text }).strict().optional()
				})
				.strict()
		),
		fingerprints: z
			.record(z.string(), z.string().regex(FINGERPRINT, { error: 'must be a fingerprint of 10 hex digits, as `npm run translations -- stamp` writes it' }))
			.optional()
			.describe(
				'Written by `npm run translations -- stamp` and by an XLIFF import, not by hand: for each translated text, keyed by its path (`events.<id>.title`, `events.<id>.body.0`), the fingerprint of the English it translates.'
			)
	})
	.strict();

export type Translation = z.infer<typeof translationSchema>;

export type TranslationResult = { ok: true; translation: Translation } | { ok: false; errors: ValidationError[] };

/** The overlay's file next to a dataset: `timeline-data/story.json` → `timeline-data/story.ar.json`. */
export function translationPath(datasetPath: string, lang: TranslationLang): string {
	return datasetPath.replace(/(\.json)?$/, `.${lang}.json`);
}

/** Where a text stands in an overlay: translated, translated from an earlier English (or never stamped), or not at all. */
export type TextStatus = 'translated' | 'stale' | 'missing';

/** One text a reader sees, in English and in the overlay. */
export interface TextUnit {
	/** Its path in the overlay, dotted (`events.centcom-statement.body.0`): the fingerprints' key, the XLIFF unit's id. */
	id: string;
	/** The same path as keys: `['events', 'centcom-statement', 'body', 0]`. */
	path: (string | number)[];
	/** How validation names it: `event "centcom-statement" (events[12])`, `story`, `place "mosul" (places[3])`. */
	where: string;
	/** `title`, `body[0]`, `figures.whole.unit`. */
	field: string;
	english: string;
	/** The translation, when the overlay has one that is not blank. */
	target?: string;
	/** The English's fingerprint now. */
	fingerprint: string;
	/** The fingerprint the overlay records for the translation (of the English it was made from). */
	recorded?: string;
	status: TextStatus;
}

/** What an overlay says about a story: every text's unit and the problems, in file order. */
export interface TranslationAudit {
	translation: Translation;
	units: TextUnit[];
	/** Texts with no translation (shown in English), and a missing credit line for the translation. */
	missing: ValidationError[];
	/** Translations of an English that has changed since, or not stamped: published, and reported. */
	stale: ValidationError[];
	/** What the overlay translates that the story does not have (removed events, places, figures, paragraphs): warnings. */
	leftOver: ValidationError[];
}

export type AuditResult = { ok: true; audit: TranslationAudit } | { ok: false; errors: ValidationError[] };

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * Every text of the story a translation gives, with the overlay's translation and its state. A list
 * (a body's paragraphs, the credits) is matched item by item when it has as many items as the English;
 * otherwise an item counts only where its fingerprint shows it translates that very English.
 */
export function translationUnits(story: Story, t: Translation, file = ''): { units: TextUnit[]; leftOver: ValidationError[]; blank: Set<string> } {
	const units: TextUnit[] = [];
	const leftOver: ValidationError[] = [];
	/** Units whose translation is there but blank ("empty translation", not "missing"). */
	const blank = new Set<string>();
	const recorded = t.fingerprints ?? {};
	const add = (path: (string | number)[], where: string, field: string, english: string | undefined, target: string | undefined) => {
		if (english === undefined || english.trim() === '') return;
		const id = path.join('.');
		const now = fingerprint(english);
		const rec = recorded[id];
		const value = target !== undefined && target.trim() !== '' ? target : undefined;
		if (target !== undefined && value === undefined) blank.add(id);
		const status: TextStatus = value === undefined ? 'missing' : rec === now ? 'translated' : 'stale';
		units.push({
			id,
			path,
			where,
			field,
			english,
			...(value !== undefined ? { target: value } : {}),
			fingerprint: now,
			...(rec ? { recorded: rec } : {}),
			status
		});
	};
	const addList = (path: string[], where: string, field: string, english: string[], targets: string[] | undefined) => {
		const aligned = targets?.length === english.length;
		const id = path.join('.');
		english.forEach((e, i) => add([...path, i], where, `${field}[${i}]`, e, aligned || recorded[`${id}.${i}`] === fingerprint(e) ? targets?.[i] : undefined));
		if (targets?.length && !aligned)
			leftOver.push({
				file,
				where,
				field,
				message: `has ${targets.length} item(s), the English has ${english.length}: only the items whose English is unchanged are used; translate the others`
			});
	};
	/** Ids in the overlay that the story does not have. */
	const unknown = (where: string, section: string, ids: string[], known: Set<string>) => {
		for (const id of ids)
			if (!known.has(id))
				leftOver.push({
					file,
					where,
					field: `${section}.${id}`,
					message: `the story has no ${section.replace(/s$/, '')} "${id}": remove it, or correct the id`
				});
	};

	const s = t.story;
	add(['story', 'title'], 'story', 'title', story.title, s.title);
	add(['story', 'dek'], 'story', 'dek', story.dek, s.dek);
	add(['story', 'byline'], 'story', 'byline', story.byline, s.byline);
	add(['story', 'kicker'], 'story', 'kicker', story.kicker, s.kicker);
	addList(['story', 'credits'], 'story', 'credits', story.credits, s.credits);

	story.places.forEach((p, i) => {
		const where = `place "${p.id}" (places[${i}])`;
		add(['places', p.id, 'name'], where, 'name', p.name, t.places[p.id]?.name);
		add(['places', p.id, 'country'], where, 'country', p.country, t.places[p.id]?.country);
	});
	unknown('translation', 'places', Object.keys(t.places), new Set(story.places.map((p) => p.id)));

	story.sources.forEach((src, i) => {
		const where = `source "${src.id}" (sources[${i}])`;
		add(['sources', src.id, 'title'], where, 'title', src.title, t.sources[src.id]?.title);
		add(['sources', src.id, 'publisher'], where, 'publisher', src.publisher, t.sources[src.id]?.publisher);
	});
	unknown('translation', 'sources', Object.keys(t.sources), new Set(story.sources.map((src) => src.id)));

	story.eras.forEach((era, i) => add(['eras', era.id, 'label'], `era "${era.id}" (eras[${i}])`, 'label', era.label, t.eras?.[era.id]?.label));
	unknown('translation', 'eras', Object.keys(t.eras ?? {}), new Set(story.eras.map((e) => e.id)));

	story.events.forEach((e, i) => {
		const where = `event "${e.id}" (events[${i}])`;
		const te = t.events[e.id] ?? {};
		const id = ['events', e.id];
		add([...id, 'title'], where, 'title', e.title, te.title);
		add([...id, 'short'], where, 'short', e.short, te.short);
		add([...id, 'dateLabel'], where, 'dateLabel', e.dateLabel, te.dateLabel);
		addList([...id, 'body'], where, 'body', e.body, te.body);
		add([...id, 'notes'], where, 'notes', e.notes, te.notes);
		add([...id, 'group'], where, 'group', e.group, te.group);
		for (const f of e.figures) {
			add([...id, 'figures', f.id, 'unit'], where, `figures.${f.id}.unit`, f.unit, te.figures?.[f.id]?.unit);
			add([...id, 'figures', f.id, 'label'], where, `figures.${f.id}.label`, f.label, te.figures?.[f.id]?.label);
		}
		unknown(where, 'figures', Object.keys(te.figures ?? {}), new Set(e.figures.map((f) => f.id)));
		const v = e.visual;
		for (const [field, english] of visualTexts(v)) add([...id, 'visual', field], where, `visual.${field}`, english, te.visual?.[field]);
	});
	unknown('translation', 'events', Object.keys(t.events), new Set(story.events.map((e) => e.id)));

	story.corrections.forEach((c, i) =>
		add(['corrections', c.id, 'text'], `correction "${c.id}" (corrections[${i}])`, 'text', c.text, t.corrections?.[c.id]?.text)
	);
	unknown('translation', 'corrections', Object.keys(t.corrections ?? {}), new Set(story.corrections.map((c) => c.id)));
	return { units, leftOver, blank };
}

/** Parses an overlay and checks its shape: the errors that make it unusable (JSON, unknown fields, the wrong language). */
export function parseTranslation(
	textIn: string,
	file: string,
	lang: TranslationLang
): { ok: true; translation: Translation } | { ok: false; errors: ValidationError[] } {
	const parsed = parseStoryText(textIn, file);
	if (!parsed.ok) return parsed;
	const shape = translationSchema.safeParse(parsed.data);
	if (!shape.success)
		return {
			ok: false,
			errors: shape.error.issues.map((issue) => ({ file, where: 'translation', field: issue.path.join('.') || '(file)', message: issue.message }))
		};
	if (shape.data.lang !== lang)
		return { ok: false, errors: [{ file, where: 'translation', field: 'lang', message: `is "${shape.data.lang}", but the file is named for "${lang}"` }] };
	return { ok: true, translation: shape.data };
}

/**
 * Reads an overlay and sets it against the story it translates: every text missing (or empty), every
 * stale one (its English has changed since it was translated, or it was never stamped), and what it
 * translates that the story no longer has. Only a file that cannot be used (malformed JSON, unknown
 * fields, the wrong language) is an error: a lagging translation is a list of texts, never a refusal.
 */
export function auditTranslation(textIn: string, file: string, story: Story, lang: TranslationLang): AuditResult {
	const parsed = parseTranslation(textIn, file, lang);
	return parsed.ok ? auditOverlay(parsed.translation, file, story, lang) : parsed;
}

/** An overlay already read (or made: a pseudo-locale's) set against the story (see `auditTranslation`). */
export function auditOverlay(t: Translation, file: string, story: Story, lang: TranslationLang): AuditResult {
	const { units, leftOver, blank } = translationUnits(story, t, file);
	const missing: ValidationError[] = [];
	const stale: ValidationError[] = [];
	const stamp = `npm run translations -- stamp --lang ${lang}`;
	/** A whole event untranslated is one line, not one per text. */
	const untranslatedEvents = new Map<string, StoryEvent>(
		story.events.flatMap((e, i) => (t.events[e.id] ? [] : [[`event "${e.id}" (events[${i}])`, e] as [string, StoryEvent]]))
	);
	const told = new Set<string>();
	for (const u of units) {
		const whole = untranslatedEvents.get(u.where);
		if (whole) {
			if (told.has(u.where)) continue;
			told.add(u.where);
			const n = units.filter((v) => v.where === u.where).length;
			missing.push({ file, where: u.where, field: '(all)', message: `missing translation of the event "${clip(whole.title)}" (${n} texts)` });
		} else if (u.status === 'missing')
			missing.push({ file, where: u.where, field: u.field, message: `${blank.has(u.id) ? 'empty' : 'missing'} translation (English: "${clip(u.english)}")` });
		else if (u.status === 'stale')
			stale.push({
				file,
				where: u.where,
				field: u.field,
				message: u.recorded
					? `stale: the English has changed since it was translated (English now: "${clip(u.english)}")`
					: `not confirmed: no record of the English it translates; check it against the English ("${clip(u.english)}"), then ${stamp} ${u.id}`
			});
	}
	if (!t.story.translation?.trim()) {
		// (After the story's own texts, before the places'.)
		const after = missing.findIndex((m) => m.where !== 'story');
		missing.splice(after < 0 ? missing.length : after, 0, {
			file,
			where: 'story',
			field: 'translation',
			message: 'missing: a credit line saying who translated this edition'
		});
	}
	return { ok: true, audit: { translation: t, units, missing, stale, leftOver } };
}

/**
 * The old all-or-nothing check, kept for callers that want it (and strict builds): every text must be
 * translated and stamped, and nothing may be left over.
 */
export function checkTranslation(textIn: string, file: string, story: Story, lang: TranslationLang): TranslationResult {
	const result = auditTranslation(textIn, file, story, lang);
	if (!result.ok) return result;
	const { missing, stale, leftOver, translation } = result.audit;
	const errors = [...missing, ...stale, ...leftOver];
	return errors.length ? { ok: false, errors } : { ok: true, translation };
}

/** The entries that have a value (an overlay's missing text keeps the English, never `undefined`). */
function defined<T extends object>(o: T | undefined): Partial<T> {
	return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The edition's words for its translation's review, from its interface table (strings.ts). */
export interface ReviewWords {
	reviewed: Template<'by' | 'date'>;
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
 * the English where a text is missing, its credits closed by the translation's (`translationCredits`).
 * A stale translation is used (it is the best there is). What is left in English is named, for the
 * pages to mark (`lang="en"`, `data-untranslated`): on each event, `untranslated` lists its fields
 * (`title`, `body.1`, `figures.whole.label`); on the story, the other units (`story.dek`,
 * `places.mosul.name`).
 */
export function localizeStory(story: Story, t: Translation, words: ReviewWords): Story {
	const { units } = translationUnits(story, t);
	const byId = new Map(units.map((u) => [u.id, u]));
	const english: string[] = [];
	/** The text of a unit in the edition: its translation, or the English (noted). */
	const tr = <T extends string | undefined>(id: string, value: T): T => {
		const u = byId.get(id);
		if (!u) return value;
		if (u.status === 'missing') {
			english.push(id);
			return value;
		}
		return u.target as T;
	};
	const list = (id: string, values: string[]) => values.map((v, i) => tr(`${id}.${i}`, v));
	const storyMarks = () => english.splice(0).filter((id) => !id.startsWith('events.'));

	const events = story.events.map((e): StoryEvent => {
		const id = `events.${e.id}`;
		const visual = { ...e.visual } as Record<string, unknown>;
		for (const key of VISUAL_TEXT_FIELDS)
			if (typeof visual[key] === 'string' && byId.has(`${id}.visual.${key}`)) visual[key] = tr(`${id}.visual.${key}`, visual[key] as string);
		const localized: StoryEvent = {
			...e,
			title: tr(`${id}.title`, e.title),
			...(e.short !== undefined ? { short: tr(`${id}.short`, e.short) } : {}),
			...(e.dateLabel !== undefined ? { dateLabel: tr(`${id}.dateLabel`, e.dateLabel) } : {}),
			...(e.group !== undefined ? { group: tr(`${id}.group`, e.group) } : {}),
			body: list(`${id}.body`, e.body),
			notes: tr(`${id}.notes`, e.notes),
			figures: e.figures.map((f) => ({ ...f, unit: tr(`${id}.figures.${f.id}.unit`, f.unit), label: tr(`${id}.figures.${f.id}.label`, f.label) })),
			visual: visual as StoryEvent['visual']
		};
		const marks = english.splice(0).map((m) => m.slice(id.length + 1));
		return marks.length ? { ...localized, untranslated: marks } : localized;
	});
	const localized: Story = {
		...story,
		title: tr('story.title', story.title),
		dek: tr('story.dek', story.dek),
		byline: tr('story.byline', story.byline),
		...(story.kicker !== undefined ? { kicker: tr('story.kicker', story.kicker) } : {}),
		credits: [...list('story.credits', story.credits), ...translationCredits(t, words)],
		places: story.places.map((p) => ({ ...p, name: tr(`places.${p.id}.name`, p.name), country: tr(`places.${p.id}.country`, p.country) })),
		sources: story.sources.map((s) => ({
			...s,
			title: tr(`sources.${s.id}.title`, s.title),
			...defined({ publisher: tr(`sources.${s.id}.publisher`, s.publisher) })
		})),
		eras: story.eras.map((e) => ({ ...e, label: tr(`eras.${e.id}.label`, e.label) })),
		corrections: story.corrections.map((c) => ({ ...c, text: tr(`corrections.${c.id}.text`, c.text) })),
		events
	};
	const marks = storyMarks();
	return marks.length ? { ...localized, untranslated: marks } : localized;
}
