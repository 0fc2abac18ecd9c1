import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
		const rows = parseCsv('\uFEFFYear,Headline,Text\r\n2019,"Baghouz, the last","He said ""no"".\nNew line"\r\n2026,Plain,\n');
		expect(rows).toEqual([
			{ row: 1, line: 1, cells: ['Year', 'Headline', 'Text'] },
			{ row: 2, line: 2, cells: ['2019', 'Baghouz, the last', 'He said "no".\nNew line'] },
			{ row: 3, line: 4, cells: ['2026', 'Plain', ''] }
		]);
	});

	it('skips blank rows but keeps the row and line numbers of the others', () => {
		expect(parseCsv('a,b\n,\n\n1,2').map((r) => [r.row, r.line])).toEqual([
			[1, 1],
			[4, 4]
		]);
	});

	it('names the line of a quote that is never closed', () => {
		expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvError);
		expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(/line 2/);
	});
});
