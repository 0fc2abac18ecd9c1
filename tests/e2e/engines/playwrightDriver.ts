/** An engine Playwright drives itself: Chromium always; Firefox and WebKit where its builds are installed. */
import { chromium, firefox, webkit, type Page } from '@playwright/test';
import { chromiumArgs, testChromium } from '../../../scripts/chromium';
import type { EngineName } from '../../../scripts/engines';
import type { EngineDriver, EnginePage, Key } from './enginePage';

export async function playwrightDriver(engine: EngineName): Promise<EngineDriver> {
	const type = { chromium, firefox, webkit }[engine];
	const browser = await type.launch(engine === 'chromium' ? { ...testChromium(), args: chromiumArgs } : {});
	const label = `${engine} ${browser.version()} (Playwright)`;
	return {
		label,
		async newPage(baseURL) {
			const context = await browser.newContext({ baseURL, reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
			});
			return playwrightPage(page, label, errors);
		},
		stop: () => browser.close()
	};
}

function playwrightPage(page: Page, label: string, errors: string[]): EnginePage {
	return {
		label,
		goto: async (path) => void (await page.goto(path)),
		reload: async () => void (await page.reload()),
		async resize(size) {
			await page.setViewportSize(size);
			return size;
		},
		evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
		addScript: async (source) => void (await page.evaluate(source)),
		press: (key: Key) => page.keyboard.press(key),
		errors: async () => errors,
		close: () => page.context().close()
	};
}
