/**
 * What the performance work promises, as a reader would notice it (timings themselves are in
 * `npm run bench`, not here): the page paints from its HTML alone, in its final layout, without
 * waiting for its scripts; the reading page never downloads the briefing's code, and a view whose code
 * arrives later arrives with its styles.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordShifts, shiftsSeen } from './shifts';
import { story } from './story';

/**
 * Where the headline, dek, first step, the lead picture and the graphic's place sit on the page (the
 * graphic is drawn by its script into a place the page has already laid out: see docs/performance.md).
 */
const landmarks = (page: Page) =>
	page.evaluate(() =>
		['h1', '.dek', '[data-step-id]', '[data-testid="graphic-stage"]', '[data-testid="lead-graphic"]', '[data-testid="sources-and-method"]'].map((s) => {
			const r = document.querySelector(s)!.getBoundingClientRect();
			return { s, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
		})
	);

for (const size of [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'laptop', width: 1440, height: 900 }
]) {
	test(`the first paint needs only the HTML and is the final layout (${size.name})`, async ({ browser }) => {
		// Without any script or font the page is readable; the graphic's place says why it is empty…
		const bare = await browser.newContext({ viewport: size, javaScriptEnabled: false });
		const noScript = await bare.newPage();
		const asked: string[] = [];
		noScript.on('request', (r) => asked.push(r.url()));
		await noScript.goto('/');
		await expect(noScript.locator('h1')).toBeVisible();
		// Its styles are in the page (no stylesheet to wait for); the only fonts asked for are the faces its
		// head preloads (see the fonts test below). (Its module preloads are fetched too, and never run.)
		const faces = await noScript.locator('head link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
		expect(
			asked.filter((u) => /\.(woff2|css)(\?|$)/.test(u) && !faces.includes(u)),
			'nothing but the HTML and its faces for the first paint'
		).toEqual([]);
		await expect(noScript.getByTestId('graphic-needs-script')).toBeVisible();
		await expect(noScript.getByTestId('graphic')).toHaveCount(0);
		await bare.close();

		// …and as a browser with JavaScript first paints it (the app's code held back), it is
		// already laid out…
		const held = await browser.newContext({ viewport: size });
		const before = await held.newPage();
		// (Both pages here are set in the fallbacks: whether an `optional` face makes a first visit's
		// first paint is a race of its own, per page, with nothing moving either way; this compares
		// the layout before and after the scripts.)
		await before.route(/\/_app\/.*\.(js|woff2)$/, (route) => route.abort());
		await before.goto('/');
		await expect(before.locator('h1')).toBeVisible();
		const still = await landmarks(before);
		await expect(before.getByTestId('graphic-needs-script')).toHaveCount(0);
		await held.close();

		// …exactly where the running page has it once scripts have started, the graphic drawn in its place.
		const live = await browser.newContext({ viewport: size });
		const page = await live.newPage();
		await page.route(/\.woff2$/, (route) => route.abort());
		await page.goto('/');
		await expect(page.locator('[data-testid="reader"]')).toHaveAttribute('data-hydrated', 'true');
		expect(await landmarks(page)).toEqual(still);
		// (A phone's first screen is the headline and the lead picture: its graphic comes as the reader
		// starts to read, docs/test-contract.md.)
		await page.evaluate(() => scrollBy(0, 1));
		await expect(page.getByTestId('graphic')).toBeVisible();
		const [stage, graphic] = await Promise.all(['graphic-stage', 'graphic'].map((id) => page.getByTestId(id).boundingBox()));
		expect(graphic!.width * graphic!.height, 'the graphic fills most of its place').toBeGreaterThan(0.6 * stage!.width * stage!.height);
		expect(graphic!.x).toBeGreaterThanOrEqual(stage!.x - 1);
		expect(graphic!.y).toBeGreaterThanOrEqual(stage!.y - 1);
		expect(graphic!.x + graphic!.width).toBeLessThanOrEqual(stage!.x + stage!.width + 1);
		expect(graphic!.y + graphic!.height).toBeLessThanOrEqual(stage!.y + stage!.height + 1);
		await live.close();
	});
}

test('the first paint does not wait for the scripts', async ({ page }) => {
	// Scripts held back on the way (as on a slow link) until the page has painted: it paints, its text
	// on screen, with none of them arrived (were the page to wait for one, this would time out). Held
	// for a paint, not for a set time: at 1.5 s a script, the modules (fetched a level at a time) kept a
	// worker idle for 12 s.
	await page.route(/\/_app\/.*\.js$/, async (route) => {
		await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await expect(page.locator('[data-testid="reader"]')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
	const { paint, scripts } = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
		scripts: performance
			.getEntriesByType('resource')
			.filter((e) => e.name.endsWith('.js'))
			.map((e) => (e as PerformanceResourceTiming).responseEnd)
	}));
	expect(scripts.length).toBeGreaterThan(0);
	expect(paint).toBeLessThan(Math.min(...scripts));
});

test('a first visit is set in the story faces from its first paint: preloaded from the head, and nothing moves', async ({ page }) => {
	await recordShifts(page);
	const fonts: string[] = [];
	page.on('request', (r) => r.url().endsWith('.woff2') && fonts.push(r.url()));
	const html = (await (await page.goto('/'))?.text()) ?? '';
	// Asked for by the HTML's head (preload links), before any script runs.
	const preloads = await page.locator('head link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
	expect(preloads).toHaveLength(4);
	// And nothing else: the modules are asked for by SvelteKit's start-up script at the end of the body,
	// so on a slow link they do not share it with the faces and the page before the first paint.
	// (Read in the page as served: once running, the app adds links of its own.)
	expect(html).toContain('rel="preload" as="font"');
	expect(html).not.toMatch(/rel="modulepreload"|as="script"/);
	await expect(page.locator('[data-testid="reader"]')).toHaveAttribute('data-hydrated', 'true');
	expect(new Set(fonts)).toEqual(new Set(preloads));
	expect(await page.evaluate(() => document.fonts.check('700 2rem "Source Serif 4"') && document.fonts.check('600 1rem "Source Sans 3"'))).toBe(true);
	expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/^"?Source Serif 4"?,/);
	// Nothing a reader can see moved while it loaded: no box by a pixel or more (a face that came after
	// the first paint on a busy machine takes its fallback's place, and only its text is re-set).
	expect(await shiftsSeen(page)).toEqual([]);
});

// A first visit on a slow link: the faces arrive after the page has painted in their fallbacks. They are
// held here until the first paint (not for a set time), so the test does not hang on this machine's speed.
for (const view of [
	{ name: 'reading page, phone', path: '/', width: 390, height: 844, serif: 'h1', sans: '.byline .name' },
	{ name: 'briefing deck, projector', path: '/present/', width: 1920, height: 1080, serif: 'h1', sans: '.bar button' },
	{ name: 'embed, phone', path: '/embed/', width: 390, height: 844, serif: 'h1', sans: '.credit .byline' },
	{ name: 'Arabic reading page, phone', path: '/ar/', width: 390, height: 844 },
	{ name: 'Arabic briefing deck, projector', path: '/ar/present/', width: 1920, height: 1080 },
	// The Arabic typeface in time (preloaded), the Latin faces its spaces and Latin words are set in late
	// (not preloaded in this edition), at 412 px (Lighthouse's phone), where the dek's last line is all
	// but full: a Latin serif swapped in for its fallback rewrapped the dek and moved the picture under it.
	{ name: 'Arabic reading page, phone, its Latin faces late', path: '/ar/', width: 412, height: 915, late: /source-(serif|sans)/ }
] as { name: string; path: string; width: number; height: number; serif?: string; sans?: string; late?: RegExp }[]) {
	test(`faces that arrive after the first paint take the fallbacks' place and nothing moves (${view.name})`, async ({ page }) => {
		await page.setViewportSize({ width: view.width, height: view.height });
		await recordShifts(page);
		const held: string[] = [];
		const arrived = new Set<string>();
		page.on('requestfinished', (r) => arrived.add(r.url()));
		await page.route('**/*.woff2', async (route) => {
			if (view.late && !view.late.test(route.request().url())) return route.continue();
			held.push(route.request().url());
			await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
			// (Faces named late come once the page has started, after every text on it has been laid out.)
			if (view.late) await page.waitForFunction(() => !!document.querySelector('[data-hydrated="true"]'));
			await route.continue();
		});
		await page.goto(view.path);
		await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
		expect(held.length).toBeGreaterThan(0);
		// Every face held back has come (read before that, a shift its coming causes could be missed).
		await expect.poll(() => held.every((url) => arrived.has(url))).toBe(true);
		expect(await shiftsSeen(page)).toEqual([]);
		// The story's faces are the ones set once they are in (\`swap\`), not the fallbacks: the text is as
		// wide as in the story's face alone, and not as in its fallback alone.
		for (const [selector, face] of [
			[view.serif, 'Source Serif 4'],
			[view.sans, 'Source Sans 3']
		] as const) {
			if (!selector) continue;
			const widths = await page
				.locator(selector)
				.first()
				.evaluate((el, face) => {
					const width = (family: string) => {
						const copy = el.cloneNode(true) as HTMLElement;
						Object.assign(copy.style, { position: 'absolute', width: 'max-content', minWidth: '0', fontFamily: family });
						el.parentElement!.append(copy);
						const w = copy.getBoundingClientRect().width;
						copy.remove();
						return w;
					};
					return { set: width(''), face: width(`"${face}"`), fallback: width(`"${face} fallback"`) };
				}, face);
			expect(widths.set, `${selector} set in ${face}`).toBeCloseTo(widths.face, 1);
			expect(Math.abs(widths.set - widths.fallback), `${selector} no longer in ${face}'s fallback`).toBeGreaterThan(0.5);
		}
	});
}

/** Every script a page loads, by URL, with its text (in a page of its own). */
async function scriptsOf(page: Page, path: string) {
	const tab = await page.context().newPage();
	const bodies = new Map<string, string>();
	tab.on('response', async (r) => {
		if (r.url().endsWith('.js')) bodies.set(r.url(), await r.text().catch(() => ''));
	});
	await tab.goto(path);
	await expect(tab.locator('[data-hydrated="true"]')).toHaveCount(1);
	await tab.waitForLoadState('networkidle');
	await tab.close();
	return bodies;
}

test('the reading page never downloads the briefing, and the speaker view arrives with its styles', async ({ page }) => {
	const reading = await scriptsOf(page, '/');
	// The deck's own words: its key help and its step grid live in the briefing's code only.
	const deckMarkers = ['data-testid="deck"', 'speaker-notes'];
	for (const [url, text] of reading) for (const marker of deckMarkers) expect(text.includes(marker), `${url} carries ${marker}`).toBe(false);

	const briefing = await scriptsOf(page, '/present/');
	const briefingOnly = [...briefing.keys()].filter((u) => !reading.has(u));
	expect(briefingOnly.length, 'the briefing loads code the reading page did not').toBeGreaterThan(0);

	await page.goto('/present/?view=speaker');
	const speaker = page.getByTestId('speaker-view');
	await expect(speaker).toHaveAttribute('data-hydrated', 'true');
	// Styled, not a bare column of text: its stylesheet came with its code.
	expect(await speaker.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
});

test('a view that lives on another page is reached from ?view=, keeping the step', async ({ page }) => {
	const last = story.events.at(-1)!.id;
	await page.goto(`/?view=present#${last}`);
	await expect(page).toHaveURL(new RegExp(`/present/#${last}$`));
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
});
