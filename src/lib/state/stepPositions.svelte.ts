/**
 * Where each step stands against the active one (past, active, future), as one signal per step.
 * Lists of every step (the cards, the axis marks, the step menu) read their own step's signal, so a
 * move from step i to i+1 wakes two of them, not all of them: the cost of a scroll step stays the same
 * at 17 events or 1,000. A jump wakes only the steps it passes over.
 */
export type StepPosition = 'past' | 'active' | 'future';

export const positionAt = (i: number, active: number): StepPosition => (i < active ? 'past' : i === active ? 'active' : 'future');

class Cell {
	value: StepPosition = $state('future');
	constructor(value: StepPosition) {
		this.value = value;
	}
}

export class StepPositions {
	#cells: Cell[];
	#active: number;
	/**
	 * Whether the last move passed over other steps (End, a link, an axis mark): lists that animate a
	 * step's change of position let those changes happen at once, where a thousand marks fading together
	 * cost a thousand animations a frame.
	 */
	jumped = $state(false);

	constructor(count: number, active: number) {
		this.#cells = Array.from({ length: count }, (_, i) => new Cell(positionAt(i, active)));
		this.#active = active;
	}

	/** Makes `active` the active step, touching only the steps between the old and the new one. */
	move(active: number): void {
		const [from, to] = [Math.min(this.#active, active), Math.max(this.#active, active)];
		for (let i = Math.max(0, from); i <= Math.min(this.#cells.length - 1, to); i++) this.#cells[i].value = positionAt(i, active);
		this.jumped = to - from > 1;
		this.#active = active;
	}

	/** The position of step `i` (reactive: read it in markup or a derived). */
	of(i: number): StepPosition {
		return this.#cells[i]?.value ?? 'future';
	}
}
