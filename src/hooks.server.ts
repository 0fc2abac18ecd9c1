import type { Handle } from '@sveltejs/kit';
import { deferScripts } from '$lib/server/deferScripts';

/**
 * Every page is prerendered through here. Online, the first paint needs only the HTML (see
 * deferScripts). The offline file is one self-contained script already, read from disk: left as is.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (import.meta.env.VITE_OFFLINE === '1' ? html : deferScripts(html))
	});
