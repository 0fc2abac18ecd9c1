/**
 * The briefing mode's keys: what each key does. `keyAction` is pure, so every binding is unit-tested
 * without a browser. PageUp/PageDown are what presentation clickers send, and mean next and previous
 * in every language; the arrow keys follow the reading direction (in a right-to-left deck ← goes
 * forward), and so do swipes. The help overlay's rows say the same in each language (strings.*.ts).
 */

export type Action =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	/** The newest step (`#latest`): where a developing story's news is. */
	| { type: 'latest' }
	/** Play the story by itself, or pause it (`?autoplay`). */
	| { type: 'play' }
	| { type: 'goto'; step: number }
	| { type: 'digit'; digits: string }
	| { type: 'fullscreen' }
	| { type: 'overview' }
	| { type: 'speaker' }
	| { type: 'help' }
	| { type: 'close' };

export interface KeyLike {
	key: string;
	/** The physical key (`KeyF`), so f, l, o, p and s work whatever keyboard layout is on (Arabic's too). */
	code?: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/**
 * What a key press means, given the digits typed so far (for "a number, then Enter").
 * Returns null for keys the briefing mode leaves to the browser (e.g. Ctrl+P to print).
 */
export function keyAction(e: KeyLike, digits: string, dir: 'ltr' | 'rtl' = 'ltr'): Action | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	// Arabic-Indic digits type as well as 0–9.
	const digit = '0123456789'.indexOf(e.key) >= 0 ? e.key : '٠١٢٣٤٥٦٧٨٩'.indexOf(e.key) >= 0 ? String('٠١٢٣٤٥٦٧٨٩'.indexOf(e.key)) : null;
	if (digit !== null && e.key.length === 1) return { type: 'digit', digits: (digits + digit).slice(-3) };
	const letter = { KeyF: 'f', KeyL: 'l', KeyO: 'o', KeyP: 'p', KeyS: 's' }[e.code ?? ''];
	const key = dir === 'rtl' && e.key === 'ArrowLeft' ? 'ArrowRight' : dir === 'rtl' && e.key === 'ArrowRight' ? 'ArrowLeft' : (letter ?? e.key);
	switch (key) {
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
		case 'l':
		case 'L':
			return { type: 'latest' };
		case 'p':
		case 'P':
			return { type: 'play' };
		case 'o':
		case 'O':
			return { type: 'overview' };
		case 's':
		case 'S':
			return { type: 'speaker' };
		case '?':
		case '؟': // Shift+/ on Arabic layouts
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

/**
 * Follows a touch from pointerdown to pointerup and reports a clear horizontal swipe as the next or
 * previous step, in the reading direction `dir()` (the deck's and the embed's gesture).
 */
export function swipes(dir: () => 'ltr' | 'rtl', onswipe: (action: { type: 'next' } | { type: 'previous' }) => void) {
	let start: { x: number; y: number } | null = null;
	return {
		down(e: Pick<PointerEvent, 'pointerType' | 'clientX' | 'clientY'>) {
			if (e.pointerType === 'touch') start = { x: e.clientX, y: e.clientY };
		},
		up(e: Pick<PointerEvent, 'clientX' | 'clientY'>) {
			if (!start) return;
			const to = swipeDirection(e.clientX - start.x, e.clientY - start.y, dir());
			start = null;
			if (to !== 0) onswipe({ type: to > 0 ? 'next' : 'previous' });
		}
	};
}

/**
 * A horizontal swipe: -1 (back), +1 (forward) or 0 when the gesture was not a clear swipe. Forward is
 * against the reading direction, as a page is turned: leftwards in English, rightwards in Arabic.
 */
export function swipeDirection(dx: number, dy: number, dir: 'ltr' | 'rtl' = 'ltr', min = 50): -1 | 0 | 1 {
	if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
	return dx < 0 === (dir === 'ltr') ? 1 : -1;
}
