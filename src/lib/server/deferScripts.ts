/**
 * Makes a prerendered page paint from its HTML alone: SvelteKit's `<link rel="modulepreload">` tags
 * are taken out, and its start-up script waits until the first frame has been painted before it asks
 * for the app's modules. On a slow link the headline, dek and first step are on screen before any
 * script or font is requested. Then the same preloads are added at once, so every module the page
 * starts with is fetched in parallel (not one import after another), and the page hydrates as before.
 *
 * The page's data (the whole story, the region's map and the interface's words, which SvelteKit
 * writes into the start-up script to hydrate with) is taken out of the page too, and fetched with
 * the modules from the copy SvelteKit writes beside the page (`__data.json`): it is a third of the
 * page, the words are already in its HTML, and nothing in the first paint needs it. The page then
 * fits in the first ~14 KB a new connection carries (see docs/performance.md).
 *
 * The start-up script is inline and allowed by its hash in the page's Content-Security-Policy, so the
 * hash is replaced with the new script's. Throws when SvelteKit's script no longer looks as expected,
 * so a SvelteKit upgrade fails the build instead of silently hydrating early (or never).
 */
import { createHash } from 'node:crypto';
import { checkPlainData, UNFLATTEN_JS } from './pageData.ts';

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

/** Between the modules' evaluation and the app's start, a task boundary: two shorter tasks, not one long one. */
const YIELD = '.then((loaded) => new Promise((go) => setTimeout(go, 0, loaded)))';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The start-up script's page data: one line, `data: [<one entry per layout and page>],`. */
const DATA_LINE = /^([ \t]*)data: (\[.*\]),$/m;
/** Data this small stays in the page: a request would cost more than its bytes. */
const INLINE_DATA_BYTES = 1024;

/**
 * The start-up script of `path`'s page (the page's address under the site's: '', 'present',
 * 'ar/', 'ar/present'), with the app started after the first paint and, when the page has data
 * worth a request, its data fetched from the `__data.json` SvelteKit writes for that address.
 */
export function deferScripts(html: string, path = ''): string {
	// A page without the app (`csr = false`: the step pages) has nothing to defer.
	if (!html.includes('/_app/immutable/entry/')) return html;
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find((m) => m[1].includes('kit.start('));
	if (!script) throw new Error('deferScripts: no SvelteKit start-up script in the page; has SvelteKit changed how it starts?');
	const body = script[1];
	if (body.split(START).length !== 2 || body.split(THEN).length !== 2)
		throw new Error('deferScripts: SvelteKit’s start-up script has an unexpected shape; check src/lib/server/deferScripts.ts');
	const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])![1]);
	let deferred = body.replace(START, afterPaint(preloads));
	const data = DATA_LINE.exec(deferred);
	if (data && data[2].length > INLINE_DATA_BYTES) {
		// What SvelteKit would hydrate with, read back here so a value the page's reader cannot read
		// (a Date, a Map) stops the build rather than the page. (Build time: SvelteKit's own output.)
		const nodes = new Function(`return ${data[2]}`)() as unknown[];
		checkPlainData(nodes, `the data of the page at /${path}`);
		if (!nodes.every((n) => n === null || (typeof n === 'object' && ['data', 'skip'].includes((n as { type: string }).type))))
			throw new Error(`deferScripts: the page at /${path} hydrates with something other than data (an error?)`);
		// Relative to the page, as SvelteKit's own paths are (the site may live under a base path), and
		// named after its content, so a page never hydrates with a cached copy of an older build's data
		// (the file's own address does not change from build to build).
		const root = preloads[0]?.slice(0, preloads[0].indexOf('_app/'));
		if (root === undefined) throw new Error(`deferScripts: no module preloads in the page at /${path} to find the site's root by`);
		const version = createHash('sha256').update(data[2]).digest('hex').slice(0, 12);
		const url = `${root}${path.replace(/\/?$/, '/').replace(/^\/$/, '')}__data.json?v=${version}`;
		const fetched = `fetch(${JSON.stringify(url)}).then((r) => { if (!r.ok) throw new Error('page data: ' + r.status + ' ' + r.url); return r.json(); })`;
		deferred = deferred
			.replace(THEN, `,\n${data[1]}${fetched}\n${data[1].slice(1)}])))${YIELD}${THEN.slice(2).replace('[kit, app]', '[kit, app, page]')}`)
			.replace(data[0], () => `${data[1]}data: page.nodes.map((node) => node?.type === 'data' ? { ...node, data: (${UNFLATTEN_JS.replace(/\s*\n\s*/g, ' ')})(node.data) } : node),`);
	} else deferred = deferred.replace(THEN, `])))${YIELD}${THEN.slice(2)}`);
	const [before, after] = [sha256(body), sha256(deferred)];
	if (!html.includes(`'${before}'`)) throw new Error('deferScripts: the start-up script’s hash is not in the page’s CSP');
	return html
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '')
		.replace(script[0], () => `<script>${deferred}</script>`)
		.replace(`'${before}'`, `'${after}'`);
}
