import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../data/schema';
import { testStory } from '../../data/testStory';
import { storySteps } from '../../story/steps';
import { axisLayout, LABEL_CHAR, MAX_LANES, polylinear } from './axisLayout';

const story = storySchema.parse(testStory());
const steps = storySteps(story);

/** The real story, and a 1,000-event one made from it (fresh ids, same dates, in order). */
const real = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
const thousand = (() => {
	const events = Array.from({ length: 1000 }, (_, i) => ({ ...real.events[i % real.events.length], id: `e${i}` }));
	events.sort((a, b) => a.date.localeCompare(b.date));
	return { ...real, events: events.map((e) => (e.visual.kind === 'politics' ? { ...e, visual: { kind: 'timeline' as const } } : e)) };
})();

describe('axisLayout', () => {
	const layout = axisLayout(story, steps, 1, 1000);

	it('spans whole calendar years from the first event to the last, with a tick at each end', () => {
		expect(layout.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2027-01-01']);
		expect(layout.ticks[0]).toMatchObject({ x: 0, label: '2017' });
		expect(layout.ticks.at(-1)).toMatchObject({ x: 1000, label: '2027' });
	});

	it('draws a year-only date as a soft band across its year, never as a duration; a day as a point', () => {
		const [year, day] = layout.marks;
		expect(year.shape).toBe('approximate');
		expect(day.shape).toBe('point');
		const withEnd = storySchema.parse({ ...testStory(), events: testStory().events.map((e, i) => (i === 0 ? { ...e, endDate: '2018' } : e)) });
		expect(axisLayout(withEnd, storySteps(withEnd), 0, 1000).marks[0].shape).toBe('duration');
	});

	it('draws busier years wider, and says the scale is uneven', () => {
		// 2026 holds two of the four events, 2017 one: 2026 is drawn wider than 2017.
		const tickX = (label: string) => layout.ticks.find((t) => t.label === label)?.x;
		const year2026 = 1000 - tickX('2026')!;
		const marks2017 = layout.marks[0];
		expect(year2026).toBeGreaterThan(marks2017.x1 - marks2017.x0);
		expect(layout.uneven).toBe(true);
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

	it(`never uses more than ${MAX_LANES} lanes, at 17 events or at 1,000`, () => {
		for (const s of [real, thousand]) {
			for (const width of [320, 1000]) {
				const l = axisLayout(s, storySteps(s), 0, width);
				expect(l.lanes).toBeLessThanOrEqual(MAX_LANES);
				expect(Math.max(...l.marks.map((m) => m.lane))).toBeLessThan(MAX_LANES);
			}
		}
	});

	it('labels the active event, inside the axis, at any step and width', () => {
		for (const width of [320, 1000]) {
			for (const index of [0, Math.floor(real.events.length / 2), real.events.length - 1]) {
				const l = axisLayout(real, storySteps(real), index, width)!;
				const label = l.activeLabel!;
				expect(label.text).toContain(real.events[index].short ?? real.events[index].title);
				const w = label.text.length * LABEL_CHAR;
				const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
				expect(left).toBeGreaterThanOrEqual(-0.5);
				expect(left + w).toBeLessThanOrEqual(width + 0.5);
			}
		}
	});

	it('keeps year labels clear of each other, the end ones anchored inward', () => {
		for (const width of [320, 1000]) {
			const l = axisLayout(real, storySteps(real), 0, width);
			const extent = (i: number) => {
				const t = l.ticks[i];
				const w = t.label.length * LABEL_CHAR;
				return i === 0 ? [t.x, t.x + w] : i === l.ticks.length - 1 ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
			};
			for (let i = 1; i < l.ticks.length; i++) expect(extent(i)[0]).toBeGreaterThanOrEqual(extent(i - 1)[1]);
			expect(l.ticks.at(-1)!.x).toBeCloseTo(width, 6);
		}
	});

	it('lays out eras and marks the active one', () => {
		const [era] = axisLayout(story, steps, 0, 1000, 'transfers').eras;
		expect(era).toMatchObject({ id: 'transfers', label: 'Transfers', x1: 1000, active: true });
		expect(era.x0).toBeCloseTo(axisLayout(story, steps, 0, 1000).ticks.find((t) => t.label === '2026')!.x, 0);
		expect(axisLayout(story, steps, 0, 1000).eras[0].active).toBe(false);
	});
});

describe('polylinear', () => {
	const d = (y: number, m = 0) => new Date(Date.UTC(y, m, 1));
	const x = polylinear([d(2014), d(2015), d(2020)], [0, 100, 150]);
	it('maps each break to its position and interpolates in between', () => {
		expect(x(d(2014))).toBe(0);
		expect(x(d(2015))).toBe(100);
		expect(x(d(2020))).toBe(150);
		expect(x(new Date((d(2015).getTime() + d(2020).getTime()) / 2))).toBeCloseTo(125);
	});
	it('clamps dates outside the breaks', () => {
		expect(x(d(2010))).toBe(0);
		expect(x(d(2030))).toBe(150);
	});
});
