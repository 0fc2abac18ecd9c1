/**
 * The embed's one inline script, in its head. Until the app runs, its picture is hidden: the
 * prerendered picture is laid out for a width the frame may not have (the map's key wraps
 * differently in a phone's column), and the app lays it out for the real one; hidden, nothing is
 * seen to move. When the address names steps (`?step=`, `?steps=`, a `#` hash), the whole embed is hidden
 * instead, so a host page never flashes the wrong moment of the story. If the app has not started
 * after 2.5 s (its code blocked or broken), the prerendered first step is shown all the same. Without
 * JavaScript this never runs and the first step shows as it is. (The CSS is in EmbedView.svelte.) svelte.config.js imports this file to allow it by its
 * hash (plain JavaScript for that reason); the build writes it into the embed page
 * (src/hooks.server.ts).
 */
export const PENDING_STEP_JS =
	"document.documentElement.setAttribute('data-embed-pending', /[?&]steps?=/.test(location.search) || location.hash.length > 1 ? 'step' : 'picture'); setTimeout(() => document.documentElement.removeAttribute('data-embed-pending'), 2500)";
