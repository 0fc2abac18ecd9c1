import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium, testChromium } from './scripts/chromium';
import { findFirefox, findWebKit, MISSING, type EngineName } from './scripts/engines';
import { stopLeftovers } from './scripts/e2e-leftovers';

const { executablePath } = testChromium();
// The full browser, for the faces' tests: a first paint in the fallback faces is a property of the
// browser's font matching (`local()` faces), which Chromium's headless shell does not share with the
// Chrome readers run. Playwright's own full Chromium is its `chromium` channel.
const fullChromium = executablePath ? { executablePath: findChromium() } : { channel: 'chromium' };

// Firefox and WebKit run tests/e2e/engines.spec.ts, the checks that differ by engine (Chromium runs
// it too, with every other spec). An engine this machine lacks is named in one line, with how to get it.
const engines = [findFirefox(), findWebKit()];
if (!process.env.TEST_WORKER_INDEX) {
	engines.forEach((found, i) => found || console.log(MISSING[i ? 'webkit' : 'firefox']));
}

// Before the web server starts: free the suite's ports from servers an interrupted run left behind (in
// the runner only: each worker loads this file too, while the run's servers are up).
if (!process.env.TEST_WORKER_INDEX) {
	const held = stopLeftovers();
	if (held.length) throw new Error(`The e2e suite's ports are in use:\n${held.join('\n')}\nStop those, then run again.`);
}

export default defineConfig<object, { engine: EngineName }>({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	timeout: 30_000,
	// How long a wait for a condition may take before it fails. Tests wait for conditions, never for a
	// time (docs/test-contract.md), so a condition that holds returns at once whatever this is. 15 s, not
	// Playwright's 5: at load 10–15 on the shared 2-core machine a page's load, a redraw after a key or
	// the print handout's render took over 5 s, and each passed on a rerun at a lower load.
	expect: { timeout: 15_000 },
	use: {
		baseURL: 'http://localhost:4180',
		reducedMotion: 'reduce',
		// A failed test keeps a trace of its actions, console and network, and a screenshot of the page
		// at its end, but no film strip and no DOM snapshot at every action: the film strip (a screencast
		// of every test, encoded as it runs) cost a sixth of the suite's time, the snapshots a fifth of
		// its CPU. For either, rerun the test with `--trace on`.
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
		screenshot: 'only-on-failure',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs }
	},
	projects: [
		{ name: 'chromium', testIgnore: /performance\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
		{
			name: 'chromium-browser',
			testMatch: /performance\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions: { ...fullChromium, args: chromiumArgs } }
		},
		...engines.filter((e) => !!e).map(({ engine }) => ({ name: engine, testMatch: /engines\.spec\.ts$/, use: { engine } }))
	],
	// Serves the sites `npm run test:e2e` built before Playwright started (scripts/e2e-sites.ts).
	webServer: {
		command: 'node --import tsx scripts/e2e-server.ts',
		url: 'http://localhost:4181/story/',
		timeout: 20_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
