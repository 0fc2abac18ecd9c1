/**
 * CSV as spreadsheets save it (RFC 4180): fields separated by commas, quoted with double quotes where
 * they hold commas, quotes (doubled) or line breaks; CRLF or LF line ends; a byte-order mark allowed.
 * Returns the rows with their number as a spreadsheet counts them (the header is row 1; a cell with a
 * line break does not add a row) and the line of the file each starts on. Blank rows are left out.
 */

export interface CsvRow {
	/** 1-based record number: the spreadsheet's row number. */
	row: number;
	/** 1-based line of the file where the row starts. */
	line: number;
	cells: string[];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
	const src = text.replace(/^\uFEFF/, '');
	const rows: CsvRow[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (quoted) {
			if (c === '"' && src[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === ',') {
			cells.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			cells.push(cell);
			rows.push({ row: rows.length + 1, line: rowLine, cells });
			cells = [];
			cell = '';
			line++;
			rowLine = line;
		} else cell += c;
	}
	if (quoted) throw new CsvError(`line ${rowLine}: a quoted field is never closed (a missing ")`);
	if (cell !== '' || cells.length) {
		cells.push(cell);
		rows.push({ row: rows.length + 1, line: rowLine, cells });
	}
	return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}
