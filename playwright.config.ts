import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';

const executablePath = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: 'http://localhost:4180',
		reducedMotion: 'reduce',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
	// Serves the sites `npm run test:e2e` built before Playwright started (scripts/e2e-sites.ts).
	webServer: {
		command: 'node --import tsx scripts/e2e-server.ts',
		url: 'http://localhost:4181/story/',
		timeout: 20_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
