/**
 * Every visual as a data table: the same state the picture draws, in rows a screen reader (or a
 * sceptical reader) can check. Pure: (story, visual state) → caption, columns, rows.
 */
import type { Story } from '../data/types';
import { eventSpan, formatEventDate } from '../data/dates';
import type { Era } from '../data/types';
import { capital, figureText, type VisualState } from './visualState';

export interface Table {
	caption: string;
	columns: string[];
	rows: string[][];
}

export function visualTable(story: Story, state: VisualState): Table {
	switch (state.kind) {
		case 'timeline': {
			const era = state.era;
			const events = era ? eventsInEra(story, era) : story.events;
			return {
				caption: era ? `Events in the period “${era.label}”` : 'Events of the story',
				columns: ['Date', 'Event'],
				rows: events.map((e) => [formatEventDate(e), e.title])
			};
		}
		case 'map': {
			const role = (id: string) =>
				[
					state.focus.some((p) => p.id === id) && 'in view',
					state.highlight.some((p) => p.id === id) && 'highlighted',
					state.concern.some((p) => p.id === id) && 'area of concern',
					...state.bases.filter((b) => b.place.id === id).map((b) => (b.status === 'drawdown' ? 'US drawdown' : 'US forces concentrated'))
				]
					.filter(Boolean)
					.join(', ');
			const places = [...new Map([...state.focus, ...state.highlight, ...state.concern, ...state.bases.map((b) => b.place)].map((p) => [p.id, p])).values()];
			const rows = places.map((p) => [p.name, p.country, role(p.id)]);
			for (const r of state.routes) rows.push([`${r.from.name} → ${r.to.name}`, 'route', `transfer by ${r.mode}`]);
			return { caption: 'Places and routes on the map', columns: ['Place', 'Country', 'On the map'], rows };
		}
		case 'units':
			return {
				caption: `Detainees, one square per ${state.peoplePerUnit} people`,
				columns: ['Group', 'Number', 'Squares'],
				rows: state.groups.map((g) => [g.figure.label, figureText(g.figure), String(g.units)])
			};
		case 'countries':
			return {
				caption: 'Countries, one dot per country',
				columns: ['What', 'Number'],
				rows: [[state.figure.label, figureText(state.figure)]]
			};
		case 'politics':
			return {
				caption: state.title,
				columns: ['Date', 'Milestone', 'This step'],
				rows: [
					...state.milestones.map((m) => [m.dateText, m.event.title, m.active ? 'yes' : '']),
					// The closing numbers stand as they are now.
					...state.figures.map((f) => ['Now', `${capital(figureText(f))}: ${f.label}`, ''])
				]
			};
		case 'photo':
			return {
				caption: 'The photograph, in words',
				columns: ['Shows', 'Credit', 'Caption'],
				rows: [[state.photo.alt, state.photo.credit, state.photo.caption ?? '']]
			};
	}
}

/** Events whose span overlaps the era's. */
export function eventsInEra(story: Story, era: Era) {
	const [a, b] = eventSpan(era.start, era.end);
	return story.events.filter((e) => {
		const [s, t] = eventSpan(e.date, e.endDate);
		return s < b && t > a;
	});
}
