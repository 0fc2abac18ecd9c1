import { afterEach, describe, expect, it } from 'vitest';
import { otherEditions, stepPageIds } from './stepPage';

describe('otherEditions', () => {
	it('links a step’s page to the same step’s page in each other language, relative to where it stands', () => {
		expect(otherEditions('centcom-statement', 'en', ['ar'])).toEqual([{ lang: 'ar', name: 'العربية', href: '../../ar/steps/centcom-statement/' }]);
		expect(otherEditions('centcom-statement', 'ar', ['en'])).toEqual([{ lang: 'en', name: 'English', href: '../../../steps/centcom-statement/' }]);
		expect(otherEditions('centcom-statement', 'en', [])).toEqual([]);
	});
});

describe('stepPageIds', () => {
	const story = { events: [{ id: 'isis-surge-2014' }, { id: 'first-transfers' }] };
	const offline = process.env.OFFLINE;
	afterEach(() => {
		if (offline === undefined) delete process.env.OFFLINE;
		else process.env.OFFLINE = offline;
	});

	it('prerenders a page for every step, in the story’s order', () => {
		delete process.env.OFFLINE;
		expect(stepPageIds(story)).toEqual(['isis-surge-2014', 'first-transfers']);
	});

	it('prerenders none in the offline edition’s build, which is made only for its reading pages', () => {
		process.env.OFFLINE = '1';
		expect(stepPageIds(story)).toEqual([]);
	});
});
