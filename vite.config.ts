import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { checkEditionFiles, checkStory, editionLine, loadStory, storyPath } from './src/lib/server/storyFiles.ts';
import { formatErrors, storyWarnings } from './src/lib/server/data/validateTimeline.ts';
import { translatableLangs, translationPath } from './src/lib/server/data/translation.ts';
import { EDITION_LIST, isPseudoLang } from './src/lib/i18n/langs.ts';
import { PSEUDO_CHARACTERS } from './src/lib/i18n/pseudo.ts';
import { mediaType, storyFiles } from './src/lib/server/stepFiles.ts';
import { charactersFile, faceCharacters, siteTexts, writeStoryFaces, writeThemeFaces } from './src/lib/server/storyFaces.ts';
import { themeFaces } from './src/lib/server/themeFaces.ts';
import { embedAncestors, hostHeaders, siteUrl } from './src/lib/server/site/site.ts';
import { isOffline } from './src/lib/server/buildMode.ts';
import { themeCss } from './src/lib/model/theme.ts';
import { laneAliases, THEME_CSS, themeCssFile } from './src/lib/server/buildLane.ts';

/** @newswire/frames's browser build, for host pages' plain <script> tag (the package exports only its module). */
const framesScript = join(dirname(createRequire(import.meta.url).resolve('@newswire/frames')), 'frames.umd.js');

/** The missing SITE_URL (or translation) is reported once per build, not once per SvelteKit build pass. */
let toldNoSite = false;
/** (The config is loaded once per SvelteKit build pass: the editions' lines are kept on the process, so they are said once.) */
const told = globalThis as { storyEditionsTold?: boolean };

/**
 * The story's faces, cut to the characters the site shows (src/lib/server/storyFaces.ts), before
 * anything is built or served; unit tests do not need them.
 */
function storyFaces(): Plugin {
	return {
		name: 'story-faces',
		async buildStart() {
			if (process.env.VITEST) return;
			// (A build with the tests' pseudo-locales also draws their accented letters and brackets.)
			const characters = faceCharacters([...siteTexts(storyPath()), ...(process.env.PSEUDO_LOCALES === '1' ? [PSEUDO_CHARACTERS] : [])]);
			await writeStoryFaces(characters);
			// A theme's own faces, cut the same way (its stylesheet names them: writeTheme).
			const story = checkStory();
			if (story.ok) await writeThemeFaces(characters, themeFaces(story.story).faces);
		}
	};
}

/**
 * The dataset and its pictures, for the build and for `npm run dev`.
 * - Build: the dataset is validated before anything is built, so bad data stops `vite build` with a
 *   message that names the file, the event and the field, instead of a half-built site; so is each
 *   translation next to it (`story.ar.json`): published with its missing texts in English (marked),
 *   one line each saying how many are missing or stale (`TRANSLATIONS=strict` makes them an error). Photo steps'
 *   pictures are published under `pictures/`, `_headers` gives static hosts their caching and
 *   security headers, and `build-info.json` records which dataset the build was made from
 *   (`npm run preview` warns when it has changed since) and which translated editions it built.
 * - Dev: the dataset is watched and an edit reloads the page; an invalid dataset does not stop the
 *   server: the page lists the problems (src/routes/+layout.server.ts) until the file is fixed. Photo
 *   steps' pictures are served from next to the dataset.
 */
/**
 * The dataset's theme (src/lib/model/theme.ts) as CSS over app.css's: its faces' @font-face rules and
 * its colours and families as custom properties, written to a stylesheet the layout imports like any
 * other, so `npm run dev` and the build put it in the page the same way. Not under version control;
 * rewritten when it changes (a dataset saved during dev).
 */
function writeTheme() {
	const result = checkStory();
	const css = `/* Written by vite.config.ts from the dataset's theme: do not edit. */\n${result.ok ? themeCss(result.story.theme?.colors, themeFaces(result.story).faces) : ''}`;
	// (A build lane writes its own, read in THEME_CSS's place; THEME_CSS must still be there to be found.)
	if (themeCssFile() !== THEME_CSS && !existsSync(THEME_CSS)) {
		mkdirSync(dirname(THEME_CSS), { recursive: true });
		writeFileSync(THEME_CSS, '');
	}
	const file = themeCssFile();
	if (existsSync(file) && readFileSync(file, 'utf8') === css) return;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, css);
}

function storyData(): Plugin {
	let building = false;
	const offline = isOffline();
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	return {
		name: 'story-data',
		configResolved(config) {
			building = config.command === 'build';
		},
		// A build lane's theme stylesheet in place of the one under src/ (src/lib/server/buildLane.ts).
		load(id) {
			if (themeCssFile() !== THEME_CSS && id.split('?')[0] === join(process.cwd(), THEME_CSS)) return readFileSync(themeCssFile(), 'utf8');
		},
		buildStart() {
			this.addWatchFile(storyPath());
			if (!process.env.VITEST) writeTheme();
			if (!building) return;
			const story = loadStory();
			// Each translation next to the dataset: published (its missing texts in English, marked),
			// left out, or (an overlay that cannot be read; in strict mode a missing or stale text)
			// refused, which stops the build. One line each, once per build.
			const editions = checkEditionFiles();
			for (const edition of editions) if (!edition.ok && edition.errors.length) throw new Error(formatErrors(edition.errors));
			if (!offline && !told.storyEditionsTold) {
				told.storyEditionsTold = true;
				// What publishes but a desk should see first (a step with no source), once per build.
				const warnings = storyWarnings(story, relative(process.cwd(), storyPath()));
				if (warnings.length) this.warn(formatErrors(warnings, 'warning', ' (it builds; check before publishing)'));
				for (const edition of editions) {
					const line = editionLine(edition);
					if (edition.ok && !edition.missing.length && !edition.stale.length && !edition.leftOver.length) console.log(`✓ ${line}`);
					else this.warn(line);
				}
				if (!editions.length)
					this.warn(
						`No translation next to the dataset (${translatableLangs.map((l) => relative(process.cwd(), translationPath(storyPath(), l))).join(', ')}), so no translated edition is built.`
					);
			}
			embedAncestors(process.env.EMBED_HOSTS);
			const site = siteUrl(process.env.SITE_URL);
			if (!site && !offline && !toldNoSite) {
				toldNoSite = true;
				this.warn(
					'SITE_URL is not set, so pages carry no canonical link or absolute share address, and the sitemap lists no page. Set SITE_URL=https://example.org/story to turn them on.'
				);
			}
		},
		generateBundle() {
			if (!building || offline || this.environment?.config.consumer === 'server') return;
			const path = storyPath();
			const text = readFileSync(path);
			const result = checkStory(path);
			if (!result.ok) return;
			for (const f of storyFiles(result.story, path)) this.emitFile({ type: 'asset', fileName: `${f.folder}/${f.src}`, source: readFileSync(f.path) });
			const editions = checkEditionFiles(path).flatMap((e) => (e.ok ? [e.lang] : []));
			const pages = [
				'',
				'present/',
				'steps/*',
				'video/',
				'offline.html',
				...editions.flatMap((lang) => [`${lang}/`, `${lang}/present/`, `${lang}/steps/*`, `${lang}/video/`, `offline.${lang}.html`])
			];
			const embeds = ['embed/*', ...editions.map((lang) => `${lang}/embed/*`)];
			const feeds = ['feed.xml', ...editions.map((lang) => `${lang}/feed.xml`)];
			this.emitFile({ type: 'asset', fileName: '_headers', source: hostHeaders(base, pages, embedAncestors(process.env.EMBED_HOSTS), embeds, feeds) });
			this.emitFile({ type: 'asset', fileName: 'embed/frames.js', source: readFileSync(framesScript) });
			// `editions`: the translated editions built, for the scripts that finish the build (scripts/build-info.ts):
			// offline files, share cards, handouts, PowerPoint files. Not the tests' pseudo-locales (`pseudo`), which have none.
			// `typefaces`: the editions' own typefaces (the offline files keep only their own).
			const typefaces = Object.fromEntries(EDITION_LIST.flatMap((e) => ('typeface' in e && e.typeface ? [[e.lang, e.typeface]] : [])));
			const info = {
				dataset: relative(process.cwd(), path),
				sha256: createHash('sha256').update(text).digest('hex'),
				base,
				editions: editions.filter((l) => !isPseudoLang(l)),
				...(editions.some(isPseudoLang) ? { pseudo: editions.filter(isPseudoLang) } : {}),
				typefaces
			};
			this.emitFile({ type: 'asset', fileName: 'build-info.json', source: JSON.stringify(info, null, '\t') + '\n' });
		},
		configureServer(server) {
			server.watcher.add(storyPath());
			server.watcher.on('change', (file) => {
				if (file !== storyPath()) return;
				// A theme's faces named since the server started are cut (to the characters it started with) before its stylesheet names them.
				const result = checkStory();
				const characters = charactersFile();
				const faces =
					result.ok && existsSync(characters) ? writeThemeFaces(readFileSync(characters, 'utf8'), themeFaces(result.story).faces) : Promise.resolve([]);
				void faces.then(() => {
					writeTheme();
					server.ws.send({ type: 'full-reload' });
				});
			});
			// Steps' pictures, video, sound and captions, from next to the dataset, as the build publishes them.
			for (const folder of ['pictures', 'media'] as const)
				server.middlewares.use(`${base}/${folder}`, (req, res, next) => {
					const result = checkStory();
					const src = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
					const file = result.ok ? storyFiles(result.story, storyPath()).find((f) => f.folder === folder && f.src === src) : undefined;
					if (!file) return next();
					res.setHeader('content-type', mediaType(src));
					res.end(readFileSync(file.path));
				});
		}
	};
}

/** Unit tests that keep their own modules (see `test.projects`). */
const UNISOLATED = ['src/lib/server/storyFaces.test.ts'];

export default defineConfig({
	plugins: [storyFaces(), storyData(), sveltekit()],
	// A build lane's faces in place of src/lib/styles/faces (none for an ordinary build).
	resolve: { alias: laneAliases() },
	// The offline edition inlines fonts too: a separate file is a failed request from disk.
	// No module preloading by Vite's helper (docs/performance.md, "Where the start-up's blocking time
	// goes"): the reading page's HTML lists no module preloads, so at start the helper added a
	// `modulepreload` link for each of the page's ~20 modules, about 16 ms in `appendChild` (64 ms on
	// a phone's slower CPU) inside the start's longest task. Without it, Lighthouse's simulated TBT went
	// from 44 to 17 ms (median of 3, interleaved). The price: a chunk loaded later (the graphic, the
	// deck's speaker view) fetches its own imports as it parses them, a level at a time.
	// No PLUGIN_TIMINGS warning at every build: the time it points at is SvelteKit prerendering the pages
	// (its `writeBundle`), the build's job, not a plugin to fix.
	build: {
		...(isOffline() ? { assetsInlineLimit: () => true } : { modulePreload: false }),
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	// The one build-mode switch, OFFLINE=1, as the pages' code sees it (src/lib/buildMode.ts).
	define: { 'import.meta.env.VITE_OFFLINE': JSON.stringify(isOffline() ? '1' : '') },
	test: {
		environment: 'node',
		// Test files run in worker threads, not each in a process of its own: the 57 files took ~19 s
		// instead of ~31 s on two cores.
		pool: 'threads',
		// A few tests run the project's own scripts (validate, the face cutter) as a user would; on a
		// loaded 2-core machine one takes 5–10 s, past vitest's 5 s default.
		testTimeout: 20_000,
		projects: [
			{
				// The app's modules' tests share a thread's modules from file to file (no isolation): the unit
				// tests take 16 s instead of 28, most of which was importing the same modules again for each file.
				// Those that stub a global, fake the clock or set process.env put it back after each test.
				extends: true,
				test: { name: 'modules', include: ['src/**/*.test.ts'], exclude: [...UNISOLATED], isolate: false }
			},
			{
				// What runs the scripts or cuts the faces (harfbuzz in WebAssembly) keeps its own modules: sharing
				// them, the face cutter timed out in two runs of three.
				extends: true,
				test: { name: 'scripts', include: ['scripts/**/*.test.ts', ...UNISOLATED] }
			}
		]
	}
});
