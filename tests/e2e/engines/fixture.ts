/**
 * The cross-engine tests' fixture: `enginePage`, a page in the project's engine (the `engine` option:
 * chromium, firefox or webkit, set per project in playwright.config.ts), driven by Playwright where it
 * has the engine and by the system browser's own driver where it has not (scripts/engines.ts). Each
 * test fails on the page's uncaught errors and console errors, as the Chromium suite's fixture does.
 */
import { test as base, expect } from '@playwright/test';
import { findFirefox, findWebKit, type EngineName, type EngineSetup } from '../../../scripts/engines';
import type { EngineDriver, EnginePage } from './enginePage';
import { firefoxBidiDriver } from './firefoxBidi';
import { playwrightDriver } from './playwrightDriver';
import { webkitDriver } from './webkitDriver';

function setupOf(engine: EngineName): EngineSetup {
	const setup = engine === 'chromium' ? ({ engine, via: 'playwright' } as const) : engine === 'firefox' ? findFirefox() : findWebKit();
	if (!setup) throw new Error(`No ${engine} on this machine (playwright.config.ts adds its project only when there is one).`);
	return setup;
}

function start(setup: EngineSetup): Promise<EngineDriver> {
	if (setup.via === 'playwright') return playwrightDriver(setup.engine);
	if (setup.via === 'bidi') return firefoxBidiDriver(setup.executablePath);
	return webkitDriver(setup);
}

export const test = base.extend<{ enginePage: EnginePage }, { engine: EngineName; engineDriver: EngineDriver }>({
	engine: ['chromium', { option: true, scope: 'worker' }],
	// One browser per worker: starting Firefox or MiniBrowser takes seconds.
	engineDriver: [
		async ({ engine }, use) => {
			const driver = await start(setupOf(engine));
			await use(driver);
			await driver.stop();
		},
		{ scope: 'worker', timeout: 60_000 }
	],
	enginePage: async ({ engineDriver, baseURL }, use, testInfo) => {
		const page = await engineDriver.newPage(baseURL!);
		testInfo.annotations.push({ type: 'engine', description: engineDriver.label });
		await use(page);
		const errors = await page.errors();
		await page.close();
		expect(errors, `console and page errors in ${engineDriver.label}`).toEqual([]);
	}
});

export { expect };
