/**
 * What the reading view does with its step cards, which ship no code of their own (StepList.svelte):
 * it marks the active card (an attachment on the element that holds the list), and copies a step's
 * link when its "Link to this step" is pressed (listening on an ancestor: the live graphic installs
 * it, so the page starts without it). Both work on the prerendered cards and on cards drawn later.
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
