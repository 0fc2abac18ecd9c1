/**
 * A page's data, read in the browser from the file SvelteKit writes beside every prerendered page
 * (`__data.json`) rather than from the page itself (see deferScripts). SvelteKit writes that file
 * with devalue's `stringify`, a flat array of values that point at each other by index, and reads
 * it with devalue's `unflatten`, which the page has no way to reach before the app starts. The page
 * gets this reader instead: it reads devalue's form of plain data (objects, arrays, strings, numbers,
 * booleans, null, undefined, NaN, ±Infinity, -0) and throws on anything else (a Date, a Map, a
 * sparse array), which `checkPlainData` refuses at build time first.
 *
 * Plain JavaScript in a string: it goes into the page's start-up script as it is written here.
 */
export const UNFLATTEN_JS = `(values) => {
	const specials = { '-1': undefined, '-3': NaN, '-4': Infinity, '-5': -Infinity, '-6': -0 };
	const special = (i) => {
		if (!(i in specials)) throw new Error('page data: unknown value ' + i);
		return specials[i];
	};
	if (typeof values === 'number') return special(values);
	const read = [];
	const value = (i) => {
		if (i < 0) return special(i);
		if (i in read) return read[i];
		const v = values[i];
		if (v === null || typeof v !== 'object') return (read[i] = v);
		if (Array.isArray(v)) {
			if (typeof v[0] === 'string') throw new Error('page data: a ' + v[0] + ' is not plain data');
			const out = (read[i] = new Array(v.length));
			v.forEach((j, k) => { if (j !== -2) out[k] = value(j); });
			return out;
		}
		const out = (read[i] = {});
		for (const key of Object.keys(v)) {
			if (key === '__proto__') throw new Error('page data: a key named __proto__');
			out[key] = value(v[key]);
		}
		return out;
	};
	return value(0);
}`;

/**
 * Throws, naming where, unless `value` is plain data that UNFLATTEN_JS reads back as it was: only
 * plain objects and dense arrays of strings, numbers, booleans, null and undefined.
 */
export function checkPlainData(value: unknown, where = 'data'): void {
	if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			if (!(i in value)) throw new Error(`${where}[${i}] is a hole in an array: page data must be plain`);
			checkPlainData(value[i], `${where}[${i}]`);
		}
		return;
	}
	const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
	if (proto !== Object.prototype) {
		const kind = typeof value === 'object' ? (proto?.constructor?.name ?? 'null-prototype object') : typeof value;
		throw new Error(`${where} is a ${kind}: page data must be plain objects, arrays, strings, numbers and booleans`);
	}
	for (const [key, v] of Object.entries(value as object)) {
		if (key === '__proto__') throw new Error(`${where} has a key named __proto__`);
		checkPlainData(v, `${where}.${key}`);
	}
}
