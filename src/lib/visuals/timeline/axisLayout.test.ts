import { readFileSync } from 'node:fs';
import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { storySteps } from '../../state/steps';
import { axisGeometry, axisLayout, BREAK, CROWDED, LABEL_CHAR, labelExtent, MAX_LANES, MIN_WIDTH, zoomShare, zoomStart } from './axisLayout';

const story = storySchema.parse(testStory());
const steps = storySteps(story);

/** The real story, and a 1,000-event one made from it (fresh ids, same dates, in order). */
const real = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
const realSteps = storySteps(real);
const thousand = (() => {
	const events = Array.from({ length: 1000 }, (_, i) => ({ ...real.events[i % real.events.length], id: `e${i}` }));
	events.sort((a, b) => a.date.localeCompare(b.date));
	return { ...real, events: events.map((e) => (e.visual.kind === 'politics' ? { ...e, visual: { kind: 'timeline' as const } } : e)) };
})();
const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
/** Widths of the axis from a phone held upright to a projector. */
const WIDTHS = [320, 362, 560, 800, 1000, 1400];

describe('axisLayout: to scale', () => {
	it('runs from 1 January of the first year to the end of the data (the day it was updated), never to a year not yet come', () => {
		const l = axisLayout(real, realSteps, 0, 1000);
		expect(l.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2014-01-01', '2026-11-28']);
		expect(l.ticks.map((t) => t.year)).not.toContain(2027);
		const small = axisLayout(story, steps, 0, 1000);
		expect(small.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2026-02-02']);
	});

	it("ends at the story's last date when that is before the update, and enlarges the crowded end there", () => {
		// Apollo: 1961 to four days in July 1969, updated in 2026.
		const apollo = storySchema.parse(JSON.parse(readFileSync('tests/fixtures/second-story.json', 'utf8')));
		const last = apollo.events.at(-1)!.date;
		for (const width of [330, 1000]) {
			const l = axisGeometry(apollo, storySteps(apollo), width);
			expect(new Date(l.domain[1].getTime() - DAY).toISOString().slice(0, 10)).toBe(last);
			expect(l.ticks.at(-1)!.year).toBe(Number(last.slice(0, 4)));
			expect(l.zoom!.from.toISOString().slice(0, 7)).toBe(last.slice(0, 7));
			// One wording at every width: the span where it fits, always "enlarged N×".
			expect(l.zoom!.label.text).toMatch(width > 400 ? /^Jul 1969, enlarged \d+×$/ : /(^|, )enlarged \d+×$/);
			expect(l.marks.every((m) => !m.open)).toBe(true);
		}
	});

	it('draws every year outside the zoom as wide as every other: ticks evenly spaced', () => {
		for (const s of [real, story, thousand]) {
			for (const width of WIDTHS) {
				const l = axisGeometry(s, storySteps(s), width);
				// Each year's width is its share of the main part's span (a leap year is a day wider).
				const mainEnd = l.zoom ? l.zoom.from.getTime() : l.domain[1].getTime();
				const mainW = l.zoom ? l.zoom.breakX : width;
				const perMs = mainW / (mainEnd - l.domain[0].getTime());
				expect(l.ticks.length).toBeGreaterThan(1);
				for (let i = 1; i < l.ticks.length; i++)
					expect(l.ticks[i].x - l.ticks[i - 1].x).toBeCloseTo((utc(l.ticks[i].year) - utc(l.ticks[i - 1].year)) * perMs, 6);
			}
		}
	});

	it('is the linear UTC scale d3 would make, on each side of the break', () => {
		for (const width of WIDTHS) {
			const l = axisGeometry(real, realSteps, width);
			const z = l.zoom!;
			const main = scaleUtc().domain([l.domain[0], z.from]).range([0, z.breakX]);
			const zoom = scaleUtc().domain([z.from, z.to]).range([z.x0, z.x1]);
			for (const m of l.marks) {
				const [a, b] = realSteps[m.index].span;
				const expected = (d: Date) => (d < z.from ? main(d) : zoom(d > z.to ? z.to : d));
				expect(m.x0).toBeCloseTo(expected(a), 6);
				expect(m.x1).toBeCloseTo(expected(b), 6);
			}
			for (const t of l.ticks) expect(t.x).toBeCloseTo(main(new Date(utc(t.year))), 6);
			for (const t of z.ticks) expect(t.x).toBeCloseTo(zoom(new Date(`${t.key}-01T00:00:00Z`)), 6);
		}
	});

	it('labels months in the zoom where there is room (a new year by its year), clear of each other and of the zoom’s label', () => {
		const l = axisLayout(real, realSteps, 0, 760);
		const z = l.zoom!;
		const labelled = z.ticks.filter((t) => t.label);
		expect(labelled.length).toBeGreaterThan(0);
		const january = z.ticks.find((t) => t.year && t.label);
		expect(january?.label).toBe('2026');
		const zoomLeft = labelExtent(z.label.x, z.label.anchor, z.label.text)[0];
		let right = z.x0;
		for (const t of labelled) {
			const half = (t.label!.length * LABEL_CHAR) / 2;
			expect(t.x - half).toBeGreaterThanOrEqual(right);
			expect(t.x + half).toBeLessThanOrEqual(zoomLeft);
			right = t.x + half;
		}
		for (const width of WIDTHS) for (const t of axisLayout(real, realSteps, 0, width).zoom?.ticks ?? []) if (t.label) expect(t.x).toBeGreaterThan(0);
	});

	it('names a month in the zoom at every width, a phone’s included, shortening its own label to make room', () => {
		for (const width of WIDTHS) {
			const z = axisLayout(real, realSteps, 0, width).zoom!;
			expect(
				z.ticks.some((t) => t.label),
				`at ${width} px`
			).toBe(true);
		}
		// The same wording at every width ("…, enlarged N×"), only its span shortened or left to the month labels.
		for (const width of WIDTHS.filter((w) => w >= 360))
			expect(axisLayout(real, realSteps, 0, width).zoom!.label.text, `at ${width} px`).toMatch(/(^|, )enlarged \d+×$/);
		expect(axisLayout(real, realSteps, 0, 1400).zoom!.label.text).toMatch(/^\w{3}( 2025)?–\w{3} 2026, enlarged \d+×$/);
	});

	it('says which year the zoom’s months are in at every width: in its own label or at a year’s first month', () => {
		// (250: the axis of a phone on its side.)
		for (const width of [...WIDTHS, 220, 250, 270, 340, 390]) {
			const z = axisLayout(real, realSteps, 0, width).zoom!;
			const words = [z.label.text, ...z.ticks.filter((t) => t.label).map((t) => t.label!)];
			// A month named without a year ("Apr") follows a year's own label, or the zoom's label names it.
			const firstMonth = z.ticks.findIndex((t) => t.label && !/\d{4}/.test(t.label));
			const yearBefore = z.ticks.slice(0, Math.max(firstMonth, 0)).some((t) => t.label && /^\d{4}$/.test(t.label));
			expect(/\d{4}|\d{4}–\d{2}/.test(z.label.text) || firstMonth < 0 || yearBefore, `at ${width} px: ${words.join(' | ')}`).toBe(true);
		}
	});

	it('puts no tick after the last date, and none inside the zoom', () => {
		for (const width of WIDTHS) {
			const l = axisGeometry(real, realSteps, width);
			for (const t of l.ticks) {
				expect(utc(t.year)).toBeLessThan(l.domain[1].getTime());
				if (l.zoom) expect(t.x).toBeLessThan(l.zoom.breakX);
			}
			for (const t of l.zoom?.ticks ?? []) expect(Date.parse(`${t.key}-01T00:00:00Z`)).toBeLessThan(l.domain[1].getTime());
		}
	});

	it('keeps year labels clear of each other and of the zoom label, inside the axis', () => {
		for (const width of WIDTHS) {
			const l = axisGeometry(real, realSteps, width);
			const boxes = l.ticks.filter((t) => t.label).map((t) => labelExtent(t.labelX, t.anchor, t.label!));
			if (l.zoom) boxes.push(labelExtent(l.zoom.label.x, l.zoom.label.anchor, l.zoom.label.text));
			expect(boxes.length).toBeGreaterThanOrEqual(2);
			for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1]);
			expect(boxes[0][0]).toBeGreaterThanOrEqual(-0.01);
			expect(boxes.at(-1)![1]).toBeLessThanOrEqual(width + 0.01);
		}
	});
});

describe('axisLayout: the zoom', () => {
	it('enlarges the crowded last weeks, labelled with its span and factor, after a marked break', () => {
		for (const width of WIDTHS) {
			const l = axisGeometry(real, realSteps, width);
			const z = l.zoom!;
			expect(z, `zoom at ${width}`).not.toBeNull();
			expect(z.from.getUTCDate()).toBe(1);
			expect(z.to.getTime()).toBe(l.domain[1].getTime());
			expect(z.x0 - z.breakX).toBe(BREAK);
			expect(z.x1).toBe(width);
			expect(z.x1 - z.x0).toBeCloseTo(width * zoomShare(width), 6);
			expect(z.factor).toBeGreaterThanOrEqual(2);
			expect(z.label.text).toContain(`${z.factor}×`);
			const [left, right] = labelExtent(z.label.x, z.label.anchor, z.label.text);
			expect(left).toBeGreaterThanOrEqual(z.x0 - 0.01);
			expect(right).toBeLessThanOrEqual(z.x1 + 0.01);
			// The zoom holds the story's last events (January 2026), separated.
			const jan = l.marks.filter((m) => ['centcom-statement', 'sdf-stg-clashes'].includes(m.id));
			for (const m of jan) expect(m.x0).toBeGreaterThanOrEqual(z.x0);
			// Its span's months are ticked, evenly (months differ by days only).
			expect(z.ticks[0].key).toBe(z.from.toISOString().slice(0, 7));
			expect(z.ticks.every((t) => t.x >= z.x0 && t.x <= z.x1)).toBe(true);
		}
	});

	it('says which span it enlarges, in words that fit', () => {
		expect(axisGeometry(real, realSteps, 1400).zoom!.label.text).toMatch(/^Jan–Nov 2026, enlarged \d+×$/);
		expect(axisGeometry(real, realSteps, 800).zoom!.label.text).toMatch(/^\w{3}( 2025)?–\w{3} 2026, enlarged \d+×$/);
		expect(axisGeometry(real, realSteps, 362).zoom!.label.text).toMatch(/×$/);
	});

	it('derives its start from the data: the month of the first start in the crowded tail', () => {
		// At 1,000 px over eleven years a day is about 0.25 px: 20 days apart is crowded, 90 is not.
		const domain: [number, number] = [utc(2016), utc(2027)];
		const px = 1000 / (domain[1] - domain[0]);
		expect(20 * DAY * px).toBeLessThan(CROWDED);
		expect(90 * DAY * px).toBeGreaterThan(CROWDED);
		expect(zoomStart([utc(2017), utc(2025, 12, 20), utc(2026, 1, 1), utc(2026, 1, 21)], domain, 1000)).toBe(utc(2025, 12));
		expect(zoomStart([utc(2017), utc(2025, 10, 1), utc(2026, 1, 1), utc(2026, 1, 21)], domain, 1000)).toBe(utc(2026, 1));
		// Nothing crowded at the end: no zoom.
		expect(zoomStart([utc(2017), utc(2020), utc(2023)], domain, 1000)).toBeNull();
		// Crowded all along: the zoom is at most the last quarter.
		const everyWeek = Array.from({ length: 520 }, (_, i) => utc(2016) + i * 7 * DAY);
		const from = zoomStart(everyWeek, domain, 1000)!;
		expect(from).toBeGreaterThanOrEqual(domain[1] - 0.25 * (domain[1] - domain[0]));
		expect(from - (domain[1] - 0.25 * (domain[1] - domain[0]))).toBeLessThan(32 * DAY);
		expect(new Date(from).getUTCDate()).toBe(1);
	});

	it('is absent when nothing crowds the end: the whole axis is one scale', () => {
		const spread = storySchema.parse({
			...testStory(),
			events: testStory().events.map((e, i) => ({ ...e, date: ['2017', '2019-03-23', '2022-06-01', '2025'][i] }))
		});
		const l = axisGeometry(spread, storySteps(spread), 1000);
		expect(l.zoom).toBeNull();
		expect(l.ticks.at(-1)!.year).toBe(2026);
		expect(l.ticks[0].x).toBe(0);
	});
});

describe('axisLayout: one precision rule', () => {
	const l = axisGeometry(real, realSteps, 1000);
	const mark = (id: string) => l.marks.find((m) => m.id === id)!;
	const yearWidth = l.ticks[1].x - l.ticks[0].x;

	it('draws a day as a point, a month or a year as a band, an endDate as a duration', () => {
		for (const m of l.marks) {
			const e = real.events[m.index];
			const expected = e.endDate ? 'duration' : e.date.length === 10 ? 'point' : 'approximate';
			expect(m.shape, e.id).toBe(expected);
		}
		expect(mark('iraq-asks-us-to-leave').shape).toBe('approximate');
		expect(mark('victory-2017').shape).toBe('point');
		expect(mark('repatriations').shape).toBe('duration');
	});

	it('draws a month band across exactly its month, and a year band across exactly its year', () => {
		const month = mark('iraq-asks-us-to-leave');
		const perMs = yearWidth / (utc(2015) - utc(2014));
		expect(month.x1 - month.x0).toBeCloseTo(30 * DAY * perMs, 6);
		expect(month.x0).toBeCloseTo(l.ticks.find((t) => t.year === 2024)!.x + (utc(2024, 9) - utc(2024)) * perMs, 6);
		const year = mark('iraq-holds-prisoners');
		expect(year.x0).toBeCloseTo(l.ticks.find((t) => t.year === 2017)!.x, 6);
		expect(year.x1).toBeCloseTo(l.ticks.find((t) => t.year === 2018)!.x, 6);
		// Drawn at least MIN_WIDTH wide, centred on exactly its month.
		for (const m of l.marks.filter((m) => m.shape !== 'point')) {
			expect(m.draw1 - m.draw0).toBeGreaterThanOrEqual(MIN_WIDTH - 1e-9);
			expect((m.draw0 + m.draw1) / 2).toBeCloseTo((m.x0 + m.x1) / 2, 6);
		}
		// In the zoom, a month band is a month at the zoom's scale.
		const z = l.zoom!;
		const clashes = mark('sdf-stg-clashes');
		expect(clashes.x1 - clashes.x0).toBeCloseTo(((z.x1 - z.x0) * 31 * DAY) / (z.to.getTime() - z.from.getTime()), 6);
	});

	it('draws a span that reaches the end of the data with an open end, cut at the end', () => {
		const onward = mark('repatriations');
		expect(onward.open).toBe(true);
		expect(onward.x1).toBe(1000);
		expect(mark('maliki-warning').open).toBe(true);
		expect(mark('iraq-holds-prisoners').open).toBe(false);
		expect(mark('centcom-statement').open).toBe(false);
		expect(l.eras.find((e) => e.id === 'transfers')).toMatchObject({ open: true, x1: 1000 });
		expect(l.eras.find((e) => e.id === 'detention-in-syria')!.open).toBe(false);
	});
});

describe('axisLayout: lanes, states, labels, eras', () => {
	const layout = axisLayout(story, steps, 1, 1000);

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

	it('lays out 1,000 events quickly', () => {
		const s = storySteps(thousand);
		const t = performance.now();
		for (let i = 0; i < 10; i++) axisGeometry(thousand, s, 1000);
		expect((performance.now() - t) / 10).toBeLessThan(50);
	});

	it('labels the active event, inside the axis, at any step and width', () => {
		for (const width of [320, 1000]) {
			for (const index of [0, Math.floor(real.events.length / 2), real.events.length - 1]) {
				const l = axisLayout(real, realSteps, index, width)!;
				const label = l.activeLabel!;
				expect(label.text).toContain(real.events[index].short ?? real.events[index].title);
				const w = label.text.length * LABEL_CHAR;
				const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
				expect(left).toBeGreaterThanOrEqual(-0.5);
				expect(left + w).toBeLessThanOrEqual(width + 0.5);
			}
		}
	});

	it('points at a duration from its start, not from the middle of a bar that crosses the break', () => {
		const i = real.events.findIndex((e) => e.id === 'repatriations');
		const l = axisLayout(real, realSteps, i, 1000);
		const m = l.marks[i];
		expect(m.x0).toBeLessThan(l.zoom!.breakX);
		expect(l.activeLabel!.anchor).toBe('middle');
		expect(l.activeLabel!.x).toBeCloseTo(m.draw0 + 0.5, 6);
	});

	it('lays out eras and marks the active one', () => {
		const [era] = axisLayout(story, steps, 0, 1000, 'transfers').eras;
		expect(era).toMatchObject({ id: 'transfers', label: 'Transfers', x1: 1000, active: true, open: true });
		expect(axisLayout(story, steps, 0, 1000).eras[0].active).toBe(false);
	});
});
