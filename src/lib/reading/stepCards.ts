/**
 * What the reading view does with its step cards, which ship no code of their own (StepList.svelte):
 * it marks the active card, and copies a step's link when its "Link to this step" is pressed. Both
 * are attachments on the element that holds the list, so they work on the prerendered cards and on
 * cards drawn later alike.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Marks the card of step `id` as the active one: `aria-current="step"` and the class `active`.
 * `drawn` says whether the cards are there yet (drawn after the page loaded, they arrive later).
 */
export function markActive(id: string, drawn: boolean): Attachment<HTMLElement> {
	return (host) => {
		if (!drawn) return;
		const card = host.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(id)}"]`);
		if (!card) return;
		card.classList.add('active');
		card.setAttribute('aria-current', 'step');
		return () => {
			card.classList.remove('active');
			card.removeAttribute('aria-current');
		};
	};
}

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
		const url = new URL(import.meta.env.VITE_OFFLINE === '1' ? `#${id}` : `steps/${id}/`, location.href).href;
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
