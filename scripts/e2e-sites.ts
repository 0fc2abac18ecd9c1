// The sites the browser tests run against: the production build of each, served as plain files.
// `npm run test:e2e` builds them all first (scripts/e2e-build.ts), then Playwright serves them
// (scripts/e2e-server.ts, its webServer), so `npx playwright test` alone reruns tests against the
// sites as last built.
//   :4180/        the story as built from timeline-data/ (build/, with offline.html), SITE_URL https://example.org
//   :4181/story/  the same story built with BASE_PATH=/story (SITE_URL https://example.org/story), to
//                 prove sub-path hosting works; the others have no SITE_URL. It also has the
//                 pseudo-locales' editions (PSEUDO_LOCALES=1): /story/en-XA/ and /story/ar-XB/, walked
//                 by tests/e2e/pseudo.spec.ts
//   :4182/        a second, different story (tests/fixtures/second-story.json): the data makes the story;
//                 its Arabic overlay (second-story.ar.json) lags behind it, so /ar/ shows some English;
//                 its steps are timed short (`duration`, 2–3 s), so `npm run video` makes its videos in
//                 seconds (tests/e2e/video.spec.ts)
//   :4183/        a story whose text is full of markup (tests/fixtures/markup-story.json), with its
//                 offline file: markup must stay text everywhere
//   :4184/        a story imported from a TimelineJS spreadsheet (tests/fixtures/timelinejs/sheet.csv,
//                 with a photo step), built with its offline file: `npm run import` as a newsroom runs it
//   :4193/        a developing story, deployed twice (tests/fixtures/developing/versions.ts): the folder
//                 served, build-developing, is a link to build-developing-v1 (the story before its last
//                 step and a correction) when the server starts; tests/e2e/developing.spec.ts deploys
//                 build-developing-v2 by pointing the link at it, as hosts that deploy by a link do. Both
//                 ask for a newer build every second (UPDATE_CHECK_SECONDS=1), not every five minutes
//   :4194/        build-developing-v2 on its own, for tests that only read it (its corrections, its feeds)
//   :4192/        the blank starter (`npm run new-story -- build-starter-data`), built as it comes: every
//                 text a placeholder, one step of each visual kind
//   127.0.0.1:4190 and :4191  a host article that embeds the story (tests/fixtures/embed-host/): the
//                 first is a site allowed to frame the embed (EMBED_HOSTS of :4180 and :4181), the
//                 second is not

import { renameSync, symlinkSync } from 'node:fs';

/** The host article allowed to frame the embed. */
const EMBED_HOSTS = 'http://127.0.0.1:4190';

/**
 * `npm run build` without its share cards (scripts/cards.ts, ~10 s a site): the site and its offline
 * file, for the sites whose cards no test looks at (the story's are checked on :4180 and :4181).
 */
const SITE_AND_OFFLINE = 'node_modules/.bin/vite build --logLevel error && node_modules/.bin/tsx scripts/build-offline.ts';

/** A site the browser tests run against: where it is built, served, and the command that builds it. */
export interface Site {
	dir: string;
	/** Where it is served (0: not on its own; see `served`). */
	port: number;
	/** The folder served on `port` instead: a link to `dir` that tests may point at another build. */
	served?: string;
	base: string;
	env: Record<string, string>;
	build: string;
	/** About how long its build takes on a quiet 2-core machine, alone (s): the longest start first. */
	seconds: number;
}

export const sites: Site[] = [
	{ dir: 'build', port: 4180, base: '', env: { SITE_URL: 'https://example.org', EMBED_HOSTS }, build: 'npm run -s build', seconds: 31 },
	{
		dir: 'build-story',
		port: 4181,
		base: '/story',
		env: { BASE_PATH: '/story', BUILD_DIR: 'build-story', SITE_URL: 'https://example.org/story', EMBED_HOSTS, PSEUDO_LOCALES: '1' },
		build: 'node_modules/.bin/vite build --logLevel error && node_modules/.bin/tsx scripts/cards.ts',
		seconds: 20
	},
	{
		dir: 'build-second',
		port: 4182,
		base: '',
		env: { STORY_DATA: 'tests/fixtures/second-story.json', BUILD_DIR: 'build-second' },
		build: 'node_modules/.bin/vite build --logLevel error',
		seconds: 11
	},
	{
		dir: 'build-markup',
		port: 4183,
		base: '',
		env: { STORY_DATA: 'tests/fixtures/markup-story.json', BUILD_DIR: 'build-markup' },
		build: SITE_AND_OFFLINE,
		seconds: 22
	},
	{
		dir: 'build-imported',
		port: 4184,
		base: '',
		env: { STORY_DATA: 'build-imported-data/story.json', BUILD_DIR: 'build-imported' },
		build: `npm run -s import -- tests/fixtures/timelinejs/sheet.csv --out build-imported-data/story.json --replace > /dev/null && ${SITE_AND_OFFLINE}`,
		seconds: 23
	},
	{
		dir: 'build-starter',
		port: 4192,
		base: '',
		env: { STORY_DATA: 'build-starter-data/story.json', BUILD_DIR: 'build-starter' },
		build: 'rm -rf build-starter-data && npm run -s new-story -- build-starter-data > /dev/null && node_modules/.bin/vite build --logLevel error',
		seconds: 11
	}
];

/** The developing story's two builds (see :4193 above). */
const developing = (version: 'v1' | 'v2'): Site => ({
	dir: `build-developing-${version}`,
	port: version === 'v1' ? 4193 : 4194,
	...(version === 'v1' ? { served: 'build-developing' } : {}),
	base: '',
	env: { STORY_DATA: `build-developing-data/${version}/story.json`, BUILD_DIR: `build-developing-${version}`, UPDATE_CHECK_SECONDS: '1' },
	build: 'node_modules/.bin/tsx tests/fixtures/developing/versions.ts && node_modules/.bin/vite build --logLevel error',
	seconds: version === 'v1' ? 11 : 8
});
sites.push(developing('v1'), developing('v2'));

/** The embed host's ports (allowed, not allowed). */
export const hostPorts = [4190, 4191];

/**
 * Every port the suite listens on: the sites, the embed hosts, and the servers tests start themselves
 * (`vite dev` on 4185 in dev-build.spec.ts and 4186 in authoring.spec.ts, Python's plain `http.server`
 * on 4187 and 4188 in hosting.spec.ts, `npm run preview` on 4189 in authoring.spec.ts). scripts/e2e-leftovers.ts frees them after an interrupted run.
 */
export const SUITE_PORTS = Array.from({ length: 15 }, (_, i) => 4180 + i);

/** Deploys the build `dir` where `served` is served: points that link at it, in one step (a new link renamed over the old). */
export function deploy(dir: string, served: string) {
	symlinkSync(dir, `${served}.next`);
	renameSync(`${served}.next`, served);
}
