/**
 * The browser half of an island: a part of the page that the server prerenders whole but whose code
 * the page does not need to start. Hydration leaves the prerendered markup alone (the browser twin's
 * element has no children of its own), and this attachment decides what happens to it:
 * - `live`: the component's code is fetched at once and the live component replaces whatever the
 *   server twin drew in a task of its own, so the download and the work are not in front of the
 *   page's start (the reading view's graphic, whose twin draws nothing but a note for readers
 *   without JavaScript);
 * - `still`: a picture that never changes keeps its prerendered markup and needs no code at all; the
 *   code is fetched only where there is no markup (the view was opened after the page loaded).
 * The swap happens within one task, so nothing is painted in between and nothing moves.
 */
import { mount, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export function island<P extends Record<string, unknown>>(
	load: () => Promise<{ default: Component<P> }>,
	props: P,
	mode: 'live' | 'still',
	onready?: () => void
): Attachment<HTMLElement> {
	return (host) => {
		const prerendered = [...host.childNodes];
		if (mode === 'still' && host.firstElementChild) {
			onready?.();
			return;
		}
		let instance: ReturnType<typeof mount> | undefined;
		let gone = false;
		// Asked for in a task of its own too: asking adds the chunk's preload and stylesheet links to
		// the page, work that would otherwise lengthen the page's start.
		setTimeout(() =>
			load().then(({ default: Live }) =>
				setTimeout(() => {
					if (gone) return;
					// A control focused before the swap (by Tab) keeps the focus in its live twin.
					const focused = host.contains(document.activeElement) ? document.activeElement?.getAttribute('data-testid') : null;
					instance = mount(Live, { target: host, anchor: prerendered[0], props, intro: false });
					for (const node of prerendered) node.remove();
					if (focused) host.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
					onready?.();
				})
			)
		);
		return () => {
			gone = true;
			if (instance) void unmount(instance);
		};
	};
}
