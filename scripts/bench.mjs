// `npm run bench`: performance figures for the built site, served as plain files on loopback and
// loaded in the Chromium the tests use. Prints every figure with its budget and exits non-zero when
// one is over. (CI does not run this: timings belong here, not in tests.)
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { marksInSight, summarise } from './marks-in-sight.mjs';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('@playwright/test');

const dir = process.env.BUILD_DIR ?? 'build';
const server = await serve(dir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChromium();
const DEBUG_PORT = 9333;
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`]
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
/** Records a figure; `ok` is null when the figure has no budget. */
const figure = (name, value, budget = '', ok = null) => rows.push({ name, value, budget, ok });

try {
	// 1. What the first load of / costs.
	{
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const bodies = [];
		page.on('response', async (r) => {
			try {
				bodies.push({ url: r.url(), type: r.request().resourceType(), body: await r.body() });
			} catch {
				// Redirects and aborted requests have no body.
			}
		});
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		const js = bodies.filter((b) => b.type === 'script' || b.url.endsWith('.js'));
		const jsRaw = js.reduce((s, b) => s + b.body.length, 0);
		const jsGz = js.reduce((s, b) => s + gzipSync(b.body).length, 0);
		const all = bodies.reduce((s, b) => s + b.body.length, 0);
		const allGz = bodies.reduce((s, b) => s + gzipSync(b.body).length, 0);
		figure('First-load JS, raw', kb(jsRaw));
		figure('First-load JS, gzipped', kb(jsGz), '≤ 80 KB', jsGz <= 80 * 1024);
		figure('First-load total (all requests), raw', kb(all));
		figure('First-load total, gzipped', kb(allGz));
		figure('Requests on first load', String(bodies.length));
		await page.close();
	}

	// 2. Long tasks while scrolling the whole story at a steady pace, with motion on.
	{
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference' });
		const page = await context.newPage();
		await page.addInitScript(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__longTasks.push(e.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		await page.waitForTimeout(1000);
		await page.evaluate(() => (window.__longTasks = []));
		const seconds = await page.evaluate(
			() =>
				new Promise((done) => {
					// 1,200 px a second, one step per animation frame, from the top to the bottom.
					const end = document.documentElement.scrollHeight - innerHeight;
					const started = performance.now();
					const frame = (now) => {
						const y = Math.min(end, ((now - started) / 1000) * 1200);
						scrollTo(0, y);
						if (y < end) requestAnimationFrame(frame);
						else setTimeout(() => done((performance.now() - started) / 1000), 1200);
					};
					requestAnimationFrame(frame);
				})
		);
		const tasks = await page.evaluate(() => window.__longTasks);
		figure('Scroll through the story (1,200 px/s)', `${seconds.toFixed(1)} s`);
		figure('Long tasks (>50 ms) while scrolling', String(tasks.length), '0', tasks.length === 0);
		figure('Longest task while scrolling', tasks.length ? `${Math.max(...tasks).toFixed(0)} ms` : '—');
		await context.close();
	}

	// 3. Marks in sight while reading: every step at three reading positions, on phones and a tablet.
	for (const [name, width, height] of [
		['phone portrait 390×844', 390, 844],
		['phone landscape 844×390', 844, 390],
		['tablet 820×1180', 820, 1180]
	]) {
		const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		const { share, text, misses } = summarise(await marksInSight(page));
		figure(`Marks in sight while reading, ${name}`, text, '100%', share === 100);
		for (const m of misses) console.log(`  not in sight (${name}): ${m}`);
		await context.close();
	}

	// 4. Lighthouse, mobile settings (its default: simulated slow 4G and a 4× slower CPU).
	{
		const result = await lighthouse(`${origin}/`, {
			port: DEBUG_PORT,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const { categories, audits } = result.lhr;
		const score = (id) => Math.round(categories[id].score * 100);
		figure('Lighthouse performance (mobile)', String(score('performance')), '≥ 95', score('performance') >= 95);
		figure('Lighthouse accessibility', String(score('accessibility')), '100', score('accessibility') === 100);
		figure('Lighthouse best practices', String(score('best-practices')), '100', score('best-practices') === 100);
		figure('Lighthouse SEO', String(score('seo')), '100', score('seo') === 100);
		figure('Largest Contentful Paint', audits['largest-contentful-paint'].displayValue);
		const cls = audits['cumulative-layout-shift'].numericValue;
		figure('Cumulative Layout Shift', cls.toFixed(3), '≤ 0.01', cls <= 0.01);
		figure('Total Blocking Time', audits['total-blocking-time'].displayValue);
		const failing = Object.values(audits).filter(
			(a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices', 'seo'].some((c) => categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))
		);
		for (const a of failing) console.log(`  lighthouse: ${a.id}: ${a.title}`);
	}

	// 5. Sizes on disk.
	const size = (file) => statSync(join(dir, file)).size;
	const gz = (file) => gzipSync(readFileSync(join(dir, file))).length;
	figure('index.html (prerendered story, data inlined)', `${kb(size('index.html'))} (${kb(gz('index.html'))} gz)`);
	figure('offline.html (everything in one file)', `${kb(size('offline.html'))} (${kb(gz('offline.html'))} gz)`);
} finally {
	await browser.close();
	server.close();
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log('');
for (const r of rows) {
	const mark = r.ok === null ? ' ' : r.ok ? '✓' : '✗';
	console.log(`${mark} ${r.name.padEnd(width)}  ${r.value.padStart(22)}  ${r.budget ? `budget ${r.budget}` : ''}`);
}
const over = rows.filter((r) => r.ok === false);
console.log(over.length ? `\n${over.length} figure(s) over budget.` : '\nEvery budgeted figure is within budget.');
process.exit(over.length ? 1 : 0);
