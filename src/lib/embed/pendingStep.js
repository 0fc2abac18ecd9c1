/**
 * The embed's one inline script, in its head: when the address names steps (`?step=`, `?steps=`), the
 * prerendered first step is hidden until the app has moved to the step asked for, so a host page
 * never flashes the wrong moment of the story. (If the app never starts, CSS shows the page after a
 * moment anyway: see EmbedView.svelte.) svelte.config.js imports this file to allow it by its hash
 * (plain JavaScript for that reason); the build writes it into the embed page (src/hooks.server.ts).
 */
export const PENDING_STEP_JS = "if (/[?&]steps?=/.test(location.search)) document.documentElement.setAttribute('data-embed-pending', '')";
