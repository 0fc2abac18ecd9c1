/**
 * The deck's one inline script, in its head. The deck is prerendered at its first step; opened at
 * another (`#<id>`, `#latest`: a shared link, a reload in the middle of a briefing; or no hash in a
 * story that opens at its latest step), the first step's slide would be on screen until the app moves
 * to the one asked for (most of a second on a slow laptop), then jump. So the slide and the step count
 * under it are hidden until the app has moved (Presenter.svelte removes the mark once that step is
 * drawn). If the app has not started after 2.5 s (its code blocked or broken), the prerendered first
 * step is shown all the same. Without JavaScript this never runs and the first step shows as it is.
 * svelte.config.js imports this file to allow both versions by their hash (plain JavaScript for that
 * reason); the build writes one into the deck's page (src/hooks.server.ts). The embed has its own
 * (src/lib/views/embed/pendingStep.js).
 */
const hideIf = (/** @type {string} */ condition) =>
	`if (${condition}) { document.documentElement.setAttribute('data-slide-pending', ''); setTimeout(() => document.documentElement.removeAttribute('data-slide-pending'), 2500); }`;

/** For a story that opens at its first step: hidden only when the address names a step. */
export const PENDING_SLIDE_JS = hideIf('location.hash.length > 1');
/** For one that opens at its latest (`"opensAt": "latest"`): hidden whatever the address. */
export const PENDING_SLIDE_LATEST_JS = hideIf('true');
