import { describe, expect, it } from 'vitest';
import { labelHeight, placePartLabels, unitRuns, unitsLayout } from './unitsLayout';

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

describe('placePartLabels', () => {
	it('gives every part a label inside the box, none overlapping another', () => {
		for (const [w, h] of [
			[358, 300],
			[760, 560]
		]) {
			const layout = unitsLayout(all, w, h);
			const heights = [34, 34, 34];
			const labels = placePartLabels(layout, heights, w, h);
			expect(labels.map((l) => l.id)).toEqual(['cap', 'received', 'first']);
			labels.forEach((l, i) => {
				expect(l.x).toBeGreaterThanOrEqual(0);
				expect(l.y).toBeGreaterThanOrEqual(0);
				expect(l.y + heights[i]).toBeLessThanOrEqual(h);
				expect(l.maxWidth).toBeGreaterThan(0);
				for (const o of labels.slice(i + 1)) {
					const j = labels.indexOf(o);
					expect(l.y + heights[i] <= o.y || o.y + heights[j] <= l.y).toBe(true);
				}
			});
		}
	});

	it('starts each leader at its part’s outer corner', () => {
		const layout = unitsLayout(all, 760, 560);
		for (const l of placePartLabels(layout, [34, 34, 34], 760, 560)) {
			const part = layout.parts.find((p) => p.id === l.id)!;
			expect(l.anchor).toEqual([part.width, part.height]);
		}
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
		for (let w = 80; w < 400; w += 10) expect(labelHeight('about 2,200 people', text, w)).toBeGreaterThanOrEqual(labelHeight('about 2,200 people', text, w + 10));
	});
});

describe('unitRuns', () => {
	/** The squares a still drawing paints: each run's dashes, read back as squares' top-left corners. */
	const painted = (layout: ReturnType<typeof unitsLayout>) =>
		unitRuns(layout).flatMap(({ level, d }) =>
			[...d.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)/g)].flatMap(([, x, y, length]) => {
				const n = (Number(length) + layout.gap) / layout.size;
				expect(Number.isInteger(Math.round(n * 1e6) / 1e6)).toBe(true);
				return Array.from({ length: Math.round(n) }, (_, k) => `${level}@${+(Number(x) + k * layout.size).toFixed(2)},${+(Number(y) - (layout.size - layout.gap) / 2).toFixed(2)}`);
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
