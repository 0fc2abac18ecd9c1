/**
 * A TimelineJS spreadsheet saved as CSV, with its template's header row, as import input (see
 * `fromTimelineJS.ts`). Headers are matched as TimelineJS matches them: case and spaces ignored.
 * `Type` is `title` (the title slide), `era`, or empty (an event). Errors and notes name the row as the
 * spreadsheet numbers it (the header is row 1).
 */
import { CsvError, parseCsv } from './csv';
import { ImportError, type NamedSlide, type RawSlide, type TimelineInput } from './fromTimelineJS';

export const SHEET_HEADERS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Background'
] as const;
type Header = (typeof SHEET_HEADERS)[number];

const squash = (h: string) => h.toLowerCase().replace(/\s+/g, '');
const BY_KEY = new Map<string, Header>(SHEET_HEADERS.map((h) => [squash(h), h]));

export function readTimelineSheet(text: string): TimelineInput {
	let rows;
	try {
		rows = parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) throw new ImportError(e.message);
		throw e;
	}
	if (!rows.length) throw new ImportError('the file is empty: expected a header row and one row per slide');
	const columns = rows[0].cells.map((cell, i) => {
		const name = cell.trim();
		if (!name) return null;
		const header = BY_KEY.get(squash(name));
		if (!header) throw new ImportError(`row 1, column ${i + 1}: "${name}" is not a TimelineJS column. The template's columns are: ${SHEET_HEADERS.join(', ')}`);
		return header;
	});
	if (!columns.includes('Year'))
		throw new ImportError(`row 1: there is no Year column, so these are not TimelineJS's headers. Expected: ${SHEET_HEADERS.join(', ')}`);

	const title: NamedSlide[] = [];
	const events: NamedSlide[] = [];
	const eras: NamedSlide[] = [];
	for (const { row, cells } of rows.slice(1)) {
		const get = (h: Header) => {
			const i = columns.indexOf(h);
			return i < 0 ? '' : (cells[i] ?? '').trim();
		};
		const date = (prefix: '' | 'End ') => {
			const parts = { year: get(`${prefix}Year`), month: get(`${prefix}Month`), day: get(`${prefix}Day`), time: get(`${prefix}Time`) };
			return Object.values(parts).some(Boolean) ? parts : undefined;
		};
		const media = { url: get('Media'), credit: get('Media Credit'), caption: get('Media Caption'), thumbnail: get('Media Thumbnail'), alt: get('Alt Text') };
		const slide: RawSlide = {
			start_date: date(''),
			...(date('End ') ? { end_date: date('End ') } : {}),
			...(get('Display Date') ? { display_date: get('Display Date') } : {}),
			text: { headline: get('Headline'), text: get('Text') },
			...(Object.values(media).some(Boolean) ? { media } : {}),
			...(get('Group') ? { group: get('Group') } : {}),
			...(get('Background') ? { background: get('Background') } : {})
		};
		const type = get('Type').toLowerCase();
		const named = { where: `row ${row}`, slide };
		if (type === 'title') {
			if (title.length) throw new ImportError(`row ${row}: a second title row (the first is ${title[0].where}); a timeline has one title`);
			title.push(named);
		} else if (type === 'era') eras.push(named);
		else if (type === '') events.push(named);
		else throw new ImportError(`row ${row}: Type "${get('Type')}" is not one TimelineJS knows: leave it empty for an event, or write "title" or "era"`);
	}
	return { ...(title[0] ? { title: title[0] } : {}), events, eras };
}
