// `npm test`: every test. The unit tests run while the browsers are made ready and the browser tests'
// sites are built (scripts/ensure-browsers.ts, scripts/e2e-build.ts): those builds leave part of the
// machine's two cores idle (Vite's plugins run on one thread), and on a new machine the browsers'
// install is a minute of waiting on the network (2026-12-07: builds and unit tests 92 s one after the
// other, 80 s together). Their output is printed whole when they end, not mixed with the builds'
// lines. Then Playwright, if both passed, with any arguments given (`npm test -- -g deck`). The exit
// code is the first failure's.
import { spawn } from 'node:child_process';

/** Runs a command; resolves to its exit code, and its output when `quiet` (else it goes straight out). */
function run(command: string, args: string[], quiet = false): Promise<{ code: number; output: string }> {
	return new Promise((done) => {
		const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', (e) => done({ code: 1, output: `${output}${e.message}\n` }));
		child.on('exit', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
	});
}

const bin = (name: string) => `node_modules/.bin/${name}`;

const unit = run(bin('vitest'), ['run'], true).then((result) => {
	process.stdout.write(result.output);
	return result.code;
});
const sites = (async () => {
	const browsers = await run(bin('tsx'), ['scripts/ensure-browsers.ts']);
	return browsers.code || (await run(bin('tsx'), ['scripts/e2e-build.ts'])).code;
})();

const [unitCode, sitesCode] = await Promise.all([unit, sites]);
if (unitCode) console.error('The unit tests failed (above): the browser tests were not run.');
// (An exit code, not process.exit: the unit tests' output, written to a pipe, is let out whole.)
process.exitCode = unitCode || sitesCode || (await run(bin('playwright'), ['test', ...process.argv.slice(2)])).code;
