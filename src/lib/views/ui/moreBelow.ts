/**
 * A scrolling column that says when words are hidden below its foot: `data-more-below` on the node
 * while it can scroll further down, gone once it is read to its end (or has nothing to scroll). The
 * view's style draws the cue (the deck: an arrow at the column's foot, over a veil of paper).
 * Kept up to date as the reader scrolls, as the column changes size (a rotation, the address bar) and
 * as its words change (another step, a face arriving): `<div {@attach moreBelow}>`.
 */
import type { Attachment } from 'svelte/attachments';
import { watchContent } from '../../visuals/scrollable';

/** Whether a column scrolled to `top` hides more than a pixel of its words below its foot. */
export function hidesMore({ scrollTop, scrollHeight, clientHeight }: { scrollTop: number; scrollHeight: number; clientHeight: number }): boolean {
	return scrollHeight - clientHeight - scrollTop > 1;
}

export const moreBelow: Attachment<HTMLElement> = (node) => {
	const update = () => node.toggleAttribute('data-more-below', hidesMore(node));
	const stop = watchContent(node, update);
	node.addEventListener('scroll', update, { passive: true });
	return () => {
		stop();
		node.removeEventListener('scroll', update);
		node.removeAttribute('data-more-below');
	};
};
