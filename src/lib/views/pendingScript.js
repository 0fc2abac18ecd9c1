/**
 * The one inline script of the deck's page and of the embed's, in their heads: until the app has
 * drawn the step the address asks for, a mark on the page's root hides what would be seen to jump
 * (their CSS says what; the app removes the mark once that step is drawn). If the app has not started
 * after 2.5 s (its code blocked or broken), the mark goes and the prerendered first step shows all the
 * same. Without JavaScript this never runs and the first step shows as it is. Plain JavaScript:
 * svelte.config.js imports the scripts to allow each by its hash; the build writes them into their
 * pages (src/hooks.server.ts).
 */

/**
 * The script that sets `attribute` on the page's root, to the value of the JavaScript expression
 * `value`, where the expression `condition` holds, and removes it after 2.5 s.
 * @param {string} attribute
 * @param {string} value
 * @param {string} condition
 */
export const pendingScript = (attribute, value, condition) =>
	`if (${condition}) { document.documentElement.setAttribute('${attribute}', ${value}); setTimeout(() => document.documentElement.removeAttribute('${attribute}'), 2500); }`;
