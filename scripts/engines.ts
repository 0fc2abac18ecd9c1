// Which Firefox and which WebKit (Safari's engine) the browser tests drive, beside Chromium
// (scripts/chromium.ts). Playwright's own builds where they are installed (`npx playwright install
// firefox webkit`, an ordinary laptop); else the system's: Firefox ESR driven over WebDriver BiDi by
// puppeteer-core, and WebKitGTK's MiniBrowser driven by its WebKitWebDriver (Debian packages
// `firefox-esr`, `webkit2gtk-driver`, with `xvfb` where there is no display). Playwright cannot
// download its browsers on some machines (this one); Debian's engines are the same engines.
import { existsSync } from 'node:fs';
import { firefox, webkit, type BrowserType } from '@playwright/test';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** How an engine is driven: through Playwright, or through the system's browser and its own driver. */
export type EngineSetup =
	| { engine: EngineName; via: 'playwright'; executablePath?: string }
	| { engine: 'firefox'; via: 'bidi'; executablePath: string }
	| { engine: 'webkit'; via: 'webdriver'; driver: string; browser: string; xvfb: boolean };

/** The path of Playwright's own build of an engine, where `npx playwright install` has put it. */
export function playwrightBuild(type: BrowserType): string | undefined {
	try {
		const path = type.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined; // Playwright has no build of its own here.
	}
}

/** The first of `paths` that is a file on this machine. */
export const firstFile = (paths: (string | undefined)[]) => paths.find((p): p is string => !!p && existsSync(p));

/** Firefox: Playwright's, else FIREFOX_PATH, else Debian's firefox-esr (or a system firefox). */
export function findFirefox(): EngineSetup | undefined {
	if (playwrightBuild(firefox)) return { engine: 'firefox', via: 'playwright' };
	const path = firstFile([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
	return path ? { engine: 'firefox', via: 'bidi', executablePath: path } : undefined;
}

/** MiniBrowser, WebKitGTK's test browser, where Debian's libwebkit2gtk packages put it. */
const MINIBROWSER = [
	'/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser'
];

/** WebKit: Playwright's, else WebKitGTK's driver and MiniBrowser (under Xvfb when there is no display). */
export function findWebKit(): EngineSetup | undefined {
	if (playwrightBuild(webkit)) return { engine: 'webkit', via: 'playwright' };
	const driver = firstFile(['/usr/bin/WebKitWebDriver']);
	const browser = firstFile([process.env.MINIBROWSER_PATH, ...MINIBROWSER]);
	const xvfb = !process.env.DISPLAY;
	if (!driver || !browser || (xvfb && !existsSync('/usr/bin/xvfb-run'))) return undefined;
	return { engine: 'webkit', via: 'webdriver', driver, browser, xvfb };
}

/** What to install for a missing engine, in one line. */
export const MISSING: Record<'firefox' | 'webkit', string> = {
	firefox:
		'Firefox: none here, so the cross-engine tests (tests/e2e/engines.spec.ts) do not run in it. Install it with `npx playwright install firefox`, or Debian’s `firefox-esr` (or set FIREFOX_PATH).',
	webkit:
		'WebKit: none here, so the cross-engine tests (tests/e2e/engines.spec.ts) do not run in it. Install it with `npx playwright install webkit`, or Debian’s `webkit2gtk-driver` and `xvfb`.'
};

/** The Debian packages that give each engine. */
export const DEBIAN_PACKAGES = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] } as const;
