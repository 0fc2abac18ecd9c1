/**
 * When the graphic draws what: the two schedules that keep opening a page down to one picture.
 *
 *   const layers = new LayerWarmUp(() => kinds, ['units']); // the other visuals, one per idle moment
 *   layers.shown('map', visual.kind);                  // drawn yet?
 *   layers.rough('units', visual.kind);                // in its quick form (still) only?
 *   const follow = new LayerFollow(() => kinds, changes); // the step each hidden layer draws
 *   follow.step('map', visual.kind, story.index);      // the active step, or one it catches up from
 *   const drawing = new StagedDrawing(staged);         // frame, then axis, then picture
 *   onMount(() => drawing.start(ondrawn));
 *
 * Pure scheduling: no markup, no knowledge of what a visual draws.
 */
import type { VisualKind } from '../../model/types';
import { whenIdle } from '../../state/idle';

/**
 * The visual layers drawn besides the active one. Only the active visual is drawn while the page
 * loads; `start()` (called the first time the reader moves to another step) adds the others, one per
 * idle moment, so none costs a long task and opening the page costs one picture, not five. A kind
 * with a quick form (`quick`: the unit chart's squares drawn as a few paths, its still picture) is
 * drawn in it first and whole at a later moment: its 600 squares and their layout in one moment took
 * 30–58 ms on a 2-core laptop.
 */
export class LayerWarmUp {
	/** Visual kinds drawn whole so far besides the active one. */
	#drawn = $state<VisualKind[]>([]);
	/** Kinds drawn in their quick form, not yet whole. */
	#rough = $state<VisualKind[]>([]);
	#kinds: () => VisualKind[];
	#quick: VisualKind[];
	#started = false;
	#stopped = false;

	/** `kinds`: every kind the story's steps use; `quick`: those that have a quick form to draw first. */
	constructor(kinds: () => VisualKind[], quick: VisualKind[] = []) {
		this.#kinds = kinds;
		this.#quick = quick;
	}

	/** Whether the layer of `kind` is drawn (in either form) while `active` is the kind on show. */
	shown(kind: VisualKind, active: VisualKind): boolean {
		return kind === active || this.#drawn.includes(kind) || this.#rough.includes(kind);
	}

	/** Whether the layer of `kind` is drawn in its quick form only (never the kind on show). */
	rough(kind: VisualKind, active: VisualKind): boolean {
		return kind !== active && this.#rough.includes(kind);
	}

	/** Whether every layer the story uses is drawn whole (the graphic's `data-layers-ready`). */
	ready(active: VisualKind): boolean {
		return this.#kinds().every((kind) => kind === active || this.#drawn.includes(kind));
	}

	/**
	 * The kind on show is drawn whole: from now on it stays so (a layer shown before its moment came
	 * does not go back to its quick form when the reader moves on).
	 */
	saw(kind: VisualKind) {
		if (this.#drawn.includes(kind)) return;
		this.#rough = this.#rough.filter((k) => k !== kind);
		this.#drawn = [...this.#drawn, kind];
	}

	/** Draws the layers not drawn yet, one per idle moment (once; later calls do nothing). */
	start() {
		if (this.#started) return;
		this.#started = true;
		const next = () => {
			if (this.#stopped) return;
			const missing = this.#kinds().find((k) => !this.#drawn.includes(k));
			if (!missing) return;
			if (this.#quick.includes(missing) && !this.#rough.includes(missing)) this.#rough = [...this.#rough, missing];
			else {
				this.#rough = this.#rough.filter((k) => k !== missing);
				this.#drawn = [...this.#drawn, missing];
			}
			whenIdle(next, 2000, 200);
		};
		whenIdle(next, 2000, 200);
	}

	/** Stops adding layers (the graphic is gone). */
	stop() {
		this.#stopped = true;
	}
}

/**
 * The step whose picture each layer draws (its kind's state nearest that step). The layer on show
 * draws the active step's at once; a hidden one (the picture fading out, the kinds drawn ahead for the
 * steps to come) catches up with the active step in an idle moment, one layer a moment, where every
 * layer used to redraw in the step change's own task. A far jump (End, the overview, an axis mark)
 * then redraws one picture in that task, not each kind's: across 1,000 steps, End in the deck redrew
 * the map's names, the squares and the timeline together in one task of 50–68 ms.
 */
export class LayerFollow {
	/** The step each kind's layer draws, once the first step is known. */
	#at = $state<Partial<Record<VisualKind, number>>>({});
	#behind = $state(false);
	#target = 0;
	#waiting = false;
	#stopped = false;
	#kinds: () => VisualKind[];
	#changes: (kind: VisualKind, from: number, to: number) => boolean;

	/**
	 * `kinds`: every kind the story's steps use; `changes`: whether a layer of `kind` draws another
	 * picture at step `to` than at `from` (a layer whose picture stays is moved on at once).
	 */
	constructor(kinds: () => VisualKind[], changes: (kind: VisualKind, from: number, to: number) => boolean) {
		this.#kinds = kinds;
		this.#changes = changes;
	}

	/** The step whose picture the layer of `kind` draws while `active` is on show at step `index`. */
	step(kind: VisualKind, active: VisualKind, index: number): number {
		return kind === active ? index : (this.#at[kind] ?? index);
	}

	/** Whether every layer draws the active step's picture (part of `data-layers-ready`). */
	get settled(): boolean {
		return !this.#behind;
	}

	/** The active step is now `index`, its kind `active` (call on every change, from an effect). */
	moved(index: number, active: VisualKind) {
		this.#target = index;
		for (const kind of this.#kinds()) if (this.#at[kind] === undefined) this.#at[kind] = index;
		this.#at[active] = index;
		this.#catchUp();
	}

	/** Moves on the layers whose picture stays; if one is left to redraw, does it at the next idle moment. */
	#catchUp() {
		const left = this.#kinds().filter((kind) => {
			const at = this.#at[kind]!;
			if (at === this.#target) return false;
			if (this.#changes(kind, at, this.#target)) return true;
			this.#at[kind] = this.#target;
			return false;
		});
		this.#behind = left.length > 0;
		if (!left.length || this.#waiting || this.#stopped) return;
		this.#waiting = true;
		whenIdle(
			() => {
				this.#waiting = false;
				if (this.#stopped) return;
				// (Every layer still behind draws another picture there: #catchUp moved the others on.)
				const kind = this.#kinds().find((k) => this.#at[k] !== this.#target);
				if (kind) this.#at[kind] = this.#target;
				this.#catchUp();
			},
			2000,
			200
		);
	}

	/** Stops catching up (the graphic is gone). */
	stop() {
		this.#stopped = true;
	}
}

/**
 * A graphic drawn by script in three tasks (the reading page's, not prerendered): 0 the frame and
 * its controls, 1 and the time axis, 2 the picture, once its stage has its final size. Hidden until
 * the last, so no one task holds up the page and the picture is laid out once, at its real size. Not
 * staged, it is whole (2) from the start.
 */
export class StagedDrawing {
	stage = $state<0 | 1 | 2>(2);
	#staged: boolean;

	constructor(staged: boolean) {
		this.#staged = staged;
		this.stage = staged ? 0 : 2;
	}

	/** Runs the stages (call on mount); `ondrawn` once the picture is in. Returns the clean-up. */
	start(ondrawn?: () => void): (() => void) | undefined {
		if (!this.#staged) return;
		const timers: ReturnType<typeof setTimeout>[] = [];
		let frame = 0;
		const draw = () => {
			if (this.stage === 2) return;
			this.stage = 2;
			ondrawn?.();
		};
		timers.push(
			setTimeout(() => {
				this.stage = 1;
				// The picture after the next frame, where the stage is measured with the axis in place (and
				// after a second at most, for a tab that paints no frame while it is hidden).
				frame = requestAnimationFrame(() => timers.push(setTimeout(draw)));
				timers.push(setTimeout(draw, 1000));
			})
		);
		return () => {
			timers.forEach(clearTimeout);
			cancelAnimationFrame(frame);
		};
	}
}
