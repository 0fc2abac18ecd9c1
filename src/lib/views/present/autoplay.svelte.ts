/**
 * The deck playing itself, for kiosks and unattended screens: `?autoplay` plays the story once from
 * the step on show, `?autoplay=loop` starts again after the last step, all day. Each step is held for
 * its time on the story's timing track (model/timing.ts: its `duration`, else its reading time), then
 * the deck moves on as a key would. Any other interaction (a key, the clicker, a tap or click, a swipe)
 * pauses it, and moves the deck as it always does; Play (or `p`) resumes, from where the step was.
 * With reduced motion the deck still plays, but the step's progress moves in whole seconds, not
 * smoothly, and the slides change at once (as they do for keys).
 */
export type AutoplayMode = 'once' | 'loop';

/** The mode the address asks for (`?autoplay`, `?autoplay=loop`), or null. */
export function autoplayMode(search: string): AutoplayMode | null {
	const params = new URLSearchParams(search);
	if (!params.has('autoplay')) return null;
	return params.get('autoplay') === 'loop' ? 'loop' : 'once';
}

/** Where the deck goes when a step's time is up: the next step, the first after the last when looping, or null (the end). */
export function nextPlayed(index: number, count: number, mode: AutoplayMode): number | null {
	if (index + 1 < count) return index + 1;
	return mode === 'loop' ? 0 : null;
}

interface Deck {
	/** The step on show. */
	index: () => number;
	count: () => number;
	/** Seconds the step at `index` is held. */
	seconds: (index: number) => number;
	/** Moves the deck (and its speaker window) there. */
	go: (index: number) => void;
	/** Whether the reader asked for reduced motion. */
	reduced: () => boolean;
}

export class Autoplay {
	readonly mode: AutoplayMode;
	playing = $state(false);
	/** 0–1 through the step on show. */
	progress = $state(0);
	/** Milliseconds of the step on show already played (kept across a pause). */
	#played = 0;
	/** When the current stretch of playing started (performance.now()). */
	#since = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** What draws the progress next: a frame, or with reduced motion a timer. */
	#frame: number | undefined;
	#second: ReturnType<typeof setTimeout> | undefined;
	/** The step being timed. */
	#index = -1;
	readonly #deck: Deck;

	constructor(deck: Deck, mode: AutoplayMode) {
		this.#deck = deck;
		this.mode = mode;
	}

	#duration(): number {
		return this.#deck.seconds(this.#deck.index()) * 1000;
	}

	#clear(): void {
		clearTimeout(this.#timer);
		clearTimeout(this.#second);
		if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
		this.#timer = this.#second = this.#frame = undefined;
	}

	/** Shows how far through the step it is: every frame, or with reduced motion every whole second. */
	#tick = () => {
		const total = this.#duration();
		const played = this.#played + performance.now() - this.#since;
		this.progress = Math.min(1, this.#deck.reduced() ? Math.floor(played / 1000) / (total / 1000) : played / total);
		if (this.#deck.reduced()) this.#second = setTimeout(this.#tick, 1000 - (played % 1000));
		else this.#frame = requestAnimationFrame(this.#tick);
	};

	play(): void {
		if (this.playing) return;
		// Played to the end: start again from the first step.
		if (this.#deck.index() === this.#deck.count() - 1 && this.#played >= this.#duration()) {
			this.#played = 0;
			this.#deck.go(0);
		}
		this.playing = true;
		this.#start();
	}

	#start(): void {
		this.#clear();
		this.#index = this.#deck.index();
		this.#since = performance.now();
		this.#timer = setTimeout(() => this.#advance(), Math.max(0, this.#duration() - this.#played));
		this.#tick();
	}

	#advance(): void {
		const to = nextPlayed(this.#deck.index(), this.#deck.count(), this.mode);
		if (to === null) {
			this.#played = this.#duration();
			this.progress = 1;
			this.playing = false;
			this.#clear();
			return;
		}
		this.#deck.go(to);
		this.stepChanged();
	}

	pause(): void {
		if (!this.playing) return;
		this.#played += performance.now() - this.#since;
		this.playing = false;
		this.#clear();
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** The deck moved (by autoplay, a key while paused, the speaker window): the new step starts from its beginning. */
	stepChanged(): void {
		if (this.#deck.index() === this.#index) return;
		this.#index = this.#deck.index();
		this.#played = 0;
		this.progress = 0;
		if (this.playing) this.#start();
	}

	stop(): void {
		this.#clear();
		this.playing = false;
	}
}
