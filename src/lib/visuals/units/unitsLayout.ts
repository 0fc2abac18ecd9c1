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
 * `unitsChart` sets the parts' labels off the block: in a column at its start edge, or in a key under it.
 */

export interface UnitGroup {
	id: string;
	units: number;
	/** How the figure's qualifier shows (see `edgeOf`); exact when not given. */
	edge?: Edge;
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
	edge: Edge;
	/** The outline of the part's squares (see cellOutline), for its dashed or soft edge. */
	outline: string;
}

/** A hollow square after the whole's last one: a whole of "more than" n runs on, fading. */
export interface TailCell {
	index: number;
	x: number;
	y: number;
	/** 1 next to the last square, falling towards 0 at the tail's end. */
	fade: number;
}

export interface UnitsLayout {
	size: number;
	gap: number;
	cols: number;
	cells: Cell[];
	/** The nested parts (every group but the whole), outermost first. */
	parts: Part[];
	/** The whole's open edge (none unless its edge is `open`). */
	tail: TailCell[];
	width: number;
	height: number;
}

/** Widest a grid gets, in squares, so the whole stays a block rather than a strip. */
const MAX_COLS = 40;

export function unitsLayout(groups: UnitGroup[], width: number, height: number): UnitsLayout {
	const total = groups[0]?.units ?? 0;
	const open = groups[0]?.edge === 'open';
	// The largest square with which the whole (and its open edge) fits the box.
	let size = 2;
	for (let s = 40; s >= 2; s -= 0.5) {
		const cols = Math.min(MAX_COLS, Math.floor(width / s));
		if (cols >= 1 && Math.ceil((total + (open ? tailLength(total, cols) : 0)) / cols) * s <= height) {
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
	const last = Math.max(...cells.map((c) => c.index), -1);
	const n = open ? tailLength(total, cols) : 0;
	const tail: TailCell[] = Array.from({ length: n }, (_, k) => {
		const index = last + 1 + k;
		return { index, x: (index % cols) * size, y: Math.floor(index / cols) * size, fade: +(1 - k / n).toFixed(3) };
	});
	const rows = Math.ceil((last + 1 + n) / cols) || 1;
	const parts = rects.map((r, k) => {
		const level = k + 1;
		const inside = cells.filter((c) => c.level >= level).map((c) => c.index);
		return {
			id: groups[level].id,
			level,
			width: r.w * size,
			height: r.h * size,
			edge: groups[level].edge ?? 'exact',
			outline: cellOutline(inside, cols, size, gap)
		};
	});
	return { size, gap, cols, cells, parts, tail, width: cols * size, height: rows * size };
}

/**
 * How many hollow squares carry a "more than" whole on: the rest of its last row, or a third of a row
 * more when that is under three squares (too few to read as running on).
 */
function tailLength(total: number, cols: number): number {
	const rest = (cols - (total % cols)) % cols;
	return rest >= 3 ? rest : rest + Math.max(3, Math.ceil(cols / 3));
}

/**
 * How a figure's qualifier shows at the edge of its squares, so an approximate number is never drawn
 * as exact (the country dots' hollow band says the same for countries):
 *   open    "more than", "at least": the block runs on into fading, hollow squares
 *   dashed  "up to": a dashed outline, a ceiling the count may not reach
 *   soft    "around", "nearly": a soft, blurred outline
 *   exact   no qualifier: the squares alone
 */
export type Edge = 'open' | 'dashed' | 'soft' | 'exact';

export function edgeOf(qualifier: string | undefined): Edge {
	switch (qualifier) {
		case 'more than':
		case 'at least':
			return 'open';
		case 'up to':
			return 'dashed';
		case 'around':
		case 'nearly':
			return 'soft';
		default:
			return 'exact';
	}
}

/**
 * The outline of a set of cells, along the middle of the gaps around them: one path, its collinear
 * edges merged so a dash pattern runs on along a side instead of restarting at every square.
 */
export function cellOutline(indices: Iterable<number>, cols: number, size: number, gap: number): string {
	const set = new Set(indices);
	const num = (v: number) => +v.toFixed(2);
	const off = gap / 2;
	// Horizontal edges keyed by grid line y (0 = top of row 0), vertical by grid line x.
	const horizontal = new Map<number, number[]>();
	const vertical = new Map<number, number[]>();
	const add = (map: Map<number, number[]>, line: number, at: number) => {
		if (!map.has(line)) map.set(line, []);
		map.get(line)!.push(at);
	};
	for (const i of set) {
		const [r, c] = [Math.floor(i / cols), i % cols];
		if (r === 0 || !set.has(i - cols)) add(horizontal, r, c);
		if (!set.has(i + cols)) add(horizontal, r + 1, c);
		if (c === 0 || !set.has(i - 1)) add(vertical, c, r);
		if (c === cols - 1 || !set.has(i + 1)) add(vertical, c + 1, r);
	}
	const runs = (ats: number[]) => {
		const sorted = [...new Set(ats)].sort((a, b) => a - b);
		const out: [number, number][] = [];
		for (const a of sorted) {
			const last = out.at(-1);
			if (last && last[1] === a) last[1] = a + 1;
			else out.push([a, a + 1]);
		}
		return out;
	};
	let d = '';
	for (const [y, ats] of [...horizontal].sort((a, b) => a[0] - b[0]))
		for (const [a, b] of runs(ats)) d += `M${num(a * size - off)},${num(y * size - off)}H${num(b * size - off)}`;
	for (const [x, ats] of [...vertical].sort((a, b) => a[0] - b[0]))
		for (const [a, b] of runs(ats)) d += `M${num(x * size - off)},${num(a * size - off)}V${num(b * size - off)}`;
	return d;
}

/** What a part label says: its figure, then its words. */
export interface LabelText {
	figure: string;
	text: string;
}

/** A part's label, in pixels from the chart's top and its inline start (mirrored for right-to-left). */
export interface ChartLabel {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The leader from the label to its part's band of the block's start edge, in the gutter; none in a key. */
	leader: string | null;
}

export interface UnitsChart {
	/**
	 * `beside`: labels in a column at the block's start edge, each joined to its part by a leader in
	 * the gutter between them, so no text or line covers a square. `key`: labels in rows under the
	 * block, each with a swatch (no room beside it: narrow phones, the lead picture).
	 */
	mode: 'beside' | 'key';
	/**
	 * A key of figures alone, their words left to the step's text and the table: for a stage so short
	 * that a key with the words would leave the squares too small to see the parts (the embed in a
	 * phone's column).
	 */
	terse: boolean;
	layout: UnitsLayout;
	/**
	 * Where the block starts, from the chart's inline start: after the label column when the labels
	 * are beside it (they stand at the block's start edge, where every part touches it), else 0.
	 */
	blockX: number;
	/** The box the grid was fitted to. */
	box: [number, number];
	labels: ChartLabel[];
	/** The whole chart's height: the block and its labels or key. */
	height: number;
}

/** Between the block and a label column, and between a block and its key. */
const GUTTER = 14;
const LABEL_GAP = 6;
/** A key row's swatch and its gap, before the text. */
const SWATCH = 22;

/**
 * The unit chart with its part labels set off the data: the layout (beside or key) that gives the
 * larger squares, preferring labels beside the block unless that costs a quarter of the square's size.
 * `texts` are the parts' labels, outermost first (the whole is labelled above the chart). `groups` is
 * the frame the chart is laid out for (the story's deepest nesting of these figures); `shown`, the
 * groups this step draws, a leading part of it.
 */
export function unitsChart(groups: UnitGroup[], texts: LabelText[], width: number, height: number, shown: UnitGroup[] = groups): UnitsChart {
	const chart = chooseChart(groups, texts, width, height);
	// Laid out for the whole frame, drawn with the parts this step shows: the same grid, squares and
	// label places at every step of the frame, so moving between them only recolours (and labels).
	const ids = new Set(shown.map((g) => g.id));
	const drawn = shown === groups ? chart : { ...chart, layout: unitsLayout(shown, ...chart.box), labels: chart.labels.filter((l) => ids.has(l.id)) };
	// A step that shows the whole alone has nothing for the label column: its block stands at the chart's
	// start edge, under the heading and key it shares that edge with, not at the end of an empty column
	// (graphics editors: "right of centre"; centred, "the heading and the block no longer share an edge").
	return drawn.mode === 'beside' && !drawn.labels.length ? { ...drawn, blockX: 0 } : drawn;
}

function chooseChart(groups: UnitGroup[], texts: LabelText[], width: number, height: number): UnitsChart {
	// The label column's width: the one that leaves the block its largest squares with every label in.
	let beside: UnitsChart | null = null;
	for (const share of [0.3, 0.36, 0.42, 0.5, 0.56]) {
		const chart = besideChart(groups, texts, width, height, Math.round(Math.min(260, Math.max(120, width * share))));
		if (chart && (!beside || chart.layout.size > beside.layout.size)) beside = chart;
	}
	const key = keyChart(groups, texts, width, height);
	if (beside && beside.layout.size >= key.layout.size * 0.75) return beside;
	if (key.layout.size >= MIN_KEYED_SQUARE) return key;
	const terse = terseKeyChart(groups, texts, width, height);
	return terse.layout.size > key.layout.size ? terse : key;
}

/** A terse key: the figures alone, side by side, wrapping as words do. */
function terseKeyChart(groups: UnitGroup[], texts: LabelText[], width: number, height: number): UnitsChart {
	const ROW = 22;
	// Each entry's width from its figure (bold, counted wide: see CHAR_EM), its swatch and a gap.
	const widths = texts.map((t) => Math.min(width, Math.ceil(t.figure.length * LABEL.font * (CHAR_EM + 0.06)) + SWATCH + 16));
	const spots: { x: number; row: number }[] = [];
	let [x, row] = [0, 0];
	for (const w of widths) {
		if (x > 0 && x + w > width) [x, row] = [0, row + 1];
		spots.push({ x, row });
		x += w;
	}
	const keyHeight = (row + 1) * ROW;
	const box: [number, number] = [width, Math.max(40, height - keyHeight - GUTTER)];
	const layout = unitsLayout(groups, ...box);
	const top = layout.height + GUTTER;
	const labels = layout.parts.map((p, i) => ({ id: p.id, x: spots[i].x, y: top + spots[i].row * ROW, width: widths[i], height: ROW, leader: null }));
	return { mode: 'key', terse: true, layout, blockX: 0, box, labels, height: top + keyHeight };
}

/** The smallest square (px) at which a part a few squares wide still reads as a shape. */
const MIN_KEYED_SQUARE = 6;

/**
 * Labels in a column at the block's start edge (left in left-to-right editions, mirrored in
 * right-to-left ones). Every part is nested in the block's top start corner, so each one touches that
 * edge along a band of rows of its own (the 150 at the top, then what the 2,200 adds below it, then
 * the 7,000's): each leader runs from its label straight to its band, in the gutter between column and
 * block, and never crosses a square or another part.
 */
function besideChart(groups: UnitGroup[], texts: LabelText[], width: number, height: number, column: number): UnitsChart | null {
	if (width - column - GUTTER < 60) return null;
	const box: [number, number] = [width - column - GUTTER, height];
	const layout = unitsLayout(groups, ...box);
	// The block sits at the end edge; the column takes the rest of the width.
	const labelWidth = width - layout.width - GUTTER;
	const blockX = labelWidth + GUTTER;
	const heights = texts.map((t) => labelHeight(t.figure, t.text, labelWidth - SWATCH));
	const room = Math.max(layout.height, height);
	if (heights.reduce((a, h) => a + h + LABEL_GAP, 0) > room) return null;
	// Each part's own band of the start edge: from the bottom of the part inside it to its own bottom.
	const bands = layout.parts.map((p, i) => {
		const top = layout.parts[i + 1]?.height ?? 0;
		const bottom = p.height;
		// A part no taller than the one inside it has no band of its own: its last row stands in.
		return bottom > top ? [top, bottom] : [bottom - layout.size, bottom];
	});
	// Innermost first (its band is highest): each label's first line level with the bottom row of its
	// band (the labels spread as far as the parts do, leaving room for a label that wraps to more lines
	// than estimated), pushed down clear of the one above, then the stack pulled back up inside the room.
	const order = layout.parts.map((p, i) => i).reverse();
	const ys: number[] = [];
	let floor = 0;
	for (const i of order) {
		ys[i] = Math.max(floor, bands[i][1] - layout.size / 2 - 10);
		floor = ys[i] + heights[i] + LABEL_GAP;
	}
	let ceiling = room;
	for (const i of [...order].reverse()) {
		ys[i] = Math.max(0, Math.min(ys[i], ceiling - heights[i]));
		ceiling = ys[i] - LABEL_GAP;
	}
	const num = (v: number) => +v.toFixed(2);
	const labels = layout.parts.map((p, i) => {
		const from = ys[i] + 10;
		// Level with the label's first line where the band allows, else at the band's nearest row middle.
		const [top, bottom] = bands[i];
		const half = layout.size / 2;
		const at = Math.max(top + half - layout.gap / 2, Math.min(bottom - half - layout.gap / 2, from));
		// Each leader bends at its own place in the gutter, so none runs over another.
		const bend = labelWidth + 3 + 3 * i;
		const end = blockX - layout.gap / 2 - 1;
		return {
			id: p.id,
			x: 0,
			y: ys[i],
			width: labelWidth,
			height: heights[i],
			leader: `M${num(labelWidth - 2)},${num(from)}H${num(bend)}L${num(end - 3)},${num(at)}H${num(end)}`
		};
	});
	return { mode: 'beside', terse: false, layout, blockX, box, labels, height: Math.max(layout.height, ...labels.map((l) => l.y + l.height)) };
}

function keyChart(groups: UnitGroup[], texts: LabelText[], width: number, height: number): UnitsChart {
	const heights = texts.map((t) => labelHeight(t.figure, t.text, width - SWATCH, true));
	const keyHeight = heights.reduce((a, h) => a + h + LABEL_GAP, 0);
	const box: [number, number] = [width, Math.max(40, height - keyHeight - GUTTER)];
	const layout = unitsLayout(groups, ...box);
	let y = layout.height + GUTTER;
	const labels = layout.parts.map((p, i) => {
		const label = { id: p.id, x: 0, y, width, height: heights[i], leader: null };
		y += heights[i] + LABEL_GAP;
		return label;
	});
	return { mode: 'key', terse: false, layout, blockX: 0, box, labels, height: y - (labels.length ? LABEL_GAP : GUTTER) };
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
export function labelHeight(figure: string, text: string, maxWidth: number, inline = false): number {
	const width = maxWidth - LABEL.padX;
	// In a key the figure runs on into its words (set a little larger, so counted wider).
	if (inline) return Math.ceil(lineCount(`${figure} ${figure.slice(0, 2)} ${text}`, width, LABEL.font) * LABEL.line + LABEL.padY);
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
