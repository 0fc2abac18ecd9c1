/**
 * Applies a key action to a deck: the one place where "next", "goto 12", "last" become a step index.
 * Pure, so the presenter and the speaker view move the same way.
 */
import type { Action } from './keymap';

/**
 * The step index an action leads to, or null when the action does not move the deck. `latest` is the
 * newest step's index (model/changes.ts `latestIndex`), the last unless a caller knows better.
 */
export function targetStep(action: Action, index: number, count: number, latest = count - 1): number | null {
	const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
	switch (action.type) {
		case 'next':
			return clamp(index + 1);
		case 'previous':
			return clamp(index - 1);
		case 'first':
			return 0;
		case 'last':
			return count - 1;
		case 'latest':
			return clamp(latest);
		case 'goto':
			// Steps are numbered from 1 for people; out-of-range numbers go to the nearest end.
			return clamp(action.step - 1);
		default:
			return null;
	}
}
