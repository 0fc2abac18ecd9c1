/**
 * Runs `fn` when the browser is idle (at the latest after `timeout` ms); where there is no
 * requestIdleCallback (Safari), after `fallback` ms.
 */
export function whenIdle(fn: () => void, timeout: number, fallback: number): void {
	if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout });
	else setTimeout(fn, fallback);
}
