import { describe, expect, it } from 'vitest';
import { eraList } from './eraList';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));

describe('eraList', () => {
	it('lists a short period whole', () => {
		expect(eraList(events(5), 'e2')).toEqual({ rows: events(5), before: 0, after: 0 });
	});

	it('keeps a long period to the active event and its neighbours, counting the rest', () => {
		const list = eraList(events(500), 'e250', 7);
		expect(list.rows.map((e) => e.id)).toEqual(['e248', 'e249', 'e250', 'e251', 'e252']);
		expect(list.before + list.rows.length + list.after).toBe(500);
		// The rows and the two summary lines fit the limit.
		expect(list.rows.length + 2).toBeLessThanOrEqual(7);
	});

	it('stays inside the period at its ends', () => {
		expect(eraList(events(100), 'e0', 7)).toMatchObject({ before: 0, after: 95 });
		expect(eraList(events(100), 'e99', 7)).toMatchObject({ before: 95, after: 0 });
		expect(eraList(events(100), 'not-here', 7).rows[0].id).toBe('e0');
	});
});
