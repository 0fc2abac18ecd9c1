import { describe, expect, it } from 'vitest';
import { FAN_CLEAR, isArea } from './mapLayout';
import { mapMarkers } from './mapScene';
import { mapSteps } from './mapScene.fixture';

describe('mapScene(step, atlas, frame, edition)', () => {
	const steps = mapSteps();
	it('has the story’s map steps to check', () => expect(steps.map((s) => s.id)).toContain('arrivals-land-and-air'));

	it('draws as markers every place but countries and areas', () => {
		const { scene, story } = steps[0];
		expect(scene.markers).toEqual(mapMarkers(story.places));
		expect(scene.markers.some((p) => p.kind === 'country' || isArea(p))).toBe(false);
	});

	it('names every place the step points at in bold (focus, highlight, concern, bases, route ends, departures)', () => {
		for (const { view, scene } of steps) {
			const named = new Set(scene.markerInfo.filter((m) => m.named).map((m) => m.id));
			for (const p of [...view.focus, ...view.highlight, ...view.concern, ...view.bases.map((b) => b.place), ...(view.departures ?? [])])
				if (p.kind !== 'country' && !isArea(p)) expect(named.has(p.id), `${p.id} named`).toBe(true);
		}
	});

	it('ends a route into a whole country on its border, under a bracket with its words', () => {
		for (const { view, scene } of steps) {
			for (const r of view.routes.filter((r) => r.to.kind === 'country')) {
				const g = scene.routes.find((g) => g.to.id === r.to.id)!;
				expect(g.bracket, r.to.id).not.toBeNull();
				expect(scene.endLabels.map((e) => e.id)).toContain(`end:${r.to.id}`);
				// Each mode's line ends within a few pixels of the bracket.
				for (const c of g.curves) {
					const d = Math.min(...g.bracket!.map(([x, y]) => Math.hypot(x - c.e[0], y - c.e[1])));
					expect(d).toBeLessThan(20);
				}
			}
		}
	});

	it('keeps labels off every route, arrowhead and departure arrow', () => {
		for (const { scene } of steps) {
			const ids = scene.lineObstacles.map((b) => b.id);
			scene.routes.forEach((g, i) => g.curves.forEach((_, j) => expect(ids).toContain(`arrow:${i}:${j}`)));
			scene.departures.forEach((d, i) => d.arrows.forEach((_, j) => expect(ids).toContain(`departure-head:${i}:${j}`)));
		}
	});

	it('leaves off a town that is no part of the step within reach of a fan of departures (an arrow would seem to end there)', () => {
		for (const { id, scene } of steps)
			for (const d of scene.departures) {
				const [x, y] = [scene.xy(d.place)[0], scene.xy(d.place)[1]];
				const reach = Math.max(...d.arrows.map((a) => Math.hypot(a.e[0] - x, a.e[1] - y))) + FAN_CLEAR;
				for (const m of scene.markerInfo.filter((m) => !m.named)) expect(Math.hypot(m.x - x, m.y - y), `${id}: ${m.id}`).toBeGreaterThanOrEqual(reach);
			}
	});

	it('keeps a halo of concern within what a label can step past', () => {
		for (const { scene } of steps) {
			expect(scene.haloR).toBeGreaterThanOrEqual(18);
			expect(scene.haloR).toBeLessThanOrEqual(46);
		}
	});
});
