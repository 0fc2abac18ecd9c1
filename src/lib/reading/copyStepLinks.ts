/**
 * A module of its own: the live graphic installs it (ReaderGraphic.svelte), so the reading page's
 * start-up code does not carry it (see stepCards.ts).
 */
import type { Attachment } from 'svelte/attachments';
import { offline } from '../site/buildMode';

/**
 * "Link to this step" copies the step's address: its own page (`steps/<id>/`, which previews this
 * step where the link is shared and opens the story here), or in the offline file, where there are no
 * such pages, the `#id` address; the card says so (`copied`, in the page's language) for two seconds. Where copying cannot (permissions,
 * an insecure context), the link is followed as the plain `#id` link it is.
 */
export const copyStepLinks = (copied: string): Attachment<HTMLElement> => (host) => {
	const onclick = async (event: MouseEvent) => {
		const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-permalink]') : null;
		if (!link) return;
		const id = link.dataset.permalink!;
		const url = new URL(offline ? `#${id}` : `steps/${id}/`, location.href).href;
		event.preventDefault();
		try {
			await navigator.clipboard.writeText(url);
		} catch {
			location.hash = id;
			return;
		}
		const status = link.parentElement?.querySelector('[role="status"]');
		if (!status) return;
		status.textContent = copied;
		setTimeout(() => (status.textContent = ''), 2000);
	};
	host.addEventListener('click', onclick);
	return () => host.removeEventListener('click', onclick);
};
