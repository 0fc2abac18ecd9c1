// `npm run test:e2e`, first half: builds every site the browser tests use (scripts/e2e-sites.ts), one
// after the other (SvelteKit builds share .svelte-kit/ and the story's cut faces), before Playwright
// starts: Playwright then only serves them, in a second.
// A site whose inputs have not changed since it was last built here is not built again: its key is a
// digest of everything a build reads (src/, static/, timeline-data/, tests/fixtures/, scripts/, the
// configs and the lockfile) and of the site's command and settings, kept in node_modules/.cache/
// with the time its index.html was written (so a site rebuilt by hand, `npm run build` into build/,
// is not taken for ours). CI (CI set), `--force` or E2E_REBUILD=1 builds every site regardless.
// `npx tsx scripts/e2e-build.ts build build-story` builds only those.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sites, type Site } from './e2e-sites.ts';

/** What a build reads. (src/lib/styles/faces is written by the build itself, from the rest.) */
const INPUTS = ['src', 'static', 'timeline-data', 'tests/fixtures', 'scripts', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];
const SKIP = new Set(['src/lib/styles/faces']);
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

for (const site of sites) {
	if (only.length && !only.includes(site.dir)) continue;
	const key = keyOf(site);
	if (!force && existsSync(stampFile(site))) {
		const stamp = JSON.parse(readFileSync(stampFile(site), 'utf8')) as { key: string; written: number };
		if (stamp.key === key && stamp.written === written(site)) {
			console.log(`${site.dir}: unchanged since its last build, kept`);
			continue;
		}
	}
	// (Forgotten first: a build stopped half-way is never kept.)
	rmSync(stampFile(site), { force: true });
	const started = performance.now();
	process.stdout.write(`building ${site.dir}${site.base ? ` (base ${site.base})` : ''}… `);
	execSync(site.build, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...site.env } });
	console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
	writeFileSync(stampFile(site), JSON.stringify({ key: keyOf(site), written: written(site) }));
}
