/**
 * Which events a period's close-up lists. A period of a long story can hold hundreds of events: the
 * list keeps at most `max` rows, the active event among them with its nearest neighbours, and says how
 * many it left out before and after, so the close-up reads the same at 17 events or 1,000.
 */
export interface EraList<T> {
	rows: T[];
	/** Events of the period before the first row, and after the last. */
	before: number;
	after: number;
}

export function eraList<T extends { id: string }>(events: T[], activeId: string, max = 7): EraList<T> {
	if (events.length <= max) return { rows: events, before: 0, after: 0 };
	const at = Math.max(
		0,
		events.findIndex((e) => e.id === activeId)
	);
	// A summary line takes a row of its own: keep room for the ones that will be needed.
	const room = max - 2;
	const start = Math.max(0, Math.min(events.length - room, at - Math.floor(room / 2)));
	const rows = events.slice(start, start + room);
	return { rows, before: start, after: events.length - start - rows.length };
}
