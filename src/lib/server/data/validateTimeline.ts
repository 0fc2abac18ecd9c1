/**
 * Validates the story dataset and reports every problem at once, each naming the file, the event
 * (by id, or by index when it has none) and the field, with a hint on how to fix it.
 *
 * Shape rules come from the zod schema; the rules that span several events (chronological order,
 * unique ids, references to places, sources, figures and events) run here on the raw data, so a
 * malformed event does not hide an ordering or reference problem elsewhere.
 */
import type { z } from 'zod';
import { eventSpan, parseStoryDate } from '../../model/dates.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';
import { storySchema } from '../../model/schema.ts';
import type { Story } from '../../model/types.ts';
import { lastModified } from '../../model/changes.ts';
import { contrast, contrastProblems, DEFAULT_PALETTE, type Palette } from '../../model/theme.ts';

export { storyWarnings } from './storyWarnings.ts';

export interface ValidationError {
	file: string;
	/** `event "centcom-statement"`, `events[3]`, `places[2]` or `story`. */
	where: string;
	/** Dotted path inside that item, e.g. `visual.kind` or `figures[0].value`. */
	field: string;
	message: string;
}

export type ValidationResult = { ok: true; story: Story } | { ok: false; errors: ValidationError[] };

/** One line per error: `file › event "id" › field: message`. */
export function formatError(e: ValidationError): string {
	return `${e.file} › ${e.where} › ${e.field}: ${e.message}`;
}

/** Every line under one heading: `3 problems in the story dataset:` (or `warning`s, with a `note` after it). */
export function formatErrors(errors: ValidationError[], noun = 'problem', note = ''): string {
	const n = errors.length;
	return [`${n} ${noun}${n === 1 ? '' : 's'} in the story dataset${note}:`, ...errors.map((e) => '  ' + formatError(e))].join('\n');
}

/** Parses JSON text, turning a syntax error into a ValidationError with line and column. */
export function parseStoryText(text: string, file: string): { ok: true; data: unknown } | { ok: false; errors: ValidationError[] } {
	try {
		return { ok: true, data: JSON.parse(text) };
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		const { line, column } = locate(text, message);
		return {
			ok: false,
			errors: [
				{
					file,
					where: `line ${line}, column ${column}`,
					field: 'JSON',
					message: `malformed JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')}). Check for a missing comma, quote or bracket near there`
				}
			]
		};
	}
}

/**
 * Line and column of a JSON.parse error: newer V8 says "(line 3 column 5)", older "at position 41" or
 * nothing at all ("Unexpected token '}', …"), where the text is walked to find the place.
 */
function locate(text: string, message: string): { line: number; column: number } {
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
	const pos = /position (\d+)/.exec(message);
	const found = jsonErrorOffset(text);
	const offset = pos ? Number(pos[1]) : found >= 0 ? found : text.length;
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Parses and validates the text of a story file. */
export function validateStoryText(text: string, file: string): ValidationResult {
	const parsed = parseStoryText(text, file);
	if (!parsed.ok) return parsed;
	return validateStory(parsed.data, file);
}

/** Validates parsed story data. */
export function validateStory(raw: unknown, file: string): ValidationResult {
	const result = storySchema.safeParse(raw, { reportInput: true });
	const errors: ValidationError[] = [];
	if (!result.success) {
		for (const issue of result.error.issues) errors.push(fromIssue(issue, raw, file));
	}
	errors.push(...crossChecks(raw, file));
	if (errors.length > 0 || !result.success) return { ok: false, errors: inFileOrder(dedupe(errors)) };
	// Every page, feed and briefing says the day the story last changed: the latest of its own
	// `updated` and its events' and corrections' days, so the desk records a change once.
	return { ok: true, story: { ...result.data, updated: lastModified(result.data) } };
}

type Path = readonly PropertyKey[];

function fromIssue(issue: z.core.$ZodIssue, raw: unknown, file: string): ValidationError {
	const { where, rest } = locateItem(issue.path, raw);
	const field = fieldName(rest);
	let message = issue.message;
	const missing = issue.code === 'invalid_type' && (!('input' in issue) || issue.input === undefined);
	if (missing) message = `is missing: add it. It ${message}`;
	return { file, where, field, message };
}

/** Splits a path into the item it belongs to (an event, place, source…) and the field inside it. */
function locateItem(path: Path, raw: unknown): { where: string; rest: Path } {
	const [list, index, ...rest] = path;
	if (typeof list === 'string' && typeof index === 'number') {
		const item = (raw as Record<string, unknown[]>)?.[list]?.[index] as Record<string, unknown> | undefined;
		const id = typeof item?.id === 'string' && item.id.trim() ? item.id : undefined;
		const noun = list === 'events' ? 'event' : list.replace(/s$/, '');
		return { where: id ? `${noun} "${id}" (${list}[${index}])` : `${list}[${index}]`, rest };
	}
	return { where: 'story', rest: path };
}

function fieldName(path: Path): string {
	if (path.length === 0) return '(whole item)';
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Story-level problems first, then item by item in file order (stable within an item). */
function inFileOrder(errors: ValidationError[]): ValidationError[] {
	const rank = (e: ValidationError) => {
		const m = /^(?:\w+ "[^"]*" \()?(\w+)\[(\d+)\]/.exec(e.where);
		return m ? ([m[1], Number(m[2])] as const) : (['', -1] as const);
	};
	return errors
		.map((e, i) => ({ e, i, r: rank(e) }))
		.sort((a, b) => a.r[0].localeCompare(b.r[0]) || a.r[1] - b.r[1] || a.i - b.i)
		.map(({ e }) => e);
}

function dedupe(errors: ValidationError[]): ValidationError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const key = formatError(e);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/** A contrast ratio as said in a message, rounded down: 2.96 is "2.9", never a passing "3.0". */
const ratio = (r: number) => (Math.floor(r * 10) / 10).toFixed(1);

/** Which way a colour must move to stand out on the theme's paper: darker on a light paper, lighter on a dark one. */
function luminanceWord(colors: Record<string, unknown>): string {
	const paper = typeof colors.paper === 'string' ? colors.paper : DEFAULT_PALETTE.paper;
	return contrast(paper, '#000000') > contrast(paper, '#ffffff') ? 'darker' : 'lighter';
}

/** Rules across items, run on raw data so they report even when the shape check failed. */
function crossChecks(raw: unknown, file: string): ValidationError[] {
	if (!isObj(raw)) return [];
	const errors: ValidationError[] = [];
	const err = (path: Path, message: string) => {
		const { where, rest } = locateItem(path, raw);
		errors.push({ file, where, field: fieldName(rest), message });
	};

	const ids = (key: string) => {
		const seen = new Map<string, number>();
		list(raw[key]).forEach((item, i) => {
			const id = isObj(item) ? str(item.id) : undefined;
			if (id === undefined) return;
			if (seen.has(id)) {
				err([key, i, 'id'], `duplicate id "${id}" (also ${key}[${seen.get(id)}]): ids must be unique, rename one`);
			} else seen.set(id, i);
		});
		return new Set(seen.keys());
	};
	const places = ids('places');
	const placeById = new Map(list(raw.places).flatMap((x) => (isObj(x) && str(x.id) ? [[str(x.id)!, { kind: str(x.kind), adm1: str(x.adm1) }] as const] : [])));
	const sources = ids('sources');
	const eras = ids('eras');
	const eventIds = ids('events');
	ids('corrections');

	const events = list(raw.events);
	const figureIds = new Map<string, string>();
	events.forEach((ev, i) => {
		if (!isObj(ev)) return;
		list(ev.figures).forEach((f, j) => {
			const id = isObj(f) ? str(f.id) : undefined;
			if (id === undefined) return;
			if (figureIds.has(id)) {
				err(['events', i, 'figures', j, 'id'], `duplicate figure id "${id}" (also in event "${figureIds.get(id)}"): rename one`);
			} else figureIds.set(id, str(ev.id) ?? `events[${i}]`);
		});
	});

	const figures = new Set(figureIds.keys());

	const known = (kind: string, set: Set<string>, path: Path, id: string, hint: string) => {
		if (!set.has(id)) err(path, `unknown ${kind} id "${id}": ${hint}`);
	};
	// A logo is shown for the name: it needs the name as its text.
	if (isObj(raw.theme) && raw.theme.logo !== undefined && !str(raw.theme.name)?.trim())
		err(['theme', 'logo'], 'needs the publication’s name (theme.name): it is the logo’s text for readers who cannot see it');
	// A theme's colours keep their contrast on its paper (WCAG: text 4.5:1, marks 3:1).
	const colors = isObj(raw.theme) && isObj(raw.theme.colors) ? raw.theme.colors : null;
	if (colors && Object.values(colors).every((c) => typeof c === 'string' && /^#[0-9a-fA-F]{6}$/.test(c)))
		for (const problem of contrastProblems(colors as Partial<Palette>)) {
			const given = problem.role in colors ? problem.role : 'paper';
			err(
				['theme', 'colors', given],
				given === problem.role
					? `${problem.color} is ${ratio(problem.ratio)}:1 on the paper (${String(colors.paper ?? DEFAULT_PALETTE.paper)}); ${problem.needs === 3 ? 'a mark' : 'text'} in this colour needs ${problem.needs}:1 (WCAG): choose a ${luminanceWord(colors)} one`
					: `leaves ${problem.role} (${problem.color}) at ${ratio(problem.ratio)}:1, under the ${problem.needs}:1 it needs (WCAG): set theme.colors.${problem.role} too, or choose another paper`
			);
		}
	const lead = str(raw.lead);
	if (lead !== undefined) known('event', eventIds, ['lead'], lead, 'use the id of the step whose picture leads the story');
	const placeHint = `use one of ${[...places].join(', ') || '(no places defined)'} or add it to "places"`;

	let previous: { id: string; start: Date; label: string } | undefined;
	events.forEach((ev, i) => {
		if (!isObj(ev)) return;
		const p = (...rest: PropertyKey[]) => ['events', i, ...rest];

		strs(ev.sources).forEach((s, j) => known('source', sources, p('sources', j), s, `define it in the top-level "sources" list`));
		if (raw.requireSources === true && !list(ev.sources).length)
			err(p('sources'), 'no source given, and this story requires one for every step ("requireSources": true): add the ids of the sources behind it');

		const v = ev.visual;
		if (isObj(v)) {
			for (const key of ['focus', 'highlight', 'concern']) strs(v[key]).forEach((id, j) => known('place', places, p('visual', key, j), id, placeHint));
			list(v.routes).forEach((r, j) => {
				if (!isObj(r)) return;
				for (const end of ['from', 'to']) {
					const id = str(r[end]);
					if (id) known('place', places, p('visual', 'routes', j, end), id, placeHint);
				}
			});
			list(v.bases).forEach((b, j) => {
				const id = isObj(b) ? str(b.place) : undefined;
				if (id) known('place', places, p('visual', 'bases', j, 'place'), id, placeHint);
			});
			strs(v.departures).forEach((id, j) => known('place', places, p('visual', 'departures', j), id, placeHint));
			strs(v.areas).forEach((id, j) => {
				if (!places.has(id)) return known('place', places, p('visual', 'areas', j), id, placeHint);
				const place = placeById.get(id);
				if (place?.kind !== 'region' || !place.adm1)
					err(
						p('visual', 'areas', j),
						`place "${id}" cannot be drawn as an area: an area must be a place of kind "region" with an "adm1" code (Natural Earth admin-1, e.g. "IRQ-3051")`
					);
			});
			list(v.borders).forEach((pair, j) => {
				strs(pair).forEach((id, k) => {
					if (!places.has(id)) return known('place', places, p('visual', 'borders', j, k), id, placeHint);
					if (placeById.get(id)?.kind !== 'country')
						err(p('visual', 'borders', j, k), `place "${id}" is not a country: a border is a pair of places of kind "country"`);
				});
			});
			strs(v.figures).forEach((id, j) => known('figure', figures, p('visual', 'figures', j), id, 'define it in some event\'s "figures"'));
			const fig = str(v.figure);
			if (fig) known('figure', figures, p('visual', 'figure'), fig, 'define it in some event\'s "figures"');
			strs(v.milestones).forEach((id, j) => known('event', eventIds, p('visual', 'milestones', j), id, 'use the id of an event in this story'));
			const era = str(v.era);
			if (era) known('era', eras, p('visual', 'era'), era, 'define it in the top-level "eras" list');
		}

		const date = str(ev.date);
		const endDate = str(ev.endDate);
		if (!date || !parseStoryDate(date) || (endDate !== undefined && !parseStoryDate(endDate))) {
			previous = undefined;
			return;
		}
		const [start, end] = eventSpan(date, endDate);
		if (endDate !== undefined && eventSpan(endDate)[1] <= eventSpan(date)[0]) {
			err(p('endDate'), `"${endDate}" is before "${date}": endDate must not come before date`);
		}
		// Dates carry different precisions, so "out of order" means this event cannot be later than the
		// one before it: its whole span ends before the previous one starts.
		if (previous && end <= previous.start) {
			err(
				p('date'),
				`"${date}" comes before the previous event "${previous.id}" (${previous.label}): events must be in chronological order; move this event earlier in the file or fix its date`
			);
		}
		previous = { id: str(ev.id) ?? `events[${i}]`, start, label: date };
	});

	events.forEach((ev, i) => {
		if (isObj(ev) && ev.id === 'latest') err(['events', i, 'id'], '"latest" names the newest step in an address (#latest): give this event another id');
		const added = isObj(ev) ? str(ev.added) : undefined;
		const updated = isObj(ev) ? str(ev.updated) : undefined;
		if (added && updated && updated < added)
			err(['events', i, 'updated'], `"${updated}" is before the day it was added ("${added}"): an update comes after the addition`);
	});
	list(raw.corrections).forEach((c, i) => {
		const event = isObj(c) ? str(c.event) : undefined;
		if (event) known('event', eventIds, ['corrections', i, 'event'], event, 'use the id of the step it corrects, or leave it out for the story as a whole');
	});

	list(raw.eras).forEach((era, i) => {
		if (!isObj(era)) return;
		const s = str(era.start);
		const e = str(era.end);
		if (s && e && parseStoryDate(s) && parseStoryDate(e) && eventSpan(e)[1] <= eventSpan(s)[0])
			err(['eras', i, 'end'], `"${e}" is before "${s}": an era must end after it starts`);
	});

	return errors;
}
