import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { PENDING_STEP_JS } from './src/lib/views/embed/pendingStep.js';
import { PENDING_SLIDE_JS, PENDING_SLIDE_LATEST_JS } from './src/lib/views/present/pendingSlide.js';
import { OPEN_STORY_JS } from './src/lib/views/site/openStory.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A sub-path to serve the story under, e.g. BASE_PATH=/story for https://example.org/story/. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** Where the static site is written; the e2e suite builds variants side by side. */
const outDir = process.env.BUILD_DIR ?? 'build';

/**
 * BUILD_LANE (a folder, e.g. build-lanes/b): a build with working folders of its own, SvelteKit's
 * among them, so two builds of different stories can run at once (scripts/e2e-build.ts; the story's
 * cut faces and theme go there too: src/lib/server/buildLane.ts).
 */
const lane = process.env.BUILD_LANE;

/**
 * OFFLINE=1 builds the single-file edition (scripts/build-offline.ts): every script and style inlined
 * into the page, so one HTML file runs from disk with no server.
 */
const offline = process.env.OFFLINE === '1';

/**
 * Our own inline scripts: src/app.html's (on a repeat visit, put the cached story fonts first before
 * the first paint). SvelteKit hashes only the scripts it writes, so their hashes are added here.
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const headScripts = [...readFileSync('src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
/**
 * And the step pages' one line that sends people on to the step in the story, and the embed's and the
 * deck's that keep their first step hidden while they move to the one the address asks for (see those
 * files).
 */
const ownScripts = [...headScripts, sha256(OPEN_STORY_JS), sha256(PENDING_STEP_JS), sha256(PENDING_SLIDE_JS), sha256(PENDING_SLIDE_LATEST_JS)];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		...(lane ? { outDir: `${lane}/kit` } : {}),
		paths: { base, relative: true },
		output: { bundleStrategy: offline ? 'inline' : 'split' },
		// An open page asks the site every UPDATE_CHECK_SECONDS (five minutes by default) whether a newer
		// build is out (SvelteKit's own version check, `updated` in $app/state), and offers the update.
		// The offline file has no site to ask.
		version: { pollInterval: offline ? 0 : Number(process.env.UPDATE_CHECK_SECONDS || 300) * 1000 },
		// Inline the (small) stylesheets: no render-blocking request before the first paint.
		inlineStyleThreshold: 64 * 1024,
		// Every prerendered page carries this policy in a <meta> tag, with hashes of SvelteKit's own inline
		// scripts: no inline script runs unless the build put it there, and nothing loads from elsewhere.
		// Style *attributes* stay allowed (positions of marks are prerendered as style="…").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...ownScripts],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				// Video, sound and captions: the site's own files (the offline file's are data URIs).
				'media-src': ['self', 'data:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none'],
				'worker-src': ['none']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			// In the briefing view `#<step id>` links name steps, not elements: the deck moves to them.
			// Everywhere else a link to a missing id is a bug.
			// Share cards are prerendered only when SITE_URL is set (src/routes/[[lang=edition]]/cards/): without it their
			// route is rightly never reached.
			// So are the step pages never in the offline edition's build (src/lib/server/stepPage.ts).
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.every((id) => id.endsWith('/cards/[card]') || (offline && id.endsWith('/steps/[id]')))) return;
				throw new Error(message);
			},
			handleMissingId: ({ path, message }) => {
				if (path.replace(/\/$/, '').endsWith('/present')) return;
				throw new Error(message);
			}
		}
	}
};

export default config;
