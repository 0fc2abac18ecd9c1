import { describe, expect, it } from 'vitest';
import { storySchema } from '../../data/schema';
import { testStory } from '../../data/testStory';
import { storySteps } from '../../story/steps';
import { axisLayout } from './axisLayout';

const story = storySchema.parse(testStory());
const steps = storySteps(story);

describe('axisLayout', () => {
	const layout = axisLayout(story, steps, 1, 1000);

	it('spans whole calendar years from the first event to the last', () => {
		expect(layout.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2027-01-01']);
		expect(layout.ticks[0]).toEqual({ x: 0, label: '2017' });
		expect(layout.ticks.at(-1)).toEqual({ x: 1000, label: '2027' });
	});

	it('draws a year-precision event as a span across its year, a day as a point', () => {
		const [year, day] = layout.marks;
		expect(year.point).toBe(false);
		expect(year.x1 - year.x0).toBeCloseTo(100, 0);
		expect(day.point).toBe(true);
	});

	it('marks past, active and future steps', () => {
		expect(layout.marks.map((m) => m.state)).toEqual(['past', 'active', 'future', 'future']);
	});

	it('puts overlapping marks in separate lanes', () => {
		// "third" (21 Jan 2026) lies inside "fourth" (2026): they cannot share a lane.
		const third = layout.marks[2];
		const fourth = layout.marks[3];
		expect(third.lane).not.toBe(fourth.lane);
		expect(layout.marks[0].lane).toBe(0);
		expect(layout.lanes).toBe(2);
	});

	it('lays out eras and marks the active one', () => {
		const [era] = axisLayout(story, steps, 0, 1000, 'transfers').eras;
		expect(era).toMatchObject({ id: 'transfers', label: 'Transfers', x1: 1000, active: true });
		// January 2026 starts nine-tenths of the way along 2017–2027 (leap days shift it a hair).
		expect(era.x0).toBeCloseTo(900, 0);
		expect(axisLayout(story, steps, 0, 1000).eras[0].active).toBe(false);
	});
});
