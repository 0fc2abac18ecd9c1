/**
 * Layout of the story's time axis: a d3 time scale over the dataset's span, one mark per event drawn
 * at its true precision (a year-precision event is a bracket across its year, never a fake day),
 * marks stacked in lanes so none hides another, and the eras as bands.
 */
import { scaleTime } from 'd3';
import { eventSpan } from '../../data/dates';
import type { Story } from '../../data/types';
import type { Step } from '../../story/steps';

export interface AxisMark {
	id: string;
	index: number;
	x0: number;
	x1: number;
	/** Narrower than `pointWidth`: drawn as a dot rather than a bracket. */
	point: boolean;
	lane: number;
	state: 'past' | 'active' | 'future';
	label: string;
}

export interface AxisLayout {
	domain: [Date, Date];
	ticks: { x: number; label: string }[];
	marks: AxisMark[];
	eras: { id: string; label: string; x0: number; x1: number; active: boolean }[];
	lanes: number;
}

/** Spans narrower than this many pixels are drawn as points. */
const POINT_WIDTH = 6;
/** Minimum horizontal gap between marks sharing a lane. */
const GAP = 4;

export function axisLayout(
	story: Story,
	steps: Step[],
	activeIndex: number,
	width: number,
	activeEra: string | null = null
): AxisLayout {
	const starts = steps.map((s) => s.span[0].getTime());
	const ends = steps.map((s) => s.span[1].getTime());
	for (const era of story.eras) {
		starts.push(eventSpan(era.start)[0].getTime());
		ends.push(eventSpan(era.end)[1].getTime());
	}
	// Whole years at both ends, so the axis reads as calendar years.
	const first = new Date(Math.min(...starts));
	const last = new Date(Math.max(...ends) - 1);
	const domain: [Date, Date] = [
		new Date(Date.UTC(first.getUTCFullYear(), 0, 1)),
		new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1))
	];
	const x = scaleTime().domain(domain).range([0, width]);

	const years = domain[1].getUTCFullYear() - domain[0].getUTCFullYear();
	const every = Math.max(1, Math.ceil(years / Math.max(1, Math.floor(width / 56))));
	const ticks: AxisLayout['ticks'] = [];
	for (let y = domain[0].getUTCFullYear(); y <= domain[1].getUTCFullYear(); y += every) {
		ticks.push({ x: x(new Date(Date.UTC(y, 0, 1))), label: String(y) });
	}

	const laneEnds: number[] = [];
	const marks = steps.map((s): AxisMark => {
		const x0 = x(s.span[0]);
		const x1 = x(s.span[1]);
		const point = x1 - x0 < POINT_WIDTH;
		const left = point ? (x0 + x1) / 2 - POINT_WIDTH / 2 : x0;
		const right = point ? (x0 + x1) / 2 + POINT_WIDTH / 2 : x1;
		let lane = laneEnds.findIndex((end) => end + GAP <= left);
		if (lane < 0) lane = laneEnds.push(right) - 1;
		else laneEnds[lane] = right;
		return {
			id: s.id,
			index: s.index,
			x0,
			x1,
			point,
			lane,
			state: s.index < activeIndex ? 'past' : s.index === activeIndex ? 'active' : 'future',
			label: s.event.short ?? s.event.title
		};
	});

	const eras = story.eras.map((era) => ({
		id: era.id,
		label: era.label,
		x0: x(eventSpan(era.start)[0]),
		x1: x(eventSpan(era.end)[1]),
		active: era.id === activeEra
	}));

	return { domain, ticks, marks, eras, lanes: Math.max(1, laneEnds.length) };
}
