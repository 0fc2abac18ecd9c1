import { describe, expect, it } from 'vitest';
import { cellOutline, edgeOf, labelHeight, unitRuns, unitsChart, unitsLayout } from './unitsLayout';

const whole = { id: 'detained', units: 600 };
const cap = { id: 'cap', units: 140 };
const received = { id: 'received', units: 44 };
const first = { id: 'first', units: 3 };
const all = [whole, cap, received, first];

const count = (layout: ReturnType<typeof unitsLayout>, id: string) => layout.cells.filter((c) => c.groups.includes(id)).length;

describe('unitsLayout', () => {
	it('draws one cell per unit of the whole, each at its own place', () => {
		const layout = unitsLayout([whole], 600, 400);
		expect(layout.cells).toHaveLength(600);
		expect(new Set(layout.cells.map((c) => `${c.x},${c.y}`)).size).toBe(600);
	});

	it('nests the groups: every part is inside the one that holds it, so they never add up', () => {
		const layout = unitsLayout(all, 600, 400);
		expect(all.map((g) => count(layout, g.id))).toEqual([600, 140, 44, 3]);
		for (const c of layout.cells) {
			// Belonging to a group means belonging to every group that holds it.
			expect(c.groups).toEqual(all.slice(0, c.groups.length).map((g) => g.id));
			expect(c.level).toBe(c.groups.length - 1);
		}
	});

	it('draws each part as a compact block in the corner of the one that holds it', () => {
		const layout = unitsLayout(all, 600, 400);
		layout.parts.forEach((part, k) => {
			const cells = layout.cells.filter((c) => c.level >= part.level);
			for (const c of cells) {
				expect(c.x + layout.size).toBeLessThanOrEqual(part.width + 0.01);
				expect(c.y + layout.size).toBeLessThanOrEqual(part.height + 0.01);
			}
			// Nearly full: at most one row short.
			expect(cells.length).toBeGreaterThan(((part.width / layout.size) * (part.height / layout.size - 1)) | 0);
			const inner = layout.parts[k + 1];
			if (inner) expect(inner.width <= part.width && inner.height <= part.height).toBe(true);
		});
	});

	it('keeps the whole a straight-edged block: only its last row is short', () => {
		const layout = unitsLayout(all, 600, 400);
		const rows = new Map<number, number>();
		for (const c of layout.cells) rows.set(c.y, (rows.get(c.y) ?? 0) + 1);
		const counts = [...rows.values()];
		expect(counts.slice(0, -1).every((n) => n === layout.cols)).toBe(true);
	});

	it('puts every cell in the same place whichever parts a step shows: only colours change', () => {
		const a = unitsLayout([whole, cap], 600, 400).cells.map((c) => `${c.index}:${c.x},${c.y}`);
		const b = unitsLayout(all, 600, 400).cells.map((c) => `${c.index}:${c.x},${c.y}`);
		expect(new Set(a)).toEqual(new Set(b));
	});

	it('fits the box at phone, desktop and projector sizes', () => {
		for (const [w, h] of [
			[358, 300],
			[760, 560],
			[1180, 760]
		]) {
			const layout = unitsLayout(all, w, h);
			expect(layout.width).toBeLessThanOrEqual(w);
			expect(layout.height).toBeLessThanOrEqual(h);
		}
	});
});

describe('edgeOf', () => {
	it('gives each qualifier the edge that says how exact it is', () => {
		expect(['more than', 'at least', 'up to', 'around', 'nearly', 'exactly', undefined].map(edgeOf)).toEqual([
			'open',
			'open',
			'dashed',
			'soft',
			'soft',
			'exact',
			'exact'
		]);
	});
});

describe('the whole’s open edge ("more than")', () => {
	it('runs on past the last square in hollow squares that fade, and only for an open whole', () => {
		const open = unitsLayout([{ ...whole, edge: 'open' }, cap], 600, 400);
		expect(open.tail.length).toBeGreaterThanOrEqual(3);
		expect(open.tail[0].index).toBe(open.cells.at(-1)!.index + 1);
		expect(open.tail.map((t) => t.fade)).toEqual([...open.tail.map((t) => t.fade)].sort((a, b) => b - a));
		expect(open.tail.at(-1)!.fade).toBeLessThan(0.5);
		// Hollow squares are not counted: the whole is still exactly its units.
		expect(open.cells).toHaveLength(600);
		expect(open.height).toBeGreaterThanOrEqual(open.tail.at(-1)!.y + open.size);
		expect(unitsLayout([whole, cap], 600, 400).tail).toEqual([]);
	});

	it('fits its box with the tail included', () => {
		for (const [w, h] of [
			[194, 300],
			[358, 180],
			[760, 560]
		]) {
			const layout = unitsLayout([{ ...whole, edge: 'open' }], w, h);
			expect(layout.height).toBeLessThanOrEqual(h);
		}
	});
});

describe('cellOutline', () => {
	it('traces a rectangle of cells as its four sides, along the middle of the gaps', () => {
		// A 2×2 block at the top left of a 10-column grid, 10 px squares with 2 px gaps.
		expect(cellOutline([0, 1, 10, 11], 10, 10, 2)).toBe('M-1,-1H19M-1,19H19M-1,-1V19M19,-1V19');
	});

	it('follows a ragged last row', () => {
		// Row 0 full (3 cells), row 1 one cell: the step shows as a horizontal and a vertical piece.
		const d = cellOutline([0, 1, 2, 10], 10, 10, 0);
		expect(d).toContain('M10,10H30');
		expect(d).toContain('M10,10V20');
	});

	it('outlines each part of a layout around exactly its squares', () => {
		const layout = unitsLayout([whole, { ...cap, edge: 'dashed' }, { ...received, edge: 'soft' }, first], 600, 400);
		expect(layout.parts.map((p) => p.edge)).toEqual(['dashed', 'soft', 'exact']);
		for (const p of layout.parts) {
			const xs = [...p.outline.matchAll(/[MH](-?[\d.]+)/g)].map((m) => Number(m[1]));
			expect(Math.max(...xs)).toBeCloseTo(p.width - layout.gap / 2, 1);
			expect(Math.min(...xs)).toBeCloseTo(-layout.gap / 2, 1);
		}
	});
});

describe('unitsChart', () => {
	const texts = [
		{ figure: 'up to 7,000 people', text: 'ISIS suspects the plan allows to be transferred to Iraq' },
		{ figure: 'around 2,200 people', text: 'male detainees reported received by Iraqi authorities' },
		{ figure: '150 people', text: 'detainees moved from Hasakah in the first transfers' }
	];
	const sizes = [
		[340, 190],
		[358, 300],
		[470, 230],
		[580, 330],
		[760, 560],
		[1180, 760]
	];
	const openAll = [{ ...whole, edge: 'open' as const }, { ...cap, edge: 'dashed' as const }, { ...received, edge: 'soft' as const }, first];

	it('keeps every label off the block: beside it, or in a key under it', () => {
		for (const [w, h] of sizes) {
			const chart = unitsChart(openAll, texts, w, h);
			const { layout } = chart;
			for (const l of chart.labels) {
				const clearBeside = l.x + l.width <= chart.blockX;
				const clearUnder = l.y >= layout.height;
				expect(clearBeside || clearUnder, `${w}×${h}: ${l.id} at ${l.x},${l.y}`).toBe(true);
			}
		}
	});

	it('keeps every label inside the chart and clear of the others', () => {
		for (const [w, h] of sizes) {
			const chart = unitsChart(openAll, texts, w, h);
			chart.labels.forEach((l, i) => {
				expect(l.x + l.width).toBeLessThanOrEqual(w + 0.01);
				expect(l.y).toBeGreaterThanOrEqual(0);
				expect(l.y + l.height).toBeLessThanOrEqual(chart.height + 0.01);
				for (const o of chart.labels.slice(i + 1))
					expect(l.y + l.height <= o.y || o.y + o.height <= l.y || l.x + l.width <= o.x || o.x + o.width <= l.x).toBe(true);
			});
			expect(chart.height).toBeLessThanOrEqual(Math.max(h, chart.layout.height) + 0.01);
		}
	});

	it('puts labels at the block’s start edge where there is room, each leader in the gutter to a row of its own part', () => {
		const chart = unitsChart(openAll, texts, 760, 560);
		expect(chart.mode).toBe('beside');
		const { layout, blockX } = chart;
		expect(blockX + layout.width).toBeCloseTo(760, 0);
		chart.labels.forEach((l, i) => {
			const part = layout.parts[i];
			expect(l.x + l.width).toBeLessThanOrEqual(blockX);
			const xs = [...l.leader!.matchAll(/[MHL]([\d.]+)/g)].map((m) => Number(m[1]));
			// Every point of the leader is in the gutter, between the column and the block's first squares.
			for (const x of xs) {
				expect(x).toBeGreaterThanOrEqual(l.x + l.width - 2);
				expect(x).toBeLessThan(blockX);
			}
			// It ends level with a square of the block's first column that is this part's and no inner part's.
			const y = Number(l.leader!.match(/L[\d.]+,([\d.]+)/)![1]);
			const cell = layout.cells.find((c) => c.index % layout.cols === 0 && c.y <= y && y < c.y + layout.size)!;
			expect(cell.level, `${part.id} leader at y=${y}`).toBe(part.level);
		});
		const bends = chart.labels.map((l) => Number(l.leader!.match(/H([\d.]+)/)![1]));
		expect(new Set(bends).size).toBe(bends.length);
	});

	it('keeps to the figures alone in a key when the words would leave the squares too small to show the parts', () => {
		expect(unitsChart(openAll, texts, 340, 300).terse).toBe(false);
		const short = unitsChart(openAll, texts, 336, 190);
		expect(short.mode).toBe('key');
		expect(short.terse).toBe(true);
		expect(short.layout.size).toBeGreaterThanOrEqual(6);
		expect(short.height).toBeLessThanOrEqual(190);
		expect(short.labels.at(-1)!.y - short.labels[0].y).toBeLessThanOrEqual(30);
	});

	it('lays out every step of one nesting alike: the same squares and label places, only fewer parts shown', () => {
		for (const [w, h] of sizes) {
			const full = unitsChart(openAll, texts, w, h);
			for (const n of [1, 2, 3]) {
				const step = unitsChart(openAll, texts, w, h, openAll.slice(0, n));
				expect([step.layout.size, step.layout.cols, step.layout.height, step.height]).toEqual([
					full.layout.size,
					full.layout.cols,
					full.layout.height,
					full.height
				]);
				expect(step.labels).toEqual(full.labels.slice(0, n - 1));
				expect(step.layout.parts.map((p) => p.id)).toEqual(openAll.slice(1, n).map((g) => g.id));
			}
		}
	});

	it('stands the block at the start edge at a step that shows the whole alone (no label beside it), and after the label column once a part is labelled', () => {
		let beside = 0;
		for (const [w, h] of sizes) {
			const full = unitsChart(openAll, texts, w, h);
			if (full.mode !== 'beside') continue;
			beside++;
			expect(full.blockX).toBeGreaterThan(0);
			const alone = unitsChart(openAll, texts, w, h, openAll.slice(0, 1));
			expect(alone.labels).toEqual([]);
			expect(alone.blockX, `${w}×${h}`).toBe(0);
			expect(unitsChart(openAll, texts, w, h, openAll.slice(0, 2)).blockX).toBe(full.blockX);
		}
		expect(beside).toBeGreaterThan(0);
	});

	it('falls back to a key under the block when a column beside it would shrink the squares too much', () => {
		const chart = unitsChart(openAll, texts, 340, 190);
		expect(chart.mode).toBe('key');
		expect(chart.labels.every((l) => l.leader === null && l.y >= chart.layout.height)).toBe(true);
	});
});

describe('labelHeight', () => {
	it('is the figure line plus the lines of the words, growing a line at a time as they wrap', () => {
		const one = labelHeight('150 people', 'moved', 300);
		expect(one).toBe(Math.ceil(20 + 17 + 4.8));
		const long = 'the SDF held, with more to come under the January agreement between the two';
		expect(labelHeight('up to 7,000 people', long, 300)).toBeGreaterThan(one);
		expect(labelHeight('up to 7,000 people', long, 120)).toBeGreaterThan(labelHeight('up to 7,000 people', long, 300));
	});

	it('never under-estimates: a narrower box is never shorter', () => {
		const text = 'received by Iraq so far, according to officials';
		for (let w = 80; w < 400; w += 10)
			expect(labelHeight('about 2,200 people', text, w)).toBeGreaterThanOrEqual(labelHeight('about 2,200 people', text, w + 10));
	});
});

describe('unitRuns', () => {
	/** The squares a still drawing paints: each run's dashes, read back as squares' top-left corners. */
	const painted = (layout: ReturnType<typeof unitsLayout>) =>
		unitRuns(layout).flatMap(({ level, d }) =>
			[...d.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)/g)].flatMap(([, x, y, length]) => {
				const n = (Number(length) + layout.gap) / layout.size;
				expect(Number.isInteger(Math.round(n * 1e6) / 1e6)).toBe(true);
				return Array.from(
					{ length: Math.round(n) },
					(_, k) => `${level}@${+(Number(x) + k * layout.size).toFixed(2)},${+(Number(y) - (layout.size - layout.gap) / 2).toFixed(2)}`
				);
			})
		);
	const squares = (layout: ReturnType<typeof unitsLayout>) => layout.cells.map((c) => `${c.level}@${+c.x.toFixed(2)},${+c.y.toFixed(2)}`);

	it('paints every square once, in its shade, and nothing else', () => {
		for (const [w, h] of [
			[340, 180],
			[600, 400],
			[233, 97]
		]) {
			const layout = unitsLayout(all, w, h);
			expect(painted(layout).sort()).toEqual(squares(layout).sort());
		}
	});

	it('draws a row’s run of one shade as one line, and never carries a run onto the next row', () => {
		const layout = unitsLayout(all, 340, 180);
		const lines = unitRuns(layout).reduce((n, r) => n + r.d.split('M').length - 1, 0);
		const rows = Math.ceil((layout.cells.at(-1)!.index + 1) / layout.cols);
		expect(lines).toBeGreaterThanOrEqual(rows);
		expect(lines).toBeLessThan(rows * 3);
	});
});
