/**
 * Every visual as a data table: the same state the picture draws, in rows a screen reader (or a
 * sceptical reader) can check. Pure: (story, visual state) → caption, columns, rows.
 */
import type { Story } from '../model/types';
import { eventSpan, formatEventDate } from '../model/dates';
import type { Era } from '../model/types';
import type { Locale } from '../i18n/locale';
import { fill, plural } from '../i18n/strings';
import { capital, figureText, trackTitle, type VisualState } from './visualState';

export interface Table {
	caption: string;
	columns: string[];
	rows: string[][];
}

export function visualTable(story: Story, state: VisualState, locale: Locale): Table {
	const t = locale.t;
	switch (state.kind) {
		case 'timeline': {
			const era = state.era;
			const events = era ? eventsInEra(story, era) : story.events;
			return {
				caption: era ? fill(t.tableEventsInEra, { era: era.label }) : t.tableEvents,
				columns: [t.colDate, t.colEvent],
				rows: events.map((e) => [formatEventDate(e, locale.date), e.title])
			};
		}
		case 'map': {
			const role = (id: string) =>
				[
					state.focus.some((p) => p.id === id) && t.roleInView,
					state.highlight.some((p) => p.id === id) && t.roleHighlighted,
					state.concern.some((p) => p.id === id) && t.roleConcern,
					...state.bases.filter((b) => b.place.id === id).map((b) => (b.status === 'drawdown' ? t.roleDrawdown : t.roleConcentrated))
				].filter((r): r is string => Boolean(r));
			const roles = (id: string) => locale.list(role(id));
			const places = [...new Map([...state.focus, ...state.highlight, ...state.concern, ...state.bases.map((b) => b.place)].map((p) => [p.id, p])).values()];
			const rows = places.map((p) => [p.name, p.country, roles(p.id)]);
			for (const r of state.routes) rows.push([fill(t.routeRow, { from: r.from.name, to: r.to.name }), t.rowRoute, t.transferBy[r.mode]]);
			return { caption: t.tableMap, columns: [t.colPlace, t.colCountry, t.colOnMap], rows };
		}
		case 'units':
			return {
				caption: plural(locale, t.tableUnits, state.peoplePerUnit),
				columns: [t.colGroup, t.colNumber, t.colSquares],
				rows: state.groups.map((g) => [g.figure.label, figureText(g.figure, locale), locale.number(g.units)])
			};
		case 'countries':
			return {
				caption: t.tableCountries,
				columns: [t.colWhat, t.colNumber],
				rows: [[state.figure.label, figureText(state.figure, locale)]]
			};
		case 'politics':
			return {
				caption: trackTitle(state, locale),
				columns: [t.colDate, t.colMilestone, t.colThisStep],
				rows: [
					...state.milestones.map((m) => [formatEventDate(m.event, locale.date), m.event.title, m.active ? t.yes : '']),
					// The closing numbers stand as they are now.
					...state.figures.map((f) => [t.now, fill(t.figureLabelled, { figure: capital(figureText(f, locale)), label: f.label }), ''])
				]
			};
		case 'photo':
			return {
				caption: t.tablePhoto,
				columns: [t.colShows, t.colCredit, t.colCaption],
				rows: [[state.photo.alt, state.photo.credit, state.photo.caption ?? '']]
			};
		case 'video':
		case 'audio': {
			// A recording's table is its transcript, line by line, when it has captions.
			const m = state.kind === 'video' ? state.video : state.audio;
			const what = state.kind === 'video' ? state.video.alt : state.audio.title;
			if (m.cues.length)
				return {
					caption: fill(t.tableTranscript, { what }),
					columns: [t.colTime, t.colSaid],
					rows: m.cues.map((c) => [clock(c.start, locale), c.text])
				};
			return {
				caption: state.kind === 'video' ? t.tableVideo : t.tableAudio,
				columns: [state.kind === 'video' ? t.colDescription : t.colRecording, t.colMediaCredit, t.colCaption],
				rows: [[what, m.credit, m.caption ?? '']]
			};
		}
		case 'link':
			return {
				caption: t.tableLink,
				columns: [t.colTitle, t.colWhere, t.colAddress],
				rows: [[state.link.title, state.link.provider, state.link.url]]
			};
	}
}

/** A time in a recording as a reader's clock shows it: 0:05, 1:02:03, in the locale's digits. */
export function clock(seconds: number, locale: Locale): string {
	const s = Math.floor(seconds);
	const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
	const two = (n: number) => locale.number(n).padStart(2, locale.number(0));
	return h ? `${locale.number(h)}:${two(m)}:${two(sec)}` : `${locale.number(m)}:${two(sec)}`;
}

/**
 * Events that began inside the era: the whole of the start date, at its precision, lies within the
 * era's span. A date known only to its year is not placed in a period that ends within that year
 * ("2019" is not inside "2014 – March 2019"), and a duration belongs to the period it began in.
 */
export function eventsInEra(story: Story, era: Era) {
	const [a, b] = eventSpan(era.start, era.end);
	return story.events.filter((e) => {
		const [s, t] = eventSpan(e.date);
		return s >= a && t <= b;
	});
}
