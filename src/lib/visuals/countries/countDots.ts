/**
 * How a count is drawn as dots without claiming more precision than the figure has. One dot per
 * unit; an exact figure is all solid dots. An approximate one is drawn as the part the qualifier
 * makes certain (solid) and a band where the true number lies (hollow):
 *   "nearly 90"       → 80 solid, then 10 hollow up to 90 (a little under 90);
 *   "around 60"       → 50 solid, then 20 hollow from 51 to 70 (somewhere either side of 60);
 *   "more than 30"    → 30 solid, then a hollow band above it;
 *   "at least 30"     → 30 solid, then a hollow band above it;
 *   "up to 70"        → all 70 hollow (at most that many; possibly none).
 * The band is one row of ten for counts of 50 or more, a fifth of the count below that.
 */
import type { Figure } from '../../model/types';

export interface CountDots {
	/** Dots that are certain. */
	solid: number;
	/** Dots in the band of uncertainty, after the solid ones. */
	uncertain: number;
	/** The figure is exact: no band. */
	exact: boolean;
}

export function bandFor(value: number): number {
	return value >= 50 ? 10 : Math.max(1, Math.round(value / 5));
}

export function countDots(figure: Pick<Figure, 'value' | 'qualifier'>): CountDots {
	const n = Math.max(0, Math.round(figure.value));
	const band = bandFor(n);
	switch (figure.qualifier) {
		case 'exactly':
			return { solid: n, uncertain: 0, exact: true };
		case 'nearly':
			return { solid: Math.max(0, n - band), uncertain: Math.min(n, band), exact: false };
		case 'around':
			return { solid: Math.max(0, n - band), uncertain: Math.min(n, band) + band, exact: false };
		case 'more than':
		case 'at least':
			return { solid: n, uncertain: band, exact: false };
		case 'up to':
			return { solid: 0, uncertain: n, exact: false };
	}
}
