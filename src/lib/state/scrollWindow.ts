/**
 * Which steps the scroll engine asks Scrollama to watch: a window round the active step, not every
 * step. Scrollama gives each step it watches an IntersectionObserver and a ResizeObserver, and the
 * browser checks every one of them on every frame of a scroll: at 1,000 steps that was a quarter of
 * a wheel scroll's main-thread work. A window of a few screens round the reader costs the same at 17
 * steps or 1,000, and is moved before the reader reaches its edge.
 */

/** Steps watched on each side of the active one. */
export const REACH = 10;
/** The window moves once the active step is this close to its edge (or has left it). */
export const MARGIN = 3;

/** Half-open range of step indices, `[start, end)`. */
export type StepWindow = readonly [start: number, end: number];

/** The window centred on `active`, clipped to the story's `count` steps. */
export function windowAround(active: number, count: number, reach = REACH): StepWindow {
	const start = Math.max(0, Math.min(active, count - 1) - reach);
	return [start, Math.min(count, Math.max(active, 0) + reach + 1)];
}

/**
 * Whether the window must move for `active`: it has left the window, or is within `margin` of an
 * edge the story goes on past (at the story's first or last step there is nothing further to watch).
 */
export function mustMove([start, end]: StepWindow, active: number, count: number, margin = MARGIN): boolean {
	if (active < start || active >= end) return true;
	return (start > 0 && active - start < margin) || (end < count && end - 1 - active < margin);
}
