/**
 * Layout of the story's time axis: drawn to scale, with a labelled zoom where the last events crowd.
 *
 * - **To scale.** Time maps linearly to position (a UTC time scale): equal spans are equal widths and
 *   every year tick is as far from the next as any other. The axis runs from 1 January of the first
 *   year any event or era starts in to the story's last date: the end of its latest event or era, but
 *   never past the dataset's `updated` day. No tick, mark or era is drawn past that end.
 * - **A labelled zoom, never silent stretching.** On the scale above, the story's last events may fall
 *   closer together than the eye can separate. The rule: at the full width, walk back from the latest
 *   distinct event start while each is less than `CROWDED` pixels from the next; if that crowded
 *   tail holds two starts or more, the axis is broken at the first of the month of its earliest start
 *   (no earlier than a quarter of the whole span before the end). Left of the break the axis is to
 *   scale as before, over the rest of the width; right of it, after a marked break (a zigzag), the
 *   tail is drawn to a larger scale of its own over `zoomShare` of the width (40%; 45% under 400 px), with month ticks and a
 *   label that says which span is enlarged and how many times ("Jan–Nov 2026, enlarged 9×"). Each
 *   part is linear; only the zoom is enlarged, and it says so.
 * - **One precision rule for every mark** (the mark's `shape`, the page's `data-shape`): a date known to
 *   the day is a point, at that day; a date known only to its month, a quarter or half (`2026-33`) or its year (and no `endDate`) is a
 *   faded band across exactly that month or year (`approximate`: where it happened, not how long it
 *   lasted); an event with an `endDate` is a bar with caps at both ends (`duration`). A band or bar
 *   narrower than `MIN_WIDTH` pixels is drawn `MIN_WIDTH` wide, centred on its exact span, so a month
 *   stays visible; `x0`/`x1` keep the exact span.
 * - **Open ends.** A mark or era whose span reaches the dataset's `updated` day or runs past it ("2019
 *   onward", a year still under way) is cut at the axis's end and flagged `open`: it is drawn with an open end
 *   (a fade, or an arrow for a bar), never a cap at a date that has not come.
 * - At most three lanes: marks that overlap go to the lane that frees up first.
 * - The active event is labelled (date and short label), kept inside the axis.
 */
import { eventSpan, parseStoryDate } from '../../model/dates';
import type { Story } from '../../model/types';
import type { Step } from '../../state/steps';
import { positionAt } from '../../state/stepPositions.svelte';

export type MarkShape = 'point' | 'duration' | 'approximate';

export interface AxisMark {
	id: string;
	index: number;
	/** The exact span on the axis (a point's day, a band's month or year, a bar's duration). */
	x0: number;
	x1: number;
	/** What is drawn: the exact span, or `MIN_WIDTH` centred on it (a point: its dot's extent). */
	draw0: number;
	draw1: number;
	/** Point for a day, band for a date known only to its month or year, capped bar for an `endDate`. */
	shape: MarkShape;
	/** Runs to the end of the data or past it: drawn with an open end. */
	open: boolean;
	lane: number;
	state: 'past' | 'active' | 'future';
	label: string;
}

/** A year tick of the part drawn to the main scale; only some are labelled when years are narrow. */
export interface AxisTick {
	year: number;
	/** The tick (1 January of `year`). */
	x: number;
	label: string | null;
	/** Where the label is drawn: at the tick, or moved inward at the ends of the axis. */
	labelX: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface AxisZoom {
	/** First instant enlarged (the first of a month) and the end of the data. */
	from: Date;
	to: Date;
	/** The break (a zigzag) lies between `breakX` and `x0`; the enlarged part runs from `x0` to `x1`. */
	breakX: number;
	x0: number;
	x1: number;
	/** How many times the zoom's scale is the main scale's (rounded). */
	factor: number;
	/** The enlarged span in words ("Jan–Nov 2026"). */
	span: string;
	/**
	 * A tick at the first of every month in the zoom; `year` marks 1 January. Some carry a label (the
	 * year's first month with its year, then every third month) where there is room before the
	 * zoom's own label, so a date can be found in the enlarged part.
	 */
	ticks: { x: number; key: string; year: boolean; label?: string }[];
	label: { x: number; anchor: 'start' | 'middle' | 'end'; text: string };
}

export interface AxisLayout {
	domain: [Date, Date];
	ticks: AxisTick[];
	zoom: AxisZoom | null;
	marks: AxisMark[];
	eras: { id: string; label: string; x0: number; x1: number; open: boolean; active: boolean }[];
	lanes: number;
	/** The active event's label, anchored so it stays inside [0, width]. */
	activeLabel: { x: number; anchor: 'start' | 'middle' | 'end'; text: string } | null;
}

/** A point's drawn extent, for lanes. */
const POINT_WIDTH = 6;
/** The least drawn width of a band or a bar (centred on its exact span). */
export const MIN_WIDTH = 4;
/** Minimum horizontal gap between marks sharing a lane. */
const GAP = 3;
export const MAX_LANES = 3;
/** Two event starts closer than this, in pixels at the full width, are crowded. */
export const CROWDED = 10;
/** The share of the width the zoom gets, when there is one: a little more on a phone, for its label. */
export const zoomShare = (width: number) => (width < 400 ? 0.45 : 0.4);
/** The break's width, in pixels. */
export const BREAK = 10;
/** The zoom never begins earlier than this share of the whole span before the end. */
const MAX_ZOOM_SPAN = 0.25;
/** A zoom enlarging less than this much is not worth a break. */
const MIN_FACTOR = 2;
/** Least room between two tick labels, in pixels. */
const TICK_GAP = 6;
/** Estimated width of one character of the active label (12 px sans, generous for fallback fonts). */
export const LABEL_CHAR = 6.6;
const DAY = 86_400_000;

/** The words the axis writes: year and short month names, and the zoom's label (longest first). */
export interface AxisWords {
	year: (y: number) => string;
	month: (m: number) => string;
	/**
	 * The zoom's labels, from the longest to the shortest (the first that fits is used), given its span
	 * in words, longest first ("Nov 2025–Nov 2026", "2025–2026", "2025–26").
	 */
	zoom: (spans: string[], factor: number) => string[];
	/** The active event's label, its date and its short title ("9 December 2017: Victory in Iraq"). */
	active: (date: string, title: string) => string;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The unit tests' words, the English interface's (strings.en.ts) written out: pages pass their language's (TimelineAxis). */
export const ENGLISH_AXIS_WORDS: AxisWords = {
	year: String,
	month: (m) => SHORT_MONTHS[m - 1],
	zoom: (spans, k) => [...spans.map((s) => `${s}, enlarged ${k}×`), `enlarged ${k}×`, `${k}×`],
	active: (date, title) => `${date}: ${title}`
};

/** Where everything sits, which depends on the data and the width only: computed once, not per step. */
export type AxisGeometry = Omit<AxisLayout, 'marks' | 'eras' | 'activeLabel'> & {
	marks: Omit<AxisMark, 'state'>[];
	eras: Omit<AxisLayout['eras'][number], 'active'>[];
	width: number;
	/** How the active event's label is said (`AxisWords.active`). */
	active: AxisWords['active'];
};

/** The axis at one step: the geometry, with the active step and era marked and labelled. */
export function axisLayout(story: Story, steps: Step[], activeIndex: number, width: number, activeEra: string | null = null): AxisLayout {
	return axisAtStep(axisGeometry(story, steps, width), steps, activeIndex, activeEra);
}

/** The per-step part: states and the active era (for callers that want every mark's state). */
export function axisAtStep(geometry: AxisGeometry, steps: Step[], activeIndex: number, activeEra: string | null = null): AxisLayout {
	const { width, active: _, ...rest } = geometry;
	const marks = geometry.marks.map((m): AxisMark => ({ ...m, state: positionAt(m.index, activeIndex) }));
	const eras = geometry.eras.map((e) => ({ ...e, active: e.id === activeEra }));
	return { ...rest, marks, eras, activeLabel: activeLabel(geometry, steps, activeIndex) };
}

/**
 * The active event's label, anchored so it stays inside the axis: its date and short title, or where
 * that is longer than the axis (a narrow screen, a longer language), its short title, else its date.
 * Constant time: drawn per step.
 */
export function activeLabel(geometry: AxisGeometry, steps: Step[], activeIndex: number): AxisLayout['activeLabel'] {
	const active = geometry.marks[activeIndex];
	if (!active) return null;
	const date = steps[activeIndex].dateText;
	const texts = [geometry.active(date, active.label), active.label, date];
	const text = texts.find((t) => t.length * LABEL_CHAR <= geometry.width) ?? date;
	return inside(markAnchor(active), text.length * LABEL_CHAR, 0, geometry.width, text);
}

/**
 * Where a mark's label and pointer line meet it: a point or band at its middle, a duration at its
 * start (the middle of a bar that crosses the zoom's break is no date at all).
 */
export const markAnchor = (m: Pick<AxisMark, 'shape' | 'draw0' | 'draw1'>) => (m.shape === 'duration' ? m.draw0 + 0.5 : (m.draw0 + m.draw1) / 2);

/** A label of width `w` centred on `cx` if it fits in [lo, hi], else anchored at the edge it would cross. */
function inside(cx: number, w: number, lo: number, hi: number, text: string): { x: number; anchor: 'start' | 'middle' | 'end'; text: string } {
	if (cx - w / 2 < lo) return { x: lo, anchor: 'start', text };
	if (cx + w / 2 > hi) return { x: hi, anchor: 'end', text };
	return { x: cx, anchor: 'middle', text };
}

/** The left and right of a label drawn at `x` with `anchor`. */
export function labelExtent(x: number, anchor: 'start' | 'middle' | 'end', text: string): [number, number] {
	const w = text.length * LABEL_CHAR;
	return anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
}

const monthStart = (t: number) => {
	const d = new Date(t);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};

/**
 * Where the zoom begins, or null for none: the first of the month of the earliest start in the crowded
 * tail (see the file's description). `starts` are sorted and distinct.
 */
export function zoomStart(starts: number[], domain: [number, number], width: number): number | null {
	const [t0, t1] = domain;
	const px = width / (t1 - t0);
	let i = starts.length - 1;
	while (i > 0 && (starts[i] - starts[i - 1]) * px < CROWDED) i--;
	if (i >= starts.length - 1) return null;
	const earliest = new Date(t1 - MAX_ZOOM_SPAN * (t1 - t0));
	const limit = Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth() + 1, 1);
	const from = Math.max(monthStart(starts[i]), limit);
	return from > t0 && from < t1 ? from : null;
}

/**
 * `words` writes the axis's years, months and zoom label (another language's); a year label may run
 * `overhang` pixels past either end of the axis (into the margin the drawing leaves there).
 */
export function axisGeometry(story: Story, steps: Step[], width: number, words: AxisWords = ENGLISH_AXIS_WORDS, overhang = 0): AxisGeometry {
	// Parsed once per event: a story of 1,000 events must not parse 1,000 dates per scroll step.
	const precision = steps.map((s) => parseStoryDate(s.event.date)?.precision);
	const eraSpans = story.eras.map((era) => [eventSpan(era.start)[0].getTime(), eventSpan(era.end)[1].getTime()] as const);
	const startTimes = steps.map((s) => s.span[0].getTime());
	const first = new Date(Math.min(...startTimes, ...eraSpans.map((e) => e[0]))).getUTCFullYear();
	const t0 = Date.UTC(first, 0, 1);
	// The end: the story's last date (the end of its latest event or era), but never past the day the
	// dataset was last updated (a span reaching that day runs on: it is open); never before a start.
	const updated = eventSpan(story.updated)[1].getTime();
	const latest = Math.max(...steps.map((s) => s.span[1].getTime()), ...eraSpans.map((e) => e[1]));
	const t1 = Math.max(Math.min(updated, latest), Math.max(...startTimes) + DAY);
	const distinct = [...new Set(startTimes)].sort((a, b) => a - b);
	let from = zoomStart(distinct, [t0, t1], width);

	// The scale: one linear part, or a main part and an enlarged tail after a break.
	const mainW = from === null ? width : width * (1 - zoomShare(width)) - BREAK;
	const zoomX0 = mainW + BREAK;
	const factorOf = (f: number) => (width - zoomX0) / (t1 - f) / (mainW / (f - t0));
	if (from !== null && factorOf(from) < MIN_FACTOR) from = null;
	const mainEnd = from ?? t1;
	const main = (t: number) => ((t - t0) / (mainEnd - t0)) * (from === null ? width : mainW);
	const x = (t: number) => {
		const v = Math.min(Math.max(t, t0), t1);
		if (from === null || v < from) return main(v);
		return zoomX0 + ((v - from) / (t1 - from)) * (width - zoomX0);
	};

	// A tick at every year's start on the main part, labels at a round step that leaves them room.
	const years: number[] = [];
	for (let y = first; from === null ? Date.UTC(y, 0, 1) <= t1 : Date.UTC(y, 0, 1) < from; y++) years.push(y);
	const yearWidth = main(Date.UTC(first + 1, 0, 1)) - main(t0);
	const widest = Math.max(...years.map((y) => words.year(y).length)) * LABEL_CHAR;
	const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * yearWidth >= widest + TICK_GAP) ?? 100;
	const ticks: AxisTick[] = years.map((year) => {
		const tx = main(Date.UTC(year, 0, 1));
		if (year % step !== 0) return { year, x: tx, label: null, labelX: tx, anchor: 'middle' };
		const text = words.year(year);
		const { x: labelX, anchor } = inside(tx, text.length * LABEL_CHAR, -overhang, from === null ? width + overhang : mainW, text);
		return { year, x: tx, label: text, labelX, anchor };
	});

	// Labels moved inward at an end may now be too close to their neighbour: the moved one gives way.
	let kept: AxisTick | null = null;
	for (const t of ticks) {
		if (!t.label) continue;
		if (kept && labelExtent(t.labelX, t.anchor, t.label)[0] < labelExtent(kept.labelX, kept.anchor, kept.label!)[1] + TICK_GAP) {
			if (kept.anchor !== 'middle' && t.anchor === 'middle') kept.label = null;
			else {
				t.label = null;
				continue;
			}
		}
		kept = t;
	}

	// The zoom: month ticks, and its label centred under it.
	let zoom: AxisZoom | null = null;
	if (from !== null) {
		const a = new Date(from);
		const b = new Date(t1 - 1);
		const monthYear = (d: Date) => `${words.month(d.getUTCMonth() + 1)} ${words.year(d.getUTCFullYear())}`;
		const span =
			a.getUTCFullYear() === b.getUTCFullYear()
				? a.getUTCMonth() === b.getUTCMonth()
					? monthYear(a)
					: `${words.month(a.getUTCMonth() + 1)}–${monthYear(b)}`
				: `${monthYear(a)}–${monthYear(b)}`;
		const [ya, yb] = [words.year(a.getUTCFullYear()), words.year(b.getUTCFullYear())];
		const spans = ya === yb ? [span, ya] : [span, `${ya}–${yb}`, `${ya}–${yb.slice(-2)}`];
		const factor = Math.round(factorOf(from));
		const room = width - zoomX0;
		const candidates = words.zoom(spans, factor);
		const monthTicks: AxisZoom['ticks'] = [];
		for (let m = 0; ; m++) {
			const t = Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + m, 1);
			if (t >= t1) break;
			const d = new Date(t);
			monthTicks.push({ x: x(t), key: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`, year: d.getUTCMonth() === 0 });
		}
		/**
		 * The month labels that fit before the zoom's label, given that label (its text, where it begins).
		 * A month is never left without its year: a new year is named by its year alone, as the main
		 * part's ticks are ("2026", short enough to fit beside the zoom's label on a phone); a month before
		 * any year is named, where the zoom's label names none either, carries it ("Apr 2026").
		 */
		const monthLabels = (labelLeft: number, labelText: string) => {
			const out = new Map<number, string>();
			let lastRight = zoomX0;
			// (Digits of any script: the Arabic edition writes ٢٠٢٦.)
			let yearSaid = /\p{Nd}{4}|\p{Nd}{2}(?!\p{Nd})/u.test(labelText.replace(/\p{Nd}+×/u, ''));
			for (const [i, tick] of monthTicks.entries()) {
				const d = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + i, 1));
				const m = d.getUTCMonth() + 1;
				if (!tick.year && m % 3 !== 1) continue;
				const year = words.year(d.getUTCFullYear());
				const name = tick.year ? year : yearSaid ? words.month(m) : `${words.month(m)} ${year}`;
				const half = (name.length * LABEL_CHAR) / 2;
				if (tick.x - half < lastRight + TICK_GAP || tick.x + half + TICK_GAP > labelLeft) continue;
				out.set(i, name);
				lastRight = tick.x + half;
				yearSaid = true;
			}
			return out;
		};
		// The zoom's label is set at its far end, leaving its near end for month labels: the longest
		// wording that leaves room for one month at least (on a phone, "2025–26, 10×" rather than the
		// months spelt out), so a date in the enlarged part can always be found.
		const place = (text: string) => inside(width - (text.length * LABEL_CHAR) / 2, text.length * LABEL_CHAR, zoomX0, width, text);
		const fitting = candidates.filter((c) => c.length * LABEL_CHAR <= room);
		const tries = (fitting.length ? fitting : [candidates.at(-1)!]).map((text) => {
			const label = place(text);
			return { label, months: monthLabels(labelExtent(label.x, label.anchor, label.text)[0], label.text) };
		});
		const { label, months } = tries.find((c) => c.months.size > 0) ?? tries[0];
		for (const [i, name] of months) monthTicks[i].label = name;
		zoom = {
			from: a,
			to: new Date(t1),
			breakX: mainW,
			x0: zoomX0,
			x1: width,
			factor,
			span,
			ticks: monthTicks,
			label
		};
		// A year label too close to the break would run into the zoom's label: leave it out.
		const zoomLeft = labelExtent(zoom.label.x, zoom.label.anchor, zoom.label.text)[0];
		for (const t of ticks) if (t.label && labelExtent(t.labelX, t.anchor, t.label)[1] + TICK_GAP > zoomLeft) t.label = null;
	}

	const laneEnds: number[] = [];
	const marks = steps.map((s): AxisGeometry['marks'][number] => {
		const shape: MarkShape = s.event.endDate ? 'duration' : precision[s.index] === 'day' ? 'point' : 'approximate';
		const x0 = x(s.span[0].getTime());
		const x1 = x(s.span[1].getTime());
		const open = shape !== 'point' && s.span[1].getTime() >= updated;
		const mid = (x0 + x1) / 2;
		const least = shape === 'point' ? POINT_WIDTH : MIN_WIDTH;
		const [draw0, draw1] = shape === 'point' || x1 - x0 < least ? [mid - least / 2, mid + least / 2] : [x0, x1];
		let lane = laneEnds.findIndex((end) => end + GAP <= draw0);
		if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.push(draw1) - 1;
		else {
			// Every lane is taken here: share the one that frees up first.
			if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
			laneEnds[lane] = Math.max(laneEnds[lane], draw1);
		}
		return { id: s.id, index: s.index, x0, x1, draw0, draw1, shape, open, lane, label: s.event.short ?? s.event.title };
	});

	const eras = story.eras.map((era, i) => ({
		id: era.id,
		label: era.label,
		x0: x(eraSpans[i][0]),
		x1: x(eraSpans[i][1]),
		open: eraSpans[i][1] >= updated
	}));

	return { domain: [new Date(t0), new Date(t1)], ticks, zoom, marks, eras, lanes: Math.max(1, laneEnds.length), width, active: words.active };
}
