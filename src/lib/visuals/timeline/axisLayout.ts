/**
 * Layout of the story's time axis.
 * - Honest precision: an event with a real duration (`endDate`) is a bar; a date known only to its
 *   year or month is a soft band across that year or month (where it happened, not how long it
 *   lasted); a day is a dot. Anything narrower than a few pixels is a dot.
 * - Dense periods stay readable: the axis is broken into calendar years (and a busy year into months),
 *   each drawn wider the more events start in it (a polylinear d3 time scale), so a story whose last
 *   months hold half its events gives those months room. Year boundaries are ticks, so the unequal
 *   widths show, and the axis's name says the scale is uneven.
 * - At most three lanes: marks that overlap go to the lane that frees up first.
 * - The active event is labelled (date and short label), kept inside the axis.
 */
import { bisectRight } from 'd3';
import { eventSpan, parseStoryDate } from '../../data/dates';
import type { Story } from '../../data/types';
import type { Step } from '../../story/steps';
import { positionAt } from '../../story/stepPositions.svelte';

export type MarkShape = 'point' | 'duration' | 'approximate';

export interface AxisMark {
	id: string;
	index: number;
	x0: number;
	x1: number;
	/** Dot for a day (or anything too narrow to show), bar for a real duration, band for an imprecise date. */
	shape: MarkShape;
	lane: number;
	state: 'past' | 'active' | 'future';
	label: string;
}

export interface AxisLayout {
	domain: [Date, Date];
	ticks: { x: number; label: string; stretched: boolean }[];
	marks: AxisMark[];
	eras: { id: string; label: string; x0: number; x1: number; active: boolean }[];
	lanes: number;
	/** Whether some years are drawn wider than others (then the axis says so). */
	uneven: boolean;
	/** The active event's label, anchored so it stays inside [0, width]. */
	activeLabel: { x: number; anchor: 'start' | 'middle' | 'end'; text: string } | null;
}

/** Spans narrower than this many pixels are drawn as points. */
const POINT_WIDTH = 6;
/** Minimum horizontal gap between marks sharing a lane. */
const GAP = 3;
export const MAX_LANES = 3;
/** How much wider a year is drawn for each event that starts in it (an empty year is 1). */
const WIDTH_PER_EVENT = 1.5;
/** A year with this many events or more is split into months, each as wide as its events need. */
const SPLIT_AT = 3;
/** Least room between two year labels, in pixels. */
const TICK_GAP = 6;
/** Estimated width of one character of the active label (12 px sans, generous for fallback fonts). */
export const LABEL_CHAR = 6.6;

/** Where everything sits, which depends on the data and the width only: computed once, not per step. */
export type AxisGeometry = Omit<AxisLayout, 'marks' | 'eras' | 'activeLabel'> & {
	marks: Omit<AxisMark, 'state'>[];
	eras: Omit<AxisLayout['eras'][number], 'active'>[];
	width: number;
};

/** The axis at one step: the geometry, with the active step and era marked and labelled. */
export function axisLayout(story: Story, steps: Step[], activeIndex: number, width: number, activeEra: string | null = null): AxisLayout {
	return axisAtStep(axisGeometry(story, steps, width), steps, activeIndex, activeEra);
}

/** The per-step part: states and the active era (for callers that want every mark's state). */
export function axisAtStep(geometry: AxisGeometry, steps: Step[], activeIndex: number, activeEra: string | null = null): AxisLayout {
	const { width, ...rest } = geometry;
	const marks = geometry.marks.map(
		(m): AxisMark => ({ ...m, state: positionAt(m.index, activeIndex) })
	);
	const eras = geometry.eras.map((e) => ({ ...e, active: e.id === activeEra }));
	return { ...rest, marks, eras, activeLabel: activeLabel(geometry, steps, activeIndex) };
}

/** The active event's label, anchored so it stays inside the axis. Constant time: drawn per step. */
export function activeLabel(geometry: AxisGeometry, steps: Step[], activeIndex: number): AxisLayout['activeLabel'] {
	const active = geometry.marks[activeIndex];
	if (!active) return null;
	const text = `${steps[activeIndex].dateText}: ${active.label}`;
	const cx = (active.x0 + active.x1) / 2;
	const half = (text.length * LABEL_CHAR) / 2;
	const { width } = geometry;
	return cx - half < 0 ? { x: 0, anchor: 'start', text } : cx + half > width ? { x: width, anchor: 'end', text } : { x: cx, anchor: 'middle', text };
}

/** `year` writes a year's tick label (another language's digits). */
export function axisGeometry(story: Story, steps: Step[], width: number, year: (y: number) => string = String): AxisGeometry {
	// Parsed once per event: a story of 1,000 events must not parse 1,000 dates per scroll step.
	const precision = steps.map((s) => parseStoryDate(s.event.date)?.precision);
	const starts = steps.map((s) => s.span[0].getTime());
	const ends = steps.map((s) => s.span[1].getTime());
	for (const era of story.eras) {
		starts.push(eventSpan(era.start)[0].getTime());
		ends.push(eventSpan(era.end)[1].getTime());
	}
	// Whole years at both ends, so the axis reads as calendar years.
	const first = new Date(Math.min(...starts)).getUTCFullYear();
	const last = new Date(Math.max(...ends) - 1).getUTCFullYear() + 1;
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const yearStart = (y: number) => new Date(Date.UTC(y, 0, 1));

	// Each year's share of the width: one, plus a little for every event that starts in it. A busy
	// year (three events or more) is split into months, each weighted by the events dated to it, so a
	// crowded January gets room of its own; an event known only to its year weighs on all its months.
	const breaks: Date[] = [];
	const weights: number[] = [];
	for (const y of years.slice(0, -1)) {
		const inYear = steps.filter((s) => s.span[0].getUTCFullYear() === y);
		if (inYear.length < SPLIT_AT) {
			breaks.push(yearStart(y));
			weights.push(1 + WIDTH_PER_EVENT * inYear.length);
			continue;
		}
		const yearOnly = inYear.filter((s) => precision[s.index] === 'year').length;
		for (let m = 0; m < 12; m++) {
			const inMonth = inYear.filter((s) => precision[s.index] !== 'year' && s.span[0].getUTCMonth() === m);
			breaks.push(new Date(Date.UTC(y, m, 1)));
			weights.push((1 + WIDTH_PER_EVENT * yearOnly) / 12 + WIDTH_PER_EVENT * inMonth.length);
		}
	}
	breaks.push(yearStart(last));
	const total = weights.reduce((a, b) => a + b, 0);
	const range = [0];
	for (const w of weights) range.push(range.at(-1)! + (w / total) * width);
	const x = polylinear(breaks, range);
	const domain: [Date, Date] = [yearStart(first), yearStart(last)];
	const yearWidths = years.slice(0, -1).map((y) => x(yearStart(y + 1)) - x(yearStart(y)));
	const uneven = yearWidths.some((w) => Math.abs(w - yearWidths[0]) > 0.5);

	// A tick at every year boundary whose label has room: the first label reads rightwards from its
	// tick, the last leftwards, the rest are centred; of two close years the busier wins, and the last
	// year always stays.
	const ticks: AxisLayout['ticks'] = [];
	const extent = (x: number, label: string, i: number): [number, number] => {
		const w = label.length * LABEL_CHAR;
		return i === 0 ? [x, x + w] : i === years.length - 1 ? [x - w, x] : [x - w / 2, x + w / 2];
	};
	const rightEdges: number[] = [];
	years.forEach((y, i) => {
		const tx = x(yearStart(y));
		const tick = { x: tx, label: year(y), stretched: (yearWidths[i] ?? 0) > Math.min(...yearWidths) + 0.5 };
		const [left, right] = extent(tx, tick.label, i);
		const clear = () => !ticks.length || left >= rightEdges.at(-1)! + TICK_GAP;
		if (clear()) {
			ticks.push(tick);
			rightEdges.push(right);
			return;
		}
		const wins = i === years.length - 1 || (ticks.length > 1 && (yearWidths[i] ?? 0) > (yearWidths[i - 1] ?? 0));
		if (!wins) return;
		while (ticks.length > 1 && !clear()) {
			ticks.pop();
			rightEdges.pop();
		}
		ticks.push(tick);
		rightEdges.push(right);
	});

	const laneEnds: number[] = [];
	const marks = steps.map((s): AxisGeometry['marks'][number] => {
		const x0 = x(s.span[0]);
		const x1 = x(s.span[1]);
		const narrow = x1 - x0 < POINT_WIDTH;
		const precise = precision[s.index] === 'day';
		const shape: MarkShape = narrow || (precise && !s.event.endDate) ? 'point' : s.event.endDate ? 'duration' : 'approximate';
		const left = shape === 'point' ? (x0 + x1) / 2 - POINT_WIDTH / 2 : x0;
		const right = shape === 'point' ? (x0 + x1) / 2 + POINT_WIDTH / 2 : x1;
		let lane = laneEnds.findIndex((end) => end + GAP <= left);
		if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.push(right) - 1;
		else {
			// Every lane is taken here: share the one that frees up first.
			if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
			laneEnds[lane] = Math.max(laneEnds[lane], right);
		}
		return {
			id: s.id,
			index: s.index,
			x0,
			x1,
			shape,
			lane,
			label: s.event.short ?? s.event.title
		};
	});

	const eras = story.eras.map((era) => ({
		id: era.id,
		label: era.label,
		x0: x(eventSpan(era.start)[0]),
		x1: x(eventSpan(era.end)[1])
	}));

	return { domain, ticks, marks, eras, lanes: Math.max(1, laneEnds.length), uneven, width };
}

/**
 * A polylinear time scale: `breaks[i]` maps to `range[i]`, linearly in between, clamped at the ends.
 * (d3's scaleTime does the same, but brings its calendar ticks and formats and d3-color's interpolators
 * with it, about 10 KB gzipped of a page that must load in 45; the ticks here are computed above.)
 */
export function polylinear(breaks: Date[], range: number[]): (date: Date) => number {
	const t = breaks.map((d) => d.getTime());
	return (date) => {
		const v = date.getTime();
		if (v <= t[0]) return range[0];
		if (v >= t[t.length - 1]) return range[range.length - 1];
		const i = bisectRight(t, v) - 1;
		return range[i] + ((v - t[i]) / (t[i + 1] - t[i])) * (range[i + 1] - range[i]);
	};
}
