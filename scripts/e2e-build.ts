// `npm run test:e2e`, first half: stops a test server an interrupted run left behind, then builds
// every site the browser tests use (scripts/e2e-sites.ts), one after the other (SvelteKit builds
// share .svelte-kit/output), before Playwright starts: Playwright then only serves them, in a second.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { PID_FILE, sites } from './e2e-sites.ts';

/** Whether a process is the test server (a process id can be reused once its process ends). */
function isTestServer(pid: number) {
	try {
		return execSync(`ps -o command= -p ${pid}`, { encoding: 'utf8' }).includes('e2e-server');
	} catch {
		return false; // gone (or no ps: then leave it be)
	}
}
if (existsSync(PID_FILE)) {
	const pid = Number(readFileSync(PID_FILE, 'utf8'));
	if (pid && isTestServer(pid)) {
		process.kill(pid, 'SIGTERM');
		console.log(`stopped the test server an earlier run left running (process ${pid})`);
	}
	rmSync(PID_FILE, { force: true });
}

const only = process.argv.slice(2);
for (const site of sites) {
	if (only.length && !only.includes(site.dir)) continue;
	const started = performance.now();
	process.stdout.write(`building ${site.dir}${site.base ? ` (base ${site.base})` : ''}… `);
	execSync(site.build, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...site.env } });
	console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
}
