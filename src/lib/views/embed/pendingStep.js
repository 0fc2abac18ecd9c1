/**
 * The embed's inline script (pendingScript.js). Until the app runs, its picture is hidden: the
 * prerendered picture is laid out for a width the frame may not have (the map's key wraps differently
 * in a phone's column), and the app lays it out for the real one; hidden, nothing is seen to move.
 * When the address names steps (`?step=`, `?steps=`, a `#` hash), the whole embed is hidden instead,
 * so a host page never flashes the wrong moment of the story. (The CSS is in EmbedView.svelte.)
 */
import { pendingScript } from '../pendingScript.js';

export const PENDING_STEP_JS = pendingScript(
	'data-embed-pending',
	`/[?&]steps?=/.test(location.search) || location.hash.length > 1 ? 'step' : 'picture'`,
	'true'
);
