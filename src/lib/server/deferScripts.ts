/**
 * Makes a prerendered page paint from its HTML alone: SvelteKit's `<link rel="modulepreload">` tags
 * are taken out, and its start-up script waits until the first frame has been painted before it asks
 * for the app's modules. On a slow link the headline, dek and first step are on screen before any
 * script or font is requested. Then the same preloads are added at once, so every module the page
 * starts with is fetched in parallel (not one import after another), and the page hydrates as before.
 *
 * The start-up script is inline and allowed by its hash in the page's Content-Security-Policy, so the
 * hash is replaced with the new script's. Throws when SvelteKit's script no longer looks as expected,
 * so a SvelteKit upgrade fails the build instead of silently hydrating early (or never).
 */
import { createHash } from 'node:crypto';

const START = 'Promise.all([';
const THEN = ']).then(([kit, app])';
/**
 * Resolves once the browser reports the first contentful paint (the headline, dek and first step are
 * all in that first frame; the earlier `first-paint` entry can be a blank frame, so it is not enough), or after three seconds where no paint is reported (a tab opened in the
 * background paints nothing until it is shown).
 */
const afterPaint = (preloads: string[]) =>
	"new Promise((painted) => { setTimeout(painted, 3000); try { new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) setTimeout(painted); }).observe({ type: 'paint', buffered: true }); } catch { requestAnimationFrame(() => setTimeout(painted)); } })" +
	`.then(() => (${JSON.stringify(preloads)}.forEach((href) => { const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); }), Promise.all([`;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export function deferScripts(html: string): string {
	// A page without the app (`csr = false`: the step pages) has nothing to defer.
	if (!html.includes('/_app/immutable/entry/')) return html;
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find((m) => m[1].includes('kit.start('));
	if (!script) throw new Error('deferScripts: no SvelteKit start-up script in the page; has SvelteKit changed how it starts?');
	const body = script[1];
	if (body.split(START).length !== 2 || body.split(THEN).length !== 2)
		throw new Error('deferScripts: SvelteKit’s start-up script has an unexpected shape; check src/lib/server/deferScripts.ts');
	const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])![1]);
	const deferred = body.replace(START, afterPaint(preloads)).replace(THEN, `])))${THEN.slice(2)}`);
	const [before, after] = [sha256(body), sha256(deferred)];
	if (!html.includes(`'${before}'`)) throw new Error('deferScripts: the start-up script’s hash is not in the page’s CSP');
	return html
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '')
		.replace(script[0], `<script>${deferred}</script>`)
		.replace(`'${before}'`, `'${after}'`);
}
