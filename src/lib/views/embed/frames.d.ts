// @newswire/frames ships no types; these are the two calls the embed makes (see its README's API).
declare module '@newswire/frames' {
	/** Sends the height now, on load, on resize and when the host starts listening. */
	export function initFrame(): void;
	/** Sends the document's height (or the one given) to the host page. */
	export function sendFrameHeight(height?: number): void;
}
