// Which Chromium the browser tests (and the handout, bench and screenshot tools) drive:
// Playwright's own build where it is installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Path of a Chromium executable, or undefined when none is on this machine. */
export function findChromium(): string | undefined {
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright has no browser of its own here.
	}
	return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
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
