// Before the browser tests: make sure the engines are there. Chromium runs every spec, so without one
// the run stops; Firefox and WebKit run the cross-engine spec (tests/e2e/engines.spec.ts), and ffmpeg
// the videos' (tests/e2e/video.spec.ts). On a Debian machine as root, what is missing is installed
// from Debian's packages (about a minute); anywhere else, a missing engine or ffmpeg is named in one
// line, with what to install, and the run goes on without it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, testChromium } from './chromium.ts';
import { DEBIAN_PACKAGES, findFirefox, findWebKit } from './engines.ts';
import { FFMPEG_PACKAGE, FFMPEG_SKIPPED, findFfmpeg } from './ffmpeg.ts';

const canInstall = existsSync('/etc/debian_version') && process.getuid?.() === 0;
// (Chromium's headless shell makes the suite about a third cheaper than the full browser: chromium.ts.)
const shell = testChromium().executablePath;
const headlessShell = !shell || !!process.env.CHROMIUM_PATH || shell.endsWith('headless-shell');
const packages = [
	...(findChromium() ? [] : ['chromium']),
	...(headlessShell ? [] : ['chromium-headless-shell']),
	...(findFirefox() ? [] : DEBIAN_PACKAGES.firefox),
	...(findWebKit() ? [] : DEBIAN_PACKAGES.webkit),
	...(findFfmpeg() ? [] : [FFMPEG_PACKAGE])
];
if (packages.length && canInstall) {
	console.log(`Installing Debian’s ${packages.join(', ')} for the browser tests (apt-get)…`);
	execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
}
const chromium = findChromium();
if (!chromium) {
	console.error('No Chromium for the browser tests: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to it.');
	process.exit(1);
}
const firefox = findFirefox();
const webkit = findWebKit();
const how = (e: typeof firefox) =>
	!e ? 'none' : e.via === 'playwright' ? 'Playwright’s' : e.via === 'bidi' ? e.executablePath : `${e.browser} (WebKitWebDriver${e.xvfb ? ', under Xvfb' : ''})`;
const ffmpeg = findFfmpeg();
console.log(
	`Browser tests use Chromium ${testChromium().executablePath ?? 'Playwright’s'} (tools: ${chromium}); Firefox: ${how(firefox)}; WebKit: ${how(webkit)}; ffmpeg: ${ffmpeg ?? 'none'}`
);
if (!ffmpeg) console.log(FFMPEG_SKIPPED);
