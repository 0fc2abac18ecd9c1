// `npm run test:e2e`, first half: builds every site the browser tests use (scripts/e2e-sites.ts)
// before Playwright starts: Playwright then only serves them, in a second. Two at a time: a build
// keeps one core busy (Vite's plugins run on one thread), so a second lane uses the other. The second
// lane's builds keep their working folders apart (BUILD_LANE: SvelteKit's, the cut faces, the theme;
// src/lib/server/buildLane.ts); the developing story's two versions, made by one script, are built
// one after the other in one lane.
// A site whose inputs have not changed since it was last built here is not built again: its key is a
// digest of everything a build reads (src/, static/, timeline-data/, tests/fixtures/, scripts/, the
// configs and the lockfile) and of the site's command and settings, kept in node_modules/.cache/
// with the time its index.html was written (so a site rebuilt by hand, `npm run build` into build/,
// is not taken for ours). CI (CI set), `--force` or E2E_REBUILD=1 builds every site regardless.
// `npx tsx scripts/e2e-build.ts build build-story` builds only those.
import { execSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sites, type Site } from './e2e-sites.ts';

/** What a build reads. (src/lib/styles/faces and generated/ are written by the build itself, from the rest.) */
const INPUTS = ['src', 'static', 'timeline-data', 'tests/fixtures', 'scripts', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];
const SKIP = new Set(['src/lib/styles/faces', 'src/lib/styles/generated']);
const CACHE = 'node_modules/.cache/e2e-build';

/** A digest of every input file's path and content. */
function inputsDigest(): string {
	const hash = createHash('sha256');
	const add = (path: string) => {
		if (SKIP.has(path) || !existsSync(path)) return;
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) add(join(path, name));
			return;
		}
		if (path.endsWith('.test.ts')) return; // unit tests: not part of any site
		hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
	};
	for (const input of INPUTS) add(input);
	return hash.digest('hex');
}

const stampFile = (site: Site) => join(CACHE, `${site.dir}.json`);
/** When the site's page was written: a build by anything else changes it. */
const written = (site: Site) => (existsSync(join(site.dir, 'index.html')) ? statSync(join(site.dir, 'index.html')).mtimeMs : 0);

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const force = !!process.env.CI || args.includes('--force') || process.env.E2E_REBUILD === '1';
const inputs = inputsDigest();
mkdirSync(CACHE, { recursive: true });

/**
 * The site's key: the inputs, its command and settings, and its dataset when that is outside the
 * inputs (the imported story's, which the build writes and a test edits for a while).
 */
function keyOf(site: Site): string {
	const data = site.env.STORY_DATA && existsSync(site.env.STORY_DATA) ? readFileSync(site.env.STORY_DATA) : '';
	return createHash('sha256')
		.update(`${inputs}\0${site.build}\0${JSON.stringify(site.env)}\0`)
		.update(data)
		.digest('hex');
}

/** What is left to build, longest first, each job one lane's (the developing story's versions one job). */
const stale = sites.filter((site) => {
	if (only.length && !only.includes(site.dir)) return false;
	if (force || !existsSync(stampFile(site))) return true;
	const stamp = JSON.parse(readFileSync(stampFile(site), 'utf8')) as { key: string; written: number };
	if (stamp.key === keyOf(site) && stamp.written === written(site)) {
		console.log(`${site.dir}: unchanged since its last build, kept`);
		return false;
	}
	return true;
});
const jobs: Site[][] = [];
for (const site of stale) {
	const together = site.dir.startsWith('build-developing-') ? jobs.find((job) => job[0].dir.startsWith('build-developing-')) : undefined;
	if (together) together.push(site);
	else jobs.push([site]);
}

/** Builds one site in a lane (`lane`: its BUILD_LANE folder, or none); rejects with the build's own words on failure. */
function build(site: Site, lane: string | null): Promise<void> {
	// (Forgotten first: a build stopped half-way is never kept.)
	rmSync(stampFile(site), { force: true });
	const started = performance.now();
	const env = { ...process.env, ...site.env, ...(lane ? { BUILD_LANE: lane } : {}) };
	return new Promise((done, fail) => {
		const child = spawn(site.build, { shell: true, env, stdio: ['ignore', 'ignore', 'pipe'] });
		let said = '';
		child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
		child.on('error', fail);
		child.on('exit', (code) => {
			const took = `${((performance.now() - started) / 1000).toFixed(0)} s`;
			if (code !== 0) return fail(new Error(`building ${site.dir} failed (exit code ${code}) after ${took}:\n${said}`));
			if (said.trim()) process.stderr.write(said);
			console.log(`built ${site.dir}${site.base ? ` (base ${site.base})` : ''}${lane ? ' (second lane)' : ''} in ${took}`);
			writeFileSync(stampFile(site), JSON.stringify({ key: keyOf(site), written: written(site) }));
			done();
		});
	});
}

// SvelteKit's types, which every build's TypeScript settings extend (tsconfig.json): written once here,
// before two builds could race to write them.
if (jobs.length && !existsSync('.svelte-kit/tsconfig.json')) execSync('node_modules/.bin/svelte-kit sync', { stdio: 'inherit' });

/** A lane: takes the next job until none is left, or another lane has failed. */
let failed: Error | null = null;
async function lane(folder: string | null) {
	for (let job = jobs.shift(); job && !failed; job = jobs.shift()) {
		for (const site of job) await build(site, folder).catch((e: Error) => void (failed ??= e));
	}
}
const started = performance.now();
await Promise.all([lane(null), lane('build-lanes/b')]);
if (failed) {
	console.error((failed as Error).message);
	process.exit(1);
}
if (stale.length) console.log(`${stale.length} sites built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
