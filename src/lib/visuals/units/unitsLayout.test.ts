import { describe, expect, it } from 'vitest';
import { unitsLayout } from './unitsLayout';

const whole = { id: 'detained', units: 600 };
const cap = { id: 'cap', units: 140 };
const received = { id: 'received', units: 44 };
const first = { id: 'first', units: 3 };

describe('unitsLayout', () => {
	it('draws one unit per unit of the whole', () => {
		expect(unitsLayout([whole], 600, 400).units).toHaveLength(600);
	});

	it('counts the members of each nested group', () => {
		const { units } = unitsLayout([whole, cap, received, first], 600, 400);
		const count = (id: string) => units.filter((u) => u.groups.includes(id)).length;
		expect([count('detained'), count('cap'), count('received'), count('first')]).toEqual([600, 140, 44, 3]);
	});

	it('gathers the part above the rest, deepest level first', () => {
		const layout = unitsLayout([whole, cap, received, first], 600, 400);
		const { units, blocks } = layout;
		expect(blocks.map((b) => [b.kind, b.count])).toEqual([
			['part', 140],
			['rest', 460]
		]);
		const maxPartY = Math.max(...units.filter((u) => u.level > 0).map((u) => u.y));
		const minRestY = Math.min(...units.filter((u) => u.level === 0).map((u) => u.y));
		expect(maxPartY).toBeLessThan(minRestY);
		const topLeft = units.find((u) => u.x === 0 && u.y === blocks[0].y)!;
		expect(topLeft.level).toBe(3);
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

	it('keeps a unit’s place while its membership is unchanged', () => {
		const a = unitsLayout([whole, cap], 600, 400).units[100];
		const b = unitsLayout([whole, cap], 600, 400).units[100];
		expect(b).toEqual(a);
	});
});
