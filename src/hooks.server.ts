import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferScripts } from '$lib/server/deferScripts';

/**
 * Every page is prerendered through here. Online, the first paint needs only the HTML (see
 * deferScripts). The offline file is one self-contained script already, read from disk: left as is.
 * `npm run dev` serves pages as SvelteKit writes them (its scripts and policy are its own).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (building && import.meta.env.VITE_OFFLINE !== '1' ? deferScripts(html) : html)
	});
