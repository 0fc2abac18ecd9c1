// Before the browser tests: make sure a Chromium is there. On a Debian machine as root with none,
// install Debian's package; anywhere else, say in one line what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

let found = findChromium();
if (!found && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
	console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	found = findChromium();
}
if (!found) {
	console.error('No Chromium for the browser tests: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to it.');
	process.exit(1);
}
console.log(`Browser tests use ${found}`);
