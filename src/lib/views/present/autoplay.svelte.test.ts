import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autoplay, autoplayMode, nextPlayed } from './autoplay.svelte';

describe('autoplayMode and nextPlayed', () => {
	it('reads the address: ?autoplay plays once, ?autoplay=loop all day, nothing else plays', () => {
		expect(autoplayMode('?autoplay')).toBe('once');
		expect(autoplayMode('?autoplay=1')).toBe('once');
		expect(autoplayMode('?view=present&autoplay=loop')).toBe('loop');
		expect(autoplayMode('?view=present')).toBeNull();
	});
	it('goes to the next step, and after the last stops, or with loop starts again', () => {
		expect(nextPlayed(2, 5, 'once')).toBe(3);
		expect(nextPlayed(4, 5, 'once')).toBeNull();
		expect(nextPlayed(4, 5, 'loop')).toBe(0);
	});
});

describe('Autoplay', () => {
	beforeEach(() => {
		// (Node has no frames: one every 16 ms, on the faked clock.)
		vi.stubGlobal('requestAnimationFrame', (draw: FrameRequestCallback) => setTimeout(() => draw(performance.now()), 16));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** A deck of steps held 4, 6 and 5 seconds. */
	function deck(mode: 'once' | 'loop', reduced = false) {
		const seconds = [4, 6, 5];
		const state = { index: 0 };
		const play = new Autoplay(
			{ index: () => state.index, count: () => seconds.length, seconds: (i) => seconds[i], go: (i) => (state.index = i), reduced: () => reduced },
			mode
		);
		return { state, play };
	}

	it('holds each step for its time, then moves on, and stops at the end', () => {
		const { state, play } = deck('once');
		play.play();
		vi.advanceTimersByTime(3990);
		expect(state.index).toBe(0);
		vi.advanceTimersByTime(20);
		expect(state.index).toBe(1);
		vi.advanceTimersByTime(6000 + 5000 + 100);
		expect(state.index).toBe(2);
		expect(play.playing).toBe(false);
		expect(play.progress).toBe(1);
	});

	it('loops from the last step to the first', () => {
		const { state, play } = deck('loop');
		play.play();
		vi.advanceTimersByTime(4000 + 6000 + 5000 + 10);
		expect(state.index).toBe(0);
		expect(play.playing).toBe(true);
	});

	it('pauses where it is and resumes with the step’s time left, not from its start', () => {
		const { state, play } = deck('once');
		play.play();
		vi.advanceTimersByTime(3000);
		play.pause();
		vi.advanceTimersByTime(60_000);
		expect(state.index).toBe(0);
		play.play();
		vi.advanceTimersByTime(1010);
		expect(state.index).toBe(1);
	});

	it('times a step moved to by hand from its start', () => {
		const { state, play } = deck('once');
		play.play();
		vi.advanceTimersByTime(3000);
		state.index = 2;
		play.stepChanged();
		vi.advanceTimersByTime(4990);
		expect(state.index).toBe(2);
		expect(play.playing).toBe(true);
		vi.advanceTimersByTime(20);
		expect(play.playing).toBe(false);
	});

	it('with reduced motion, shows the step’s progress in whole seconds', () => {
		const { play } = deck('once', true);
		play.play();
		vi.advanceTimersByTime(2500);
		expect(play.progress).toBe(2 / 4);
	});
});
