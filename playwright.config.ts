import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium, testChromium } from './scripts/chromium';
import { findFirefox, findWebKit, MISSING, type EngineName } from './scripts/engines';
import { stopLeftovers } from './scripts/e2e-leftovers';

const { executablePath } = testChromium();
// The full browser, for the faces' tests: a first paint in the fallback faces is a property of the
// browser's font matching (`local()` faces), which Chromium's headless shell does not share with the
// Chrome readers run. Playwright's own full Chromium is its `chromium` channel.
const fullChromium = executablePath ? { executablePath: findChromium() } : { channel: 'chromium' };

// Firefox and WebKit run tests/e2e/engines.spec.ts, the checks that differ by engine. An engine this
// machine lacks is named in one line, with how to get it. Chromium runs that spec only when neither is
// here: its checks (a deep link, a reload, every step by scrolling, End and Home, the deck's keys, the
// embed, axe) are the other specs' in Chromium (reading, phone-reading, arabic, present, embed, a11y),
// and running them again there cost 20 test-seconds.
const engines = [findFirefox(), findWebKit()];
const chromiumSkips = engines.some((e) => !!e) ? /(performance|engines)\.spec\.ts$/ : /performance\.spec\.ts$/;
if (!process.env.TEST_WORKER_INDEX) {
	engines.forEach((found, i) => found || console.log(MISSING[i ? 'webkit' : 'firefox']));
}

// The tests' Chromium compiles the pages' scripts without V8's optimising tiers (TurboFan, Maglev): a
// test's page lives seconds, too short for optimised code to repay its compiling, which ran on the same
// two cores (2026-12-06: the briefing spec 62–63 → 58–60 s, the map and pseudo-locale specs 82 → 76 s).
// What a script does is the same in every tier; only its speed differs, which the bench measures in the
// browser as readers have it (and performance.spec.ts, in the full browser, keeps the default tiers).
const testArgs = [...chromiumArgs, '--js-flags=--no-opt --no-maglev'];

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
		// No trace: recording one for every test (`retain-on-failure`, even without its DOM snapshots and
		// film strip) cost 30–60 ms a test, 5% of the suite, and CI prints only the failure's text. A
		// failed test keeps a screenshot of the page at its end, taken by the test fixture only when it
		// fails (tests/e2e/fixtures.ts); rerun it with `--trace on` for the rest.
		trace: 'off',
		screenshot: 'off',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: testArgs }
	},
	// The workers take the projects' tests in this order. Firefox and WebKit first: each runs its one
	// spec in turn on one worker (25–30 s), and last they left one core idle while the slower finished;
	// first, the many short Chromium tests after them fill both workers to the end.
	projects: [
		...engines.filter((e) => !!e).map(({ engine }) => ({ name: engine, testMatch: /engines\.spec\.ts$/, use: { engine } })),
		{ name: 'chromium', testIgnore: chromiumSkips, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
		{
			name: 'chromium-browser',
			testMatch: /performance\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions: { ...fullChromium, args: chromiumArgs } }
		}
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
