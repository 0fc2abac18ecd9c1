/**
 * The one script of a step page: it sends people on to the step in the story, replacing the step
 * page in the history (Back returns where they came from). Link previews and search engines do not
 * run it, so they read the step page's own title, text and share tags. It is the same text on every
 * step page (the address is the link marked `data-open-on-load`), so one hash in the CSP allows it:
 * svelte.config.js imports this file to add it (plain JavaScript for that reason), and the build
 * writes it into every page that has such a link (src/hooks.server.ts).
 */
export const OPEN_STORY_JS = "location.replace(document.querySelector('[data-open-on-load]').href)";
