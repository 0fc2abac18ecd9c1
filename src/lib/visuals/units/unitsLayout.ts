/**
 * Layout of the detainee units: one square per `perUnit` people, all on one grid: one nested block.
 * Groups are nested, whole first (more than 30,000 detained ⊃ up to 7,000 slated ⊃ ~2,200 received ⊃
 * the first 150). Each part is a compact rectangle in the top-left corner of the one that holds it,
 * the deepest innermost, so the picture reads as "this much, inside all that" and never as parts
 * that add up. The rest of the whole fills the grid row by row, so its edge is straight except the
 * last row.
 *
 * The grid's cells do not depend on which parts a step shows: the size and the columns come from the
 * whole, and each part's rectangle from its own count, so moving between steps only recolours cells.
 * Each part gets a label anchor at its outer corner; `placeLabels` stacks the labels so they never
 * overlap and never leave the drawing.
 */

export interface UnitGroup {
	id: string;
	units: number;
}

export interface Cell {
	/** Position on the grid, row-major. */
	index: number;
	x: number;
	y: number;
	/** How many groups the cell belongs to, minus one: 0 = only the whole. */
	level: number;
	/** Ids of every group the cell belongs to, whole first. */
	groups: string[];
}

export interface Part {
	id: string;
	level: number;
	/** The part's rectangle, in pixels from the grid's top-left. */
	width: number;
	height: number;
}

export interface UnitsLayout {
	size: number;
	gap: number;
	cols: number;
	cells: Cell[];
	/** The nested parts (every group but the whole), outermost first. */
	parts: Part[];
	width: number;
	height: number;
}

/** Widest a grid gets, in squares, so the whole stays a block rather than a strip. */
const MAX_COLS = 40;

export function unitsLayout(groups: UnitGroup[], width: number, height: number): UnitsLayout {
	const total = groups[0]?.units ?? 0;
	// The largest square with which the whole fits the box.
	let size = 2;
	for (let s = 40; s >= 2; s -= 0.5) {
		const cols = Math.min(MAX_COLS, Math.floor(width / s));
		if (cols >= 1 && Math.ceil(total / cols) * s <= height) {
			size = s;
			break;
		}
	}
	const cols = Math.max(1, Math.min(MAX_COLS, Math.floor(width / size)));
	const gap = Math.max(1, Math.round(size * 0.18));

	// Each part's rectangle: about square, at least as wide and as tall as the part inside it.
	const rects: { w: number; h: number }[] = [];
	for (let k = groups.length - 1; k >= 1; k--) {
		const n = Math.min(groups[k].units, total);
		const inner = rects[0] ?? { w: 0, h: 0 };
		const w = Math.min(cols, Math.max(inner.w, Math.ceil(Math.sqrt(n))));
		const h = Math.max(inner.h, Math.ceil(n / w));
		rects.unshift({ w, h });
	}

	// Fill from the deepest part outwards: each part takes the free cells of its rectangle, row by row;
	// the whole takes what is left of the grid.
	const levelAt = new Map<number, number>();
	for (let k = groups.length - 1; k >= 1; k--) {
		const { w, h } = rects[k - 1];
		let left = Math.min(groups[k].units, total) - levelAt.size;
		for (let r = 0; r < h && left > 0; r++)
			for (let c = 0; c < w && left > 0; c++) {
				const i = r * cols + c;
				if (!levelAt.has(i)) {
					levelAt.set(i, k);
					left--;
				}
			}
	}
	const cells: Cell[] = [];
	let rest = total - levelAt.size;
	for (let i = 0; cells.length < total; i++) {
		const level = levelAt.get(i) ?? 0;
		if (level === 0 && rest-- <= 0) continue;
		cells.push({ index: i, x: (i % cols) * size, y: Math.floor(i / cols) * size, level, groups: groups.slice(0, level + 1).map((g) => g.id) });
	}
	const rows = Math.ceil(Math.max(...cells.map((c) => c.index + 1), 1) / cols);
	const parts = rects.map((r, k) => ({ id: groups[k + 1].id, level: k + 1, width: r.w * size, height: r.h * size }));
	return { size, gap, cols, cells, parts, width: cols * size, height: rows * size };
}

export interface PartLabel {
	id: string;
	/** Top-left of the label box, in pixels from the grid's top-left. */
	x: number;
	y: number;
	maxWidth: number;
	/** The part's outer corner the label's leader line starts from. */
	anchor: [number, number];
}

/**
 * Where each part's label goes: beside its rectangle's bottom-right corner, over the lighter cells of
 * the whole, stacked top to bottom so no two overlap, pulled back inside the drawing. `heights` are
 * the labels' heights as laid out (an estimate is fine before they are measured). Too little room to
 * the right (a narrow phone), and the label starts at the left edge below the corner instead.
 */
export function placePartLabels(layout: UnitsLayout, heights: number[], boxWidth: number, boxHeight: number, minWidth = 120): PartLabel[] {
	const labels: PartLabel[] = [];
	let floor = 0;
	// Innermost first: its corner is highest.
	const order = layout.parts.map((p, i) => ({ p, i })).reverse();
	for (const { p, i } of order) {
		const h = heights[i] ?? 32;
		const beside = boxWidth - (p.width + 10) >= minWidth;
		const x = beside ? p.width + 10 : 4;
		let y = beside ? p.height - h / 2 : p.height + 4;
		y = Math.max(y, floor);
		y = Math.min(y, boxHeight - h);
		labels.push({ id: p.id, x, y: Math.max(0, y), maxWidth: boxWidth - x - 4, anchor: [p.width, p.height] });
		floor = Math.max(0, y) + h + 4;
	}
	return labels.reverse();
}

/**
 * A part label's type: its figure on a line of its own at 1rem (20 px lines), then its words at
 * 0.85rem (17 px lines), 0.15rem/0.35rem padding and a 3 px rule.
 */
const LABEL = { head: 16, headLine: 20, font: 13.6, line: 17, padY: 4.8, padX: 11.2 + 3 };
/**
 * Average advance of a character of the label face, in ems: Source Sans 3's average is 0.42 em and its
 * bold figures wider, so 0.48 em errs on the wide side (a label laid out taller than it is leaves
 * a gap; one laid out shorter would overlap its neighbour).
 */
const CHAR_EM = 0.48;

/** How many lines `text` takes at `fontPx` in `width` pixels, breaking between words. */
function lineCount(text: string, width: number, fontPx: number): number {
	const perLine = Math.max(1, Math.floor(width / (fontPx * CHAR_EM)));
	let lines = 1;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const need = used === 0 ? word.length : used + 1 + word.length;
		if (need <= perLine || used === 0) used = Math.min(need, perLine);
		else {
			lines += 1;
			used = Math.min(word.length, perLine);
		}
		// A word longer than a line breaks over as many lines as it needs.
		if (word.length > perLine) lines += Math.ceil(word.length / perLine) - 1;
	}
	return lines;
}

/**
 * How tall a part label will be, from its figure, its words and its width, with no measuring: the
 * same before and after the page hydrates, so nothing moves when the browser takes over (a measured
 * height moved the labels by up to 21 px on hydration).
 */
export function labelHeight(figure: string, text: string, maxWidth: number): number {
	const width = maxWidth - LABEL.padX;
	return Math.ceil(lineCount(figure, width, LABEL.head) * LABEL.headLine + lineCount(text, width, LABEL.font) * LABEL.line + LABEL.padY);
}

/** A shade's squares in the still drawing (see unitRuns). */
export interface UnitRuns {
	level: number;
	/** One `M x,y h length` per run, through the middle of its squares. */
	d: string;
}

/**
 * The still drawing of a layout: each shade's squares as runs along their rows, each run one
 * horizontal line through the middle of its squares. Stroked as thick as a square and dashed
 * (a square, a gap, a square…), a run of n squares draws exactly those n squares: the ~600 squares
 * of the lead picture are some forty lines.
 */
export function unitRuns(layout: UnitsLayout): UnitRuns[] {
	const side = layout.size - layout.gap;
	const num = (v: number) => +v.toFixed(2);
	const byLevel = new Map<number, string[]>();
	let run: { first: Cell; n: number } | null = null;
	const flush = () => {
		if (!run) return;
		if (!byLevel.has(run.first.level)) byLevel.set(run.first.level, []);
		byLevel.get(run.first.level)!.push(`M${num(run.first.x)},${num(run.first.y + side / 2)}h${num(run.n * layout.size - layout.gap)}`);
	};
	for (const cell of layout.cells) {
		const continues = run && run.first.level === cell.level && cell.index === run.first.index + run.n && cell.index % layout.cols !== 0;
		if (continues) run!.n++;
		else {
			flush();
			run = { first: cell, n: 1 };
		}
	}
	flush();
	return [...byLevel].sort((a, b) => a[0] - b[0]).map(([level, runs]) => ({ level, d: runs.join('') }));
}
