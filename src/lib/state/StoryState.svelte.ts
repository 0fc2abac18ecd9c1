/**
 * The story's shared state: which step is active and how far through it the reader is. Reading,
 * presenting and the speaker view each hold one; every visual derives its picture from it.
 */
import type { Story } from '../model/types';
import type { Locale } from '../i18n/locale';
import { clampStep, storySteps, type Step } from './steps';
import { StepPositions } from './stepPositions.svelte';

export class StoryState {
	readonly story: Story;
	/** The language the story is told in: its interface words, numbers and dates. */
	readonly locale: Locale;
	readonly steps: Step[];
	#index = $state(0);
	/** Each step's position against the active one, one signal per step (lists of steps read these). */
	readonly positions: StepPositions;
	/** 0–1 through the active step, where the view reports it (scrolling); 0 elsewhere. */
	progress = $state(0);

	constructor(story: Story, locale: Locale, index = 0) {
		this.story = story;
		this.locale = locale;
		this.steps = storySteps(story, locale.date);
		this.#index = clampStep(story, index);
		this.positions = new StepPositions(this.steps.length, this.#index);
	}

	/** Index of the active step. */
	get index(): number {
		return this.#index;
	}

	set index(value: number) {
		this.#index = value;
		this.positions.move(value);
	}

	get active(): Step {
		return this.steps[this.index];
	}

	get count(): number {
		return this.steps.length;
	}

	go(index: number): void {
		this.index = clampStep(this.story, index);
		this.progress = 0;
	}
}
