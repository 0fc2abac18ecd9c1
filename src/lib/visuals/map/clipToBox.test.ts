import { describe, expect, it } from 'vitest';
import { clipRing, roundRing, type Box, type Ring } from './clipToBox';

const box: Box = [
	[0, 0],
	[10, 10]
];

describe('clipRing', () => {
	it('keeps a ring wholly inside the box', () => {
		const ring: Ring = [
			[1, 1],
			[1, 2],
			[2, 2],
			[1, 1]
		];
		expect(clipRing(ring, box)).toEqual(ring);
	});

	it('drops a ring wholly outside the box', () => {
		expect(
			clipRing(
				[
					[20, 20],
					[20, 30],
					[30, 30],
					[20, 20]
				],
				box
			)
		).toEqual([]);
	});

	it('cuts a ring that crosses the box to the part inside, closed', () => {
		const clipped = clipRing(
			[
				[5, 5],
				[5, 15],
				[15, 15],
				[15, 5],
				[5, 5]
			],
			box,
			100
		);
		expect(clipped[0]).toEqual(clipped.at(-1));
		for (const [x, y] of clipped) {
			expect(x).toBeGreaterThanOrEqual(5);
			expect(x).toBeLessThanOrEqual(10);
			expect(y).toBeGreaterThanOrEqual(5);
			expect(y).toBeLessThanOrEqual(10);
		}
		expect(new Set(clipped.map((p) => p.join()))).toEqual(new Set(['5,5', '5,10', '10,10', '10,5']));
	});

	it('adds points along the box sides so long straight edges stay on the box', () => {
		const clipped = clipRing(
			[
				[-5, -5],
				[-5, 15],
				[15, 15],
				[15, -5],
				[-5, -5]
			],
			box,
			1
		);
		expect(clipped.filter(([x]) => x === 0).length).toBeGreaterThan(9);
	});
});

describe('roundRing', () => {
	it('rounds to two decimals by default', () => {
		expect(roundRing([[40.7512, 36.4987]])).toEqual([[40.75, 36.5]]);
	});
});
