import { describe, expect, it } from 'vitest';
import { countDots, dotCentre, dotGrid, gridSize } from './countDots';

describe('countDots(figure)', () => {
	it('draws an exact figure as that many solid dots', () => {
		expect(countDots({ value: 3, qualifier: 'exactly' })).toEqual({ solid: 3, uncertain: 0, exact: true });
	});
	it('draws "nearly 90" as 80 certain dots and a band of 10 up to 90, never 90 solid dots', () => {
		const d = countDots({ value: 90, qualifier: 'nearly' });
		expect(d).toEqual({ solid: 80, uncertain: 10, exact: false });
		expect(d.solid + d.uncertain).toBe(90);
	});
	it('draws "around 60" with a band either side of 60', () => {
		const d = countDots({ value: 60, qualifier: 'around' });
		expect(d.solid).toBeLessThan(60);
		expect(d.solid + d.uncertain).toBeGreaterThan(60);
		expect(d).toEqual({ solid: 50, uncertain: 20, exact: false });
	});
	it('draws "more than" and "at least" as the figure, then a band above it', () => {
		expect(countDots({ value: 30, qualifier: 'more than' })).toEqual({ solid: 30, uncertain: 6, exact: false });
		expect(countDots({ value: 60, qualifier: 'at least' })).toEqual({ solid: 60, uncertain: 10, exact: false });
	});
	it('draws "up to" as a band only: at most that many, none of them certain', () => {
		expect(countDots({ value: 70, qualifier: 'up to' })).toEqual({ solid: 0, uncertain: 70, exact: false });
	});
	it('keeps small approximate counts to at least one dot of band, and never below zero', () => {
		expect(countDots({ value: 2, qualifier: 'nearly' })).toEqual({ solid: 1, uncertain: 1, exact: false });
		expect(countDots({ value: 0, qualifier: 'around' })).toEqual({ solid: 0, uncertain: 1, exact: false });
	});
});

describe('dotGrid(width, height, max, drawn)', () => {
	it('keeps one block of rows of ten where it is tall enough: a desktop stage, a phone held upright', () => {
		expect(dotGrid(600, 520, 100)).toMatchObject({ blocks: 1, cell: 44 });
		expect(dotGrid(370, 180, 100)).toMatchObject({ blocks: 1, cell: 18 });
	});
	it('sets two blocks side by side where the dots come out clearly larger: a phone on its side', () => {
		const grid = dotGrid(480, 90, 100);
		expect(grid).toMatchObject({ blocks: 2, cell: 18 });
		// One block would have had ten rows in the 90 px: 9 px dots.
		expect(grid.cell).toBeGreaterThan(1.9 * (90 / 10));
	});
	it('gives the first block half the rows, so a band runs on from its solid dots and never stands alone', () => {
		// "Around 60": 50 solid and a band of 20, 7 rows: 4 in the first block (solid), 3 in the second
		// (10 solid, then the band's 20).
		const around60 = dotGrid(480, 90, 100, 70);
		expect(around60.perBlock).toBe(40);
		const band = countDots({ value: 60, qualifier: 'around' });
		expect(band.solid).toBeGreaterThan(around60.perBlock);
		// "Nearly 90": 9 rows, 5 and 4.
		expect(dotGrid(480, 90, 100, 90).perBlock).toBe(50);
	});
	it('fills the first block before the second, each in rows of ten, and mirrors right to left', () => {
		const grid = dotGrid(480, 90, 100, 90);
		expect(dotCentre(grid, 0)).toEqual({ x: 9, y: 9 });
		expect(dotCentre(grid, 49)).toEqual({ x: 9 * 18 + 9, y: 4 * 18 + 9 });
		// The second block starts at the top again, a little after the first's ten columns.
		expect(dotCentre(grid, 50)).toEqual({ x: 10.3 * 18 + 9, y: 9 });
		expect(dotCentre(grid, 0, true).x).toBeCloseTo(gridSize(grid, 90).width - 9);
	});
	it('draws as tall as the taller block, and one block as tall as its rows', () => {
		expect(gridSize(dotGrid(480, 90, 100, 70), 70)).toEqual({ width: 20.3 * 18, height: 4 * 18 });
		expect(gridSize(dotGrid(480, 90, 100, 30), 30)).toEqual({ width: 20.3 * 18, height: 2 * 18 });
		const one = dotGrid(600, 520, 100);
		expect(gridSize(one, 60)).toEqual({ width: 440, height: 6 * 44 });
		expect(gridSize(one, 120).height).toBe(12 * 44);
	});
});

describe('dotCentre in one block', () => {
	it('puts every dot in rows of ten down the block', () => {
		const one = dotGrid(600, 520, 100);
		expect(dotCentre(one, 0)).toEqual({ x: 22, y: 22 });
		expect(dotCentre(one, 89)).toEqual({ x: 9 * 44 + 22, y: 8 * 44 + 22 });
		expect(dotCentre(one, 0, true)).toEqual({ x: 9 * 44 + 22, y: 22 });
	});
});
