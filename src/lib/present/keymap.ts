/**
 * The briefing mode's keys, as data: what each key does, and the help overlay is generated from the
 * same table. `keyAction` is pure, so every binding is unit-tested without a browser.
 * PageUp/PageDown are what presentation clickers send.
 */

export type Action =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; step: number }
	| { type: 'digit'; digits: string }
	| { type: 'fullscreen' }
	| { type: 'overview' }
	| { type: 'speaker' }
	| { type: 'help' }
	| { type: 'close' };

export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/** Rows of the help overlay: keys as shown, and what they do. */
export const KEY_HELP: [string, string][] = [
	['→  ↓  PageDown  Space  Enter', 'Next step'],
	['←  ↑  PageUp  Shift+Space', 'Previous step'],
	['Home  /  End', 'First / last step'],
	['a number, then Enter', 'Go to that step'],
	['f', 'Full screen'],
	['o', 'Overview of all steps'],
	['s', 'Speaker view (notes, next step, timer)'],
	['?', 'This help'],
	['Esc', 'Close the overview or help'],
	['Swipe left / right', 'Next / previous step (touch screens)']
];

/**
 * What a key press means, given the digits typed so far (for "a number, then Enter").
 * Returns null for keys the briefing mode leaves to the browser (e.g. Ctrl+P to print).
 */
export function keyAction(e: KeyLike, digits: string): Action | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	if (/^[0-9]$/.test(e.key)) return { type: 'digit', digits: (digits + e.key).slice(-3) };
	switch (e.key) {
		case 'Enter':
			return digits ? { type: 'goto', step: Number(digits) } : { type: 'next' };
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case ' ':
		case 'Spacebar':
			return e.shiftKey ? { type: 'previous' } : { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'previous' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'o':
		case 'O':
			return { type: 'overview' };
		case 's':
		case 'S':
			return { type: 'speaker' };
		case '?':
			return { type: 'help' };
		case 'Escape':
			return { type: 'close' };
		default:
			return null;
	}
}

/**
 * Enter or Space on a focused button or link presses that control, as everywhere else on the web;
 * the deck must not also treat it as "next step".
 */
export function pressesControl(e: KeyLike & { target: EventTarget | null }): boolean {
	return (e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.closest('button, a, [role="button"]') !== null;
}

/** A horizontal swipe: -1 (back), +1 (forward) or 0 when the gesture was not a clear swipe. */
export function swipeDirection(dx: number, dy: number, min = 50): -1 | 0 | 1 {
	if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
	return dx < 0 ? 1 : -1;
}
