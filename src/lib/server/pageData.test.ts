import { stringify, unflatten } from 'devalue';
import { describe, expect, it } from 'vitest';
import { checkPlainData, UNFLATTEN_JS } from './pageData';

const read = new Function(`return ${UNFLATTEN_JS}`)() as (values: unknown) => unknown;
/** What the browser gets from SvelteKit's `__data.json` for a node's data, read back. */
const roundTrip = (value: unknown) => read(JSON.parse(stringify(value)));

describe('the page-data reader (devalue’s flattened form, plain data only)', () => {
	const story = {
		title: 'From Syria’s camps to Iraq’s prisons',
		events: [
			{ id: 'a', date: '2014', figures: [30000, 7000, 2200], notes: undefined, open: true },
			{ id: 'b', date: '2026-01', figures: [], notes: null, open: false }
		],
		shared: 'From Syria’s camps to Iraq’s prisons',
		odd: [NaN, Infinity, -Infinity, -0, 0, '', {}],
		nested: { deep: { deeper: ['x', ['y', ['z']]] } }
	};

	it('reads what devalue wrote, as devalue reads it', () => {
		expect(roundTrip(story)).toStrictEqual(unflatten(JSON.parse(stringify(story))));
		expect(roundTrip(story)).toStrictEqual(story);
		expect(Object.is((roundTrip(story) as typeof story).odd[3], -0)).toBe(true);
	});

	it('reads a value shared by two places once, as one value', () => {
		const place = { id: 'mosul' };
		const both = roundTrip({ a: place, b: place }) as { a: object; b: object };
		expect(both.a).toBe(both.b);
	});

	it('reads data that is one value, not an object', () => {
		for (const v of [undefined, null, 'text', 3, true, NaN]) expect(roundTrip(v)).toStrictEqual(v);
	});

	it('throws on what is not plain data rather than reading it wrongly', () => {
		expect(() => roundTrip({ when: new Date(0) })).toThrow(/Date is not plain/);
		expect(() => roundTrip({ m: new Map([[1, 2]]) })).toThrow(/Map is not plain/);
	});

	it('reads an array with a hole as devalue does, and throws on devalue’s form for a sparse one', () => {
		// eslint-disable-next-line no-sparse-arrays
		const holed = [1, , 3];
		expect(roundTrip(holed)).toStrictEqual(unflatten(JSON.parse(stringify(holed))));
		const sparse: number[] = [];
		sparse[1000] = 1;
		expect(() => roundTrip(sparse)).toThrow(/unknown value -7/);
	});
});

describe('checkPlainData', () => {
	it('accepts plain JSON-like data', () => {
		expect(() => checkPlainData({ a: [1, 'x', null, undefined, true, { b: NaN }] })).not.toThrow();
	});

	it('names where something is not plain', () => {
		expect(() => checkPlainData({ story: { events: [{ when: new Date(0) }] } })).toThrow('data.story.events[0].when is a Date');
		expect(() => checkPlainData({ s: new Set() })).toThrow('data.s is a Set');
		// eslint-disable-next-line no-sparse-arrays
		expect(() => checkPlainData({ list: [1, , 3] })).toThrow('data.list[1] is a hole');
		expect(() => checkPlainData({ f: () => 1 })).toThrow('data.f is a function');
		expect(() => checkPlainData({ o: Object.create(null) })).toThrow('data.o is a null-prototype object');
	});
});
