// Which Chromium the browser tests (and the handout, bench and screenshot tools) drive:
// Playwright's own build where it is installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { chromium } from '@playwright/test';
import { firstFile, playwrightBuild } from './engines.ts';

/** Path of a Chromium executable, or undefined when none is on this machine. */
export function findChromium(): string | undefined {
	return playwrightBuild(chromium) ?? firstFile([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

/**
 * The Chromium the browser tests drive: Playwright's choice where it has its own builds (its headless
 * shell), else CHROMIUM_PATH, else Debian's `chromium-headless-shell`, else the full browser. The
 * headless shell is the same engine without the browser's own user interface and services, and what
 * Playwright itself runs headless; it costs the suite less CPU. (The bench, the handout and the share
 * cards keep the full browser: `findChromium`.)
 */
export function testChromium(): { executablePath?: string } {
	if (playwrightBuild(chromium)) return {};
	const path = firstFile([process.env.CHROMIUM_PATH, '/usr/bin/chromium-headless-shell']) ?? findChromium();
	return path ? { executablePath: path } : {};
}

/** Launch flags that keep Chromium quiet on a machine with no internet. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Starts the Chromium above through Playwright (the handout, the share cards and the bench drive it),
 * with the quiet flags and any `extraArgs`.
 */
export function launchChromium(extraArgs: string[] = []) {
	const executablePath = findChromium();
	return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, ...extraArgs] });
}
