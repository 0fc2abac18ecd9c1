// `npm run docs:screenshots -- [BASE]`: retakes the documentation's pictures of the story (README,
// docs/reading-and-visuals.md) from a running build (default http://localhost:4173, `npm run preview`),
// so they show what the story draws today. Each is one step, one view, one edition, one screen size.
import { launchChromium } from './chromium.ts';

const base = (process.argv[2] ?? 'http://localhost:4173').replace(/\/$/, '');
const phone = { width: 390, height: 844 };
const landscape = { width: 844, height: 390 };
const tablet = { width: 820, height: 1180 };
const desktop = { width: 1440, height: 900 };
const projector = { width: 1920, height: 1080 };

/** [file under docs/screenshots, address, screen]. */
const shots: [string, string, { width: number; height: number }][] = [
	['sign-off/lead-phone.jpg', '/', phone],
	['sign-off/units-desktop.jpg', '/#detainees-received', desktop],
	['sign-off/units-arabic-phone.jpg', '/ar/#detainees-received', phone],
	['sign-off/units-embed-360.jpg', '/embed/?step=first-150-in-context', { width: 360, height: 640 }],
	['sign-off/closing-desktop.jpg', '/#maliki-warning', desktop],
	['sign-off/axis-iraq-asks-desktop.jpg', '/#iraq-asks-us-to-leave', desktop],
	['sign-off/era-closeup-desktop.jpg', '/#iraq-holds-prisoners', desktop],
	['sign-off/map-frame-deck.jpg', '/present/#arrivals-land-and-air', projector],
	['sign-off/map-repatriations-landscape.jpg', '/#repatriations', landscape],
	['sign-off/map-surge-tablet.jpg', '/#isis-surge-2014', tablet],
	['sign-off/map-border-activity-phone.jpg', '/#border-activity', phone],
	['sign-off/map-border-activity-arabic.jpg', '/ar/#border-activity', desktop],
	['phone-portrait-centcom.png', '/#centcom-statement', phone],
	['phone-landscape-centcom.png', '/#centcom-statement', landscape]
];

const browser = await launchChromium();
for (const [file, path, viewport] of shots) {
	const page = await browser.newPage({ viewport, reducedMotion: 'reduce', deviceScaleFactor: 1 });
	await page.goto(base + path);
	await page.locator('[data-hydrated="true"]').first().waitFor();
	// (A page opened at a step draws its graphic; one opened at its top on a phone waits for a scroll.)
	if (path.includes('#')) await page.locator('[data-testid="graphic"]').first().waitFor();
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(300);
	const out = `docs/screenshots/${file}`;
	await page.screenshot({ path: out, ...(file.endsWith('.jpg') ? { type: 'jpeg', quality: 80 } : {}) });
	console.log(`wrote ${out}`);
	await page.close();
}
await browser.close();
