import { describe, expect, it } from 'vitest';
import { boxWithin, pathRings, ringsContain } from './mapLayout';

describe('pathRings, ringsContain, boxWithin', () => {
	// A square country with a square lake (a hole), as d3-geo writes it.
	const rings = pathRings('M0,0L100,0L100,100L0,100Z M40,40L60,40L60,60L40,60Z');
	it('reads the rings of a path of straight segments', () => {
		expect(rings).toHaveLength(2);
		expect(rings[0][2]).toEqual([100, 100]);
	});
	it('reads the build’s compact outlines: relative steps, no comma before a minus, numbers such as .5', () => {
		expect(pathRings('M10,10l5,0l0,5l-5.5,0ZM.5-1l1,0l0,1Z')).toEqual([
			[
				[10, 10],
				[15, 10],
				[15, 15],
				[9.5, 15]
			],
			[
				[0.5, -1],
				[1.5, -1],
				[1.5, 0]
			]
		]);
	});
	it('tells inside from outside, holes included', () => {
		expect(ringsContain(rings, [20, 20])).toBe(true);
		expect(ringsContain(rings, [50, 50])).toBe(false);
		expect(ringsContain(rings, [120, 20])).toBe(false);
	});
	it('tests a screen box against the outline through the view', () => {
		const frame = { k: 2, tx: 10, ty: 10 };
		expect(boxWithin(rings, frame, { left: 20, right: 60, top: 20, bottom: 40 })).toBe(true);
		// Runs past the border (x 210 on screen is 100 in map units).
		expect(boxWithin(rings, frame, { left: 180, right: 240, top: 20, bottom: 40 })).toBe(false);
	});
});
