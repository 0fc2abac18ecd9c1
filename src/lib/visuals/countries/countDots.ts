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

/** Dots across a block: rows of ten, so a count is read by tens. */
export const PER_ROW = 10;
/** The space added between two blocks side by side, in dots: the tens stay one grid, the blocks apart. */
const BLOCK_GAP = 0.3;
/** The largest a dot's cell is drawn (px). */
const MAX_CELL = 44;

/**
 * How the dots are laid out in a box for them (`width` × `height` px): rows of ten in one block; or,
 * where the box is wide and short enough that the dots come out clearly larger (a phone on its side,
 * the deck's slide, a projector), two blocks of rows of ten side by side, a little apart. Sized for
 * `max` dots (the most the story draws), so the dots keep their size from step to step. Of the
 * `drawn` dots, the first block holds half the rows (rounded up) and the second the rest, the first
 * block the right one right to left: so the band of an approximate figure always runs on from its
 * solid dots within a block, never standing alone as a second group ("around 60": 40 solid dots,
 * then 10 solid and the band's 20).
 */
export interface DotGrid {
	/** Each dot's square cell (px). */
	cell: number;
	blocks: 1 | 2;
	/** Dots in the first block (Infinity: one block holds them all). */
	perBlock: number;
}

const rows = (n: number) => Math.max(1, Math.ceil(n / PER_ROW));
/** Dots in the first of two blocks: half the rows, rounded up. */
const firstBlock = (n: number) => Math.ceil(rows(n) / 2) * PER_ROW;

export function dotGrid(width: number, height: number, max: number, drawn = max): DotGrid {
	const one = Math.max(4, Math.min(MAX_CELL, width / PER_ROW, height / rows(max)));
	const two = Math.max(4, Math.min(MAX_CELL, width / (2 * PER_ROW + BLOCK_GAP), height / rows(firstBlock(max))));
	// Only when clearly larger: a tenth more is not worth the rows' order a reader must work out.
	return two > one * 1.15 ? { cell: two, blocks: 2, perBlock: firstBlock(drawn) } : { cell: one, blocks: 1, perBlock: Infinity };
}

/** The grid's width, in dots: one block, or two and the gap between them. */
const across = (grid: DotGrid) => (grid.blocks === 2 ? 2 * PER_ROW + BLOCK_GAP : PER_ROW);

/** The grid's drawn size for `drawn` dots (px). */
export function gridSize(grid: DotGrid, drawn: number): { width: number; height: number } {
	const n = Math.max(drawn, 1);
	// The taller block: the first, or the second when the count runs past twice a block.
	const down = Math.ceil(Math.max(Math.min(n, grid.perBlock), n - grid.perBlock) / PER_ROW);
	return { width: across(grid) * grid.cell, height: down * grid.cell };
}

/** The centre of dot `i` (from 0) in the grid, right to left when `rtl`. */
export function dotCentre(grid: DotGrid, i: number, rtl = false): { x: number; y: number } {
	const block = grid.blocks === 2 && i >= grid.perBlock ? 1 : 0;
	const j = block ? i - grid.perBlock : i;
	const column = (j % PER_ROW) + block * (PER_ROW + BLOCK_GAP);
	const x = (rtl ? across(grid) - column - 1 : column) * grid.cell + grid.cell / 2;
	return { x, y: Math.floor(j / PER_ROW) * grid.cell + grid.cell / 2 };
}
