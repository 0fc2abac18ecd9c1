/**
 * The deck's inline script (pendingScript.js). The deck is prerendered at its first step; opened at
 * another (`#<id>`, `#latest`: a shared link, a reload in the middle of a briefing; or no hash in a
 * story that opens at its latest step), the first step's slide would be on screen until the app moves
 * to the one asked for (most of a second on a slow laptop), then jump. So the slide and the step count
 * under it are hidden until the app has moved (Presenter.svelte removes the mark once that step is
 * drawn). The build writes one of the two into the deck's page.
 */
import { pendingScript } from '../pendingScript.js';

/** For a story that opens at its first step: hidden only when the address names a step. */
export const PENDING_SLIDE_JS = pendingScript('data-slide-pending', `''`, 'location.hash.length > 1');
/** For one that opens at its latest (`"opensAt": "latest"`): hidden whatever the address. */
export const PENDING_SLIDE_LATEST_JS = pendingScript('data-slide-pending', `''`, 'true');
