import { describe, expect, it } from 'vitest';
import { unitsLayout, type UnitsLayout } from './unitsLayout';

const whole = { id: 'detained', units: 600 };
const cap = { id: 'cap', units: 140 };
const received = { id: 'received', units: 44 };
const first = { id: 'first', units: 3 };

/** Where a unit is drawn on the page: its block's origin plus its place in the block. */
const absolute = (layout: UnitsLayout, i: number) => {
	const u = layout.units[i];
	return { x: u.x, y: layout.blocks.find((b) => b.kind === u.block)!.y + u.y };
};

describe('unitsLayout', () => {
	it('draws one unit per unit of the whole', () => {
		expect(unitsLayout([whole], 600, 400).units).toHaveLength(600);
	});

	it('counts the members of each nested group', () => {
		const { units } = unitsLayout([whole, cap, received, first], 600, 400);
		const count = (id: string) => units.filter((u) => u.groups.includes(id)).length;
		expect([count('detained'), count('cap'), count('received'), count('first')]).toEqual([600, 140, 44, 3]);
	});

	it('puts the part in its own block above the rest, deepest level first', () => {
		const layout = unitsLayout([whole, cap, received, first], 600, 400);
		expect(layout.blocks.map((b) => [b.kind, b.count])).toEqual([
			['part', 140],
			['rest', 460]
		]);
		const part = layout.units.filter((u) => u.block === 'part').map((u) => absolute(layout, u.index).y);
		const rest = layout.units.filter((u) => u.block === 'rest').map((u) => absolute(layout, u.index).y);
		expect(Math.max(...part)).toBeLessThan(Math.min(...rest));
		expect(layout.units[0].level).toBe(3);
		expect(absolute(layout, 0)).toEqual({ x: 0, y: layout.blocks[0].y });
	});

	it('splits the grid by sliding the rest down: no unit changes place within its block', () => {
		const before = unitsLayout([whole], 600, 400);
		const after = unitsLayout([whole, cap], 600, 400);
		expect(after.size).toBe(before.size);
		const rest = after.units.filter((u) => u.block === 'rest');
		const shift = absolute(after, rest[0].index).y - absolute(before, rest[0].index).y;
		expect(shift).toBeGreaterThan(0);
		for (const u of rest) {
			expect(absolute(after, u.index).x).toBe(absolute(before, u.index).x);
			expect(absolute(after, u.index).y - absolute(before, u.index).y).toBe(shift);
		}
		for (const u of after.units.filter((u) => u.block === 'part')) expect(absolute(after, u.index)).toEqual(absolute(before, u.index));
	});

	it('fits inside the drawing', () => {
		for (const [w, h] of [
			[600, 400],
			[340, 300],
			[900, 260]
		]) {
			const layout = unitsLayout([whole, cap], w, h);
			expect(layout.height).toBeLessThanOrEqual(h);
			for (const u of layout.units) expect(u.x + layout.size).toBeLessThanOrEqual(w + 0.001);
		}
	});
});
