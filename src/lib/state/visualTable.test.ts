import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { describeVisual, visualState } from './visualState';
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

describe('video, audio and link steps, in words', () => {
	const withVisual = (visual: object) => {
		const raw = testStory();
		raw.events[0] = { ...raw.events[0], visual } as never;
		return storySchema.parse(raw);
	};
	const cues = [
		{ start: 0, end: 2, text: 'We will take them.' },
		{ start: 65, end: 70, text: 'All of them.' }
	];

	it('gives a recording with captions its transcript, time by time, and one without them its description', () => {
		const s = withVisual({ kind: 'audio', src: 'a.mp3', title: 'The minister', credit: 'Agency', cues });
		expect(visualTable(s, visualState(s, 0), english)).toEqual({
			caption: 'Transcript: The minister',
			columns: ['Time', 'What is said'],
			rows: [
				['0:00', 'We will take them.'],
				['1:05', 'All of them.']
			]
		});
		const v = withVisual({ kind: 'video', src: 'a.mp4', alt: 'Buses at a crossing', credit: 'Agency', caption: 'Dawn' });
		expect(visualTable(v, visualState(v, 0), english)).toEqual({
			caption: 'The video, in words',
			columns: ['Description', 'Credit', 'Caption'],
			rows: [['Buses at a crossing', 'Agency', 'Dawn']]
		});
	});

	it('gives a link its title, where it opens and its address; the sentence a screen reader hears says it opens elsewhere', () => {
		const s = withVisual({ kind: 'link', url: 'https://youtu.be/x', title: 'The briefing' });
		expect(visualTable(s, visualState(s, 0), english).rows).toEqual([['The briefing', 'YouTube', 'https://youtu.be/x']]);
		expect(describeVisual(visualState(s, 0), english)).toBe('Link to “The briefing” on YouTube; it opens in a new tab.');
	});
});
