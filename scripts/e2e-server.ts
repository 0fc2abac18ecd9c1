// Playwright's webServer: serves the sites scripts/e2e-build.ts built (see scripts/e2e-sites.ts for
// what each is). It builds nothing: a missing site is an error that says what to run.
import { existsSync } from 'node:fs';
import { serve } from './serve.ts';
import { deploy, hostPorts, sites } from './e2e-sites.ts';

const missing = sites.filter((s) => !existsSync(`${s.dir}/index.html`));
if (missing.length) {
	console.error(`Not built: ${missing.map((s) => s.dir).join(', ')}. Run npm run test:e2e (it builds them), or npx tsx scripts/e2e-build.ts.`);
	process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));

for (const s of sites) {
	if (!s.port) continue;
	if (s.served) deploy(s.dir, s.served);
	await serve(s.served ?? s.dir, s.port, s.base);
	console.log(`serving ${s.dir} at http://localhost:${s.port}${s.base}/`);
}
for (const port of hostPorts) await serve('tests/fixtures/embed-host', port, '');
