/**
 * Each map step's scene (`mapScene`) and the places of its names (`mapLabels`), kept by the map that
 * drew them. Those two are most of a step change's work on a map step (placing the names alone took
 * 14 ms of a 43 ms task on a 2-core laptop, scrolling by wheel), and they depend only on the step's
 * state, the frame and the map's size: a map works out the other map steps' ahead, one per idle moment
 * (`ahead`), so a reader scrolling onto one finds it ready, and a step met again is not worked out twice.
 * Same inputs, same objects: what is drawn is what `mapScene` and `mapLabels` give.
 */
import { mapLabels, type MapLabels } from './mapLabels';
import { mapScene, type MapScene, type MapState, type SceneInput } from './mapScene';
import type { Frame } from './projection';

export interface MapDrawing {
	scene: MapScene;
	labels: MapLabels;
}

const sameFrame = (a: Frame, b: Frame) => a.k === b.k && a.tx === b.tx && a.ty === b.ty;
const sameInput = (a: SceneInput, b: SceneInput) =>
	a.view === b.view && a.geo === b.geo && a.places === b.places && a.t === b.t && a.dir === b.dir && a.width === b.width && sameFrame(a.frame, b.frame);

export class MapDrawings {
	/** The last drawing of each step's state, with what it was drawn from. */
	#kept = new WeakMap<MapState, { input: SceneInput; mapHeight: number; drawing: MapDrawing }>();

	/** Whether the drawing for these inputs is kept (`draw` would not work it out again). */
	has(input: SceneInput, mapHeight: number): boolean {
		const kept = this.#kept.get(input.view);
		return !!kept && kept.mapHeight === mapHeight && sameInput(kept.input, input);
	}

	/** The step's scene and names: kept from an earlier call with the same inputs, or worked out now. */
	draw(input: SceneInput, mapHeight: number): MapDrawing {
		if (this.has(input, mapHeight)) return this.#kept.get(input.view)!.drawing;
		const scene = mapScene(input);
		const drawing = { scene, labels: mapLabels(scene, input.t, input.width, mapHeight) };
		this.#kept.set(input.view, { input, mapHeight, drawing });
		return drawing;
	}

	/**
	 * Works out the drawings of `inputs` (other steps at rest), one per call of `later` (an idle moment),
	 * so none is a long task. Returns a function that stops it (the map resized, its strings changed, or
	 * gone: a later call starts again from what is then true).
	 */
	ahead(inputs: SceneInput[], mapHeight: number, later: (work: () => void) => void): () => void {
		let stopped = false;
		const left = [...inputs];
		const next = () => {
			if (stopped) return;
			const input = left.shift();
			if (!input) return;
			this.draw(input, mapHeight);
			later(next);
		};
		later(next);
		return () => (stopped = true);
	}
}
