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
			page.on('pageerror', (e) => errors.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
			});
			return firefoxPage(page, baseURL, label, errors, () => context.close());
		},
		stop: () => browser.close()
	};
}

/**
 * Waits until the page has fetched what it asked for (nothing on its way for 100 ms), as a reader who
 * moves on once the page has loaded. Firefox reports a module cut off by leaving its page as that page's
 * error ("error loading dynamically imported module"): the reading page fetches its graphic when it comes
 * into sight or the page scrolls, which can be while a test looks at it, and a test that went on to the
 * next address meanwhile failed on that. (Shown with a bare page: a slow `import()`, then a `goto`; no
 * error once the page is left idle first.)
 */
const fetched = (page: Page) => page.waitForNetworkIdle({ idleTime: 100, timeout: 10_000 }).catch(() => {});

function firefoxPage(page: Page, baseURL: string, label: string, errors: string[], close: () => Promise<void>): EnginePage {
	return {
		label,
		async goto(path) {
			await fetched(page);
			await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
		},
		async reload() {
			await fetched(page);
			await page.reload({ waitUntil: 'load' });
		},
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
