import { chromium } from '@playwright/test';
const [url, w, h, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: 3, reducedMotion: 'reduce', isMobile: +w < 900, hasTouch: +w < 900 });
const p = await ctx.newPage();
await p.goto(url, { waitUntil: 'networkidle' });
await p.waitForTimeout(1200);
await p.locator('[data-visual="map"] [data-testid="transfer-map"]').first().screenshot({ path: out });
await b.close();
