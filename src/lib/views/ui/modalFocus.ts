/**
 * A modal overlay's focus: while it is open, Tab and Shift+Tab go round its own controls and never
 * reach the page behind it; when it closes (by Esc, its button, or a choice made in it), focus goes
 * back to what had it when it opened (the button that opened it; with a key, the page). Call it in the
 * overlay's script, before its own controls take focus, and attach what it returns to its root:
 * `const trap = modalFocus();` … `<div role="dialog" {@attach trap}>`.
 */
import type { Attachment } from 'svelte/attachments';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function modalFocus(): Attachment<HTMLElement> {
	const active = typeof document === 'undefined' ? null : document.activeElement;
	const opener = active instanceof HTMLElement ? active : null;
	return (node) => {
		const onkeydown = (e: KeyboardEvent) => {
			if (e.key !== 'Tab') return;
			const stops = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
			if (!stops.length) return;
			const at = stops.indexOf(document.activeElement as HTMLElement);
			const edge = e.shiftKey ? 0 : stops.length - 1;
			if (at !== -1 && at !== edge) return;
			e.preventDefault();
			stops[e.shiftKey ? stops.length - 1 : 0].focus();
		};
		node.addEventListener('keydown', onkeydown);
		return () => {
			node.removeEventListener('keydown', onkeydown);
			if (opener?.isConnected) opener.focus();
		};
	};
}
