/**
 * Whether the page may animate: not when the reader's system asks for reduced motion, and not when
 * they switched motion off on the page (remembered across visits).
 */
import { MediaQuery } from 'svelte/reactivity';

const KEY = 'story:motion';

/**
 * The page's storage, or null where it is refused: reading `localStorage` throws in a frame on
 * another site when the browser blocks third-party storage (the embed in a host article).
 */
function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

class Motion {
	#system = new MediaQuery('(prefers-reduced-motion: reduce)', false);
	/** The reader's own choice on this page; null when they have not made one. */
	choice = $state<'on' | 'off' | null>(null);

	constructor() {
		const saved = storage()?.getItem(KEY);
		if (saved === 'on' || saved === 'off') this.choice = saved;
	}

	get reduced(): boolean {
		if (this.choice) return this.choice === 'off';
		return this.#system.current;
	}

	/** Milliseconds for an animation that would take `ms`: 0 when motion is reduced. */
	duration(ms: number): number {
		return this.reduced ? 0 : ms;
	}

	set(on: boolean) {
		this.choice = on ? 'on' : 'off';
		storage()?.setItem(KEY, this.choice);
	}
}

export const motion = new Motion();
