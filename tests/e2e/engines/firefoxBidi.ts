/**
 * The system's Firefox (Debian's firefox-esr here), driven over WebDriver BiDi, the W3C protocol
 * Firefox speaks natively, by puppeteer-core: no geckodriver, nothing downloaded.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import type { EngineDriver, EnginePage, Key } from './enginePage';

export async function firefoxBidiDriver(executablePath: string): Promise<EngineDriver> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		// As the suite's Chromium: reduced motion, so every change is instant (docs/test-contract.md).
		extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 }
	});
	const label = `Firefox ${(await browser.version()).replace(/^firefox\//i, '')} (puppeteer-core, WebDriver BiDi)`;
	return {
		label,
		async newPage(baseURL) {
			// A fresh user context per test: no storage, history or cache carried between tests.
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.setViewport({ width: 1440, height: 900 });
			const errors: string[] = [];
			const leaving = { now: false };
			page.on('pageerror', (e) => {
				const message = e instanceof Error ? e.message : String(e);
				// Firefox reports a module the page being left was still fetching (the test moving on while
				// a chunk is on its way) as that page's error, during the next navigation: not the page's
				// fault, and no reader sees it. (Checked with a bare page: a slow `import()`, then a `goto`.)
				if (leaving.now && message.startsWith('error loading dynamically imported module')) return;
				errors.push(`page error: ${message}`);
			});
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
			});
			return firefoxPage(page, baseURL, label, errors, leaving, () => context.close());
		},
		stop: () => browser.close()
	};
}

function firefoxPage(page: Page, baseURL: string, label: string, errors: string[], leaving: { now: boolean }, close: () => Promise<void>): EnginePage {
	return {
		label,
		async goto(path) {
			leaving.now = true;
			try {
				await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
			} finally {
				leaving.now = false;
			}
		},
		reload: async () => void (await page.reload({ waitUntil: 'load' })),
		async resize(size) {
			await page.setViewport(size);
			return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
		},
		evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
		addScript: async (source) => void (await page.evaluate(source)),
		press: (key: Key) => page.keyboard.press(key),
		errors: async () => errors,
		close
	};
}
