import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { visualState } from './visualState';
import { eventsInEra, visualTable } from './visualTable';
import { english } from '../i18n/strings.en';

const story = storySchema.parse(testStory());
const table = (i: number) => visualTable(story, visualState(story, i), english);

describe('visualTable', () => {
	it('lists the units groups with the numbers the picture draws', () => {
		expect(table(1).rows).toEqual([
			['detained', 'more than 30,000\u00a0people', '600'],
			['to move', 'up to 7,000\u00a0people', '140']
		]);
	});

	it('lists map places with their role and the routes', () => {
		expect(table(2).rows).toEqual([
			['Hasakah', 'Syria', 'in view and highlighted'],
			['Hasakah → Iraq', 'route', 'transfer by land']
		]);
	});

	it('lists the political milestones and marks the active one', () => {
		expect(table(3).rows).toEqual([
			['2017', 'First', ''],
			['2026', 'Fourth', 'yes']
		]);
	});

	it('lists the events inside a timeline step’s era', () => {
		expect(table(0).rows.map((r) => r[1])).toEqual(['Third', 'Fourth']);
	});
});

describe('eventsInEra', () => {
	const era = { id: 'territory', label: 'Holds territory', start: '2014', end: '2019-03' };
	const events = [
		{ id: 'surge', date: '2014' },
		{ id: 'fall', date: '2019-03-23' },
		{ id: 'detained', date: '2019' },
		{ id: 'april', date: '2019-04-02' },
		{ id: 'camps', date: '2019', endDate: '2026' }
	];
	it('lists only what began inside the era, at its dates’ precision', () => {
		const s = { events } as unknown as Parameters<typeof eventsInEra>[0];
		expect(eventsInEra(s, era).map((e) => e.id)).toEqual(['surge', 'fall']);
	});
});
