import { describe, expect, it } from 'vitest';
import { setMember, setValues } from './jsonEdit';

/** An overlay laid out by hand, as story.ar.json is: tabs, one-line objects, its own order. */
const FILE = `{
	"lang": "ar",
	"places": {
		"hasakah": { "name": "الحسكة", "country": "سوريا" }
	},
	"events": {
		"first": {
			"title": "الأول",
			"body": [
				"واحد."
			]
		},
		"second": {}
	}
}
`;

describe('setValues', () => {
	it('replaces a value where it stands, and nothing else', () => {
		const out = setValues(FILE, [{ path: ['events', 'first', 'title'], value: 'الأول "المعدّل" \\ & <b>' }]);
		expect(out).toBe(FILE.replace('"الأول"', '"الأول \\"المعدّل\\" \\\\ & <b>"'));
		expect(JSON.parse(out).events.first.title).toBe('الأول "المعدّل" \\ & <b>');
	});

	it('adds a missing member to the nearest object, in its neighbours’ indentation, or on a one-line object’s line', () => {
		const out = setValues(FILE, [
			{ path: ['events', 'first', 'notes'], value: 'قل واحد.' },
			{ path: ['places', 'hasakah', 'note'], value: 'x' },
			{ path: ['events', 'second', 'title'], value: 'الثاني' },
			{ path: ['events', 'third', 'body', 0], value: 'ثلاثة.' }
		]);
		expect(out).toContain('\t\t\t],\n\t\t\t"notes": "قل واحد."\n\t\t},');
		expect(out).toContain('"hasakah": { "name": "الحسكة", "country": "سوريا", "note": "x" }');
		expect(out).toContain('"second": {\n\t\t\t"title": "الثاني"\n\t\t}');
		expect(out).toContain('\t\t"third": {\n\t\t\t"body": [\n\t\t\t\t"ثلاثة."\n\t\t\t]\n\t\t}\n\t}\n}');
		expect(JSON.parse(out).events.third).toEqual({ body: ['ثلاثة.'] });
	});

	it('writes a list anew when an item past its end is set', () => {
		const out = setValues(FILE, [{ path: ['events', 'first', 'body', 2], value: 'ثلاثة.' }]);
		expect(JSON.parse(out).events.first.body).toEqual(['واحد.', '', 'ثلاثة.']);
		expect(out).toContain('"body": [\n\t\t\t\t"واحد.",\n\t\t\t\t"",\n\t\t\t\t"ثلاثة."\n\t\t\t]');
	});
});

describe('setMember', () => {
	it('adds a top-level member last, replaces it in place, and removes it', () => {
		const added = setMember(FILE, 'fingerprints', {
			'events.first.title': '0123456789',
			'events.first.body.0': 'abcdefabcd',
			'places.hasakah.name': '1111111111',
			x: '2'
		});
		expect(added).toBe(
			FILE.replace(
				/\n\t}\n}\n$/,
				'\n\t},\n\t"fingerprints": {\n\t\t"events.first.title": "0123456789",\n\t\t"events.first.body.0": "abcdefabcd",\n\t\t"places.hasakah.name": "1111111111",\n\t\t"x": "2"\n\t}\n}\n'
			)
		);
		const replaced = setMember(added, 'fingerprints', { a: '1', b: '2', c: '3', d: '4' });
		expect(JSON.parse(replaced).fingerprints).toEqual({ a: '1', b: '2', c: '3', d: '4' });
		expect(replaced.startsWith(FILE.slice(0, FILE.lastIndexOf('\n\t}')))).toBe(true);
		expect(setMember(added, 'fingerprints', undefined)).toBe(FILE);
	});
});
