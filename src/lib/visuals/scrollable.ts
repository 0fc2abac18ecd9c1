/**
 * Regions that scroll only when their box is too small for what they hold (a page zoomed to 400%):
 * watched as what they hold changes size, and made a Tab stop while they scroll, so a keyboard can
 * scroll them too (WCAG 2.1.1; axe's `scrollable-region-focusable`). Chromium and Firefox make such a
 * region focusable themselves; Safari does not, and while everything fits it is no stop at all.
 */
import type { Attachment } from 'svelte/attachments';

interface Box {
	scrollHeight: number;
	clientHeight: number;
	scrollWidth: number;
	clientWidth: number;
}

/** Whether a box holds more than it shows: down, or across where it may scroll across (within a pixel: a zoomed page measures in fractions). */
export function overflows(box: Box, across = true): boolean {
	return box.scrollHeight - box.clientHeight > 1 || (across && box.scrollWidth - box.clientWidth > 1);
}

/**
 * Calls `update` once the page is next laid out, and again whenever what `node` holds may have changed
 * size: its own box (a rotation, the address bar), its children's (another step's words, a face
 * arriving), children come and gone. (Called as the browser's size observer reports, after layout:
 * reading sizes then forces none.) Returns the function that stops watching.
 */
export function watchContent(node: HTMLElement, update: () => void): () => void {
	const sizes = new ResizeObserver(update);
	const observe = () => {
		sizes.disconnect();
		sizes.observe(node);
		for (const child of node.children) sizes.observe(child);
	};
	const children = new MutationObserver(() => {
		observe();
		update();
	});
	observe();
	children.observe(node, { childList: true });
	return () => {
		sizes.disconnect();
		children.disconnect();
	};
}

/**
 * `<div {@attach keyboardScrollable()}>`: `tabindex="0"` while it scrolls, none while everything fits.
 * What it holds can outgrow it deep inside, where no size it watches changes (another step's picture
 * in the same layer): `{@attach keyboardScrollable(step)}` looks again whenever `step` changes.
 */
export const keyboardScrollable =
	(..._whenChanged: unknown[]): Attachment<HTMLElement> =>
	(node) => {
		const stop = watchContent(node, () => {
			const across = !['hidden', 'clip'].includes(getComputedStyle(node).overflowX);
			if (overflows(node, across)) node.tabIndex = 0;
			else node.removeAttribute('tabindex');
		});
		return stop;
	};
