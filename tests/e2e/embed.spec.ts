/**
 * The embed (`/embed/`): the story inside another site's article, in an iframe that sizes itself.
 * The host article is tests/fixtures/embed-host/ on 127.0.0.1:4190 (allowed to frame the embed by
 * the build's EMBED_HOSTS) and :4191 (not allowed), another origin than the story's localhost:4180.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordShifts, shiftsSeen } from './shifts';
import { dateText, story } from './story';

const embed = (page: Page | Frame) => page.getByTestId('embed');
const caption = (page: Page | Frame) => embed(page).locator('[aria-current="step"]');

/**
 * The host article framing `src` in a column `width` pixels wide: with the resizer script it publishes
 * (`embed/frames.js`), or with `plain` (a height in px, or '' for the browser's default) in a plain
 * iframe of that height, as a page that has no resizer would.
 */
const hostPage = (src: string, width = 640, port = 4190, plain?: string) =>
	`http://127.0.0.1:${port}/?${new URLSearchParams({ src, width: String(width), ...(plain === undefined ? {} : { plain }) })}`;

async function framed(page: Page, src: string, width?: number, plain?: string): Promise<Frame> {
	await page.goto(hostPage(src, width, 4190, plain));
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('embed')).toHaveAttribute('data-hydrated', 'true');
	const inside = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
	// The embed is in the host's frame, not a page of its own.
	expect(await inside.evaluate(() => window !== window.top)).toBe(true);
	return inside;
}

/** The frame's height as a reader sees it in the host page, and the height of the embed's document. */
async function heights(page: Page, frame: Frame) {
	const set = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
	const content = await frame.evaluate(() => document.documentElement.offsetHeight);
	return { set, content };
}

test('nothing moves while it loads: the picture shows once it is laid out for the frame’s width', async ({ page }) => {
	await recordShifts(page);
	// A map step in a phone's column (a plain frame 360 px wide in the host article): its key wraps into
	// more rows there than in the prerendered layout.
	// (The host's window is tall enough to show the whole frame: nothing of it is throttled off screen.)
	await page.setViewportSize({ width: 800, height: 1000 });
	const frame = await framed(page, 'http://localhost:4180/embed/', 360, '800');
	expect(await frame.evaluate(() => innerWidth)).toBe(360);
	await expect(page.frameLocator('iframe').getByTestId('graphic')).toBeVisible();
	expect(await shiftsSeen(frame)).toEqual([]);
});

test('reads without JavaScript: the first step, its date, title and text, with the controls off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	// Even an address that asks for another step: with no script to read it, the first step shows.
	await page.goto(`/embed/?step=${story.events[4].id}`);
	const first = story.events[0];
	await expect(caption(page)).toHaveAttribute('data-step-id', first.id);
	await expect(caption(page).locator('h1')).toHaveText(first.title);
	await expect(caption(page).getByText(first.body[0])).toBeVisible();
	await expect(caption(page).locator('time')).toHaveText(dateText(first));
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', first.id);
	await expect(page.getByTestId('next-step')).toBeDisabled();
	await context.close();
});

test('asked for a step, it shows nothing until it is there, never the wrong step; the first step if its script fails', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The app's code never arrives (a blocked or broken script).
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	// The page's clock stands still until the test moves it, so "until" does not depend on how fast
	// this machine loads the page.
	const now = Date.now();
	await page.clock.install({ time: now });
	await page.clock.pauseAt(now + 1000);
	await page.goto(`/embed/?step=${story.events[5].id}`);
	await expect(caption(page).locator('h1')).toBeHidden();
	await expect(page.getByTestId('graphic')).toBeHidden();
	await page.clock.runFor(2000);
	await expect(caption(page).locator('h1')).toBeHidden();
	// After a moment (2.5 s) the prerendered first step is shown: readable, as without JavaScript.
	await page.clock.runFor(600);
	await expect(caption(page).locator('h1')).toBeVisible();
	await expect(caption(page)).toHaveAttribute('data-step-id', story.events[0].id);
	// A step asked for by the hash is waited for the same way.
	await page.goto(`/embed/#${story.events[5].id}`);
	await expect(caption(page).locator('h1')).toBeHidden();
	await page.clock.runFor(2600);
	await expect(caption(page).locator('h1')).toBeVisible();
	await context.close();
});

test('?step opens at that step; ← → PageUp PageDown Home End and the buttons walk the story', async ({ page }) => {
	const ids = story.events.map((e) => e.id);
	await page.goto(`/embed/?step=${ids[3]}`);
	await expect(embed(page)).toHaveAttribute('data-hydrated', 'true');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[3]);
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids[3]);
	await expect(caption(page).locator('h1')).toHaveText(story.events[3].title);
	await expect(page.getByTestId('embed-position')).toHaveText(`4 of ${ids.length}`);

	await page.keyboard.press('ArrowRight');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[4]);
	await page.keyboard.press('PageUp');
	await page.keyboard.press('ArrowLeft');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[2]);
	await page.keyboard.press('End');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids.at(-1)!);
	await expect(page.getByTestId('next-step')).toBeDisabled();
	await page.keyboard.press('Home');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[0]);
	await expect(page.getByTestId('previous-step')).toBeDisabled();
	await page.getByTestId('next-step').click();
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[1]);
	// The link opens the whole story at the step on show.
	await expect(page.getByTestId('embed-story-link')).toHaveAttribute('href', new RegExp(`#${ids[1]}$`));
	// ↓ and Space are left to the host page (they scroll the article around the frame).
	await page.keyboard.press('ArrowDown');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[1]);
});

test('a hash opens at that step, as in the other views (#latest the newest); a new hash moves it there', async ({ page }) => {
	const ids = story.events.map((e) => e.id);
	await page.goto(`/embed/#${ids[6]}`);
	await expect(embed(page)).toHaveAttribute('data-hydrated', 'true');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[6]);
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids[6]);
	await expect(page.getByTestId('embed-position')).toHaveText(`7 of ${ids.length}`);
	// The host page changes the frame's address to another step's hash: no reload, the embed moves.
	await page.evaluate(() => (location.hash = 'latest'));
	await expect(caption(page)).toHaveAttribute('data-step-id', ids.at(-1)!);
	await expect(page.getByTestId('next-step')).toBeDisabled();
	// ?step is the embed's own word for it, and wins.
	await page.goto(`/embed/?step=${ids[2]}#${ids[6]}`);
	await expect(embed(page)).toHaveAttribute('data-hydrated', 'true');
	await expect(caption(page)).toHaveAttribute('data-step-id', ids[2]);
});

test('?steps shows only those steps, in the story’s order; unknown ids are skipped', async ({ page }) => {
	const chosen = [story.events[7], story.events[2], story.events[11]];
	const inOrder = [...chosen].sort((a, b) => story.events.indexOf(a) - story.events.indexOf(b)).map((e) => e.id);
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	await page.goto(`/embed/?steps=${chosen.map((e) => e.id).join(',')},no-such-step&step=${chosen[0].id}`);
	await expect(embed(page)).toHaveAttribute('data-hydrated', 'true');
	await expect(embed(page)).toHaveAttribute('data-step-count', '3');
	await expect(caption(page)).toHaveAttribute('data-step-id', chosen[0].id);
	await expect(page.getByTestId('embed-position')).toHaveText('2 of 3');
	const seen = [];
	await page.keyboard.press('Home');
	for (let i = 0; i < 3; i++) {
		seen.push(await caption(page).getAttribute('data-step-id'));
		await page.keyboard.press('ArrowRight');
	}
	expect(seen).toEqual(inOrder);
	await expect(caption(page)).toHaveAttribute('data-step-id', inOrder[2]);
	expect(warnings.join('\n')).toContain('no-such-step');
});

test('a swipe on the picture moves to the next or previous step', async ({ page }) => {
	await page.goto('/embed/');
	await expect(embed(page)).toHaveAttribute('data-hydrated', 'true');
	const picture = page.getByTestId('graphic');
	const box = (await picture.boundingBox())!;
	const swipe = async (dx: number) => {
		const y = box.y + box.height / 2;
		const x = box.x + box.width / 2;
		await picture.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: x, clientY: y, bubbles: true });
		await picture.dispatchEvent('pointerup', { pointerType: 'touch', clientX: x + dx, clientY: y + 4, bubbles: true });
	};
	await swipe(-120);
	await expect(caption(page)).toHaveAttribute('data-step-id', story.events[1].id);
	await swipe(120);
	await expect(caption(page)).toHaveAttribute('data-step-id', story.events[0].id);
});

test.describe('in a host article', () => {
	// The step whose caption takes the most room and the one that takes the least, at one width.
	const size = (e: (typeof story.events)[number]) => e.title.length + e.body[0].length;
	const bySize = [...story.events].sort((a, b) => size(a) - size(b));
	const [short, long] = [bySize[0], bySize.at(-1)!];

	test('tells the host its height (AMP embed-size), so the frame fits it with nothing cut off', async ({ page }) => {
		const frame = await framed(page, `http://localhost:4180/embed/?step=${short.id}`, 600);
		await expect.poll(async () => (await heights(page, frame)).set).toBeGreaterThan(200);
		const { set, content } = await heights(page, frame);
		expect(Math.abs(set - content)).toBeLessThanOrEqual(1);
		const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
		expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: content });
		// The whole embed shows: the last line of the caption and the credit are inside the frame.
		const credit = await page.frameLocator('iframe').getByTestId('embed-story-link').boundingBox();
		const iframe = (await page.locator('iframe').boundingBox())!;
		expect(credit!.y + credit!.height).toBeLessThanOrEqual(iframe.y + iframe.height);
	});

	test('the control: framed without the resizer, the frame keeps the browser’s height and cuts the embed off', async ({ page }) => {
		// What the two tests around this one measure fails without the resizer: the frame does not fit.
		const frame = await framed(page, `http://localhost:4180/embed/?step=${short.id}`, 600, '');
		const { set, content } = await heights(page, frame);
		expect(set).toBe(150);
		expect(content).toBeGreaterThan(200);
		const credit = (await page.frameLocator('iframe').getByTestId('embed-story-link').boundingBox())!;
		const iframe = (await page.locator('iframe').boundingBox())!;
		expect(credit.y + credit.height).toBeGreaterThan(iframe.y + iframe.height);
	});

	test('grows when the step’s text grows, and when the column narrows', async ({ page }) => {
		const frame = await framed(page, `http://localhost:4180/embed/?steps=${short.id},${long.id}&step=${short.id}`, 600);
		await expect.poll(async () => (await heights(page, frame)).set).toBeGreaterThan(200);
		const before = (await heights(page, frame)).set;
		await page.frameLocator('iframe').getByTestId('next-step').click();
		await expect(page.frameLocator('iframe').locator('[aria-current="step"]')).toHaveAttribute('data-step-id', long.id);
		await expect.poll(async () => (await heights(page, frame)).set).toBeGreaterThan(before);
		const grown = await heights(page, frame);
		await expect.poll(async () => Math.abs((await heights(page, frame)).set - grown.content)).toBeLessThanOrEqual(1);

		// The article's column narrows (a phone turned upright): the text wraps into more lines.
		await page.locator('#slot').evaluate((el) => (el.style.maxWidth = '340px'));
		await expect.poll(async () => (await heights(page, frame)).set).toBeGreaterThan(grown.set);
		await expect
			.poll(async () => {
				const now = await heights(page, frame);
				return Math.abs(now.set - now.content);
			})
			.toBeLessThanOrEqual(1);
	});

	test('asks no other origin for anything, and works under a base path', async ({ page }) => {
		const origins = new Set<string>();
		page.on('request', (r) => r.frame() !== page.mainFrame() && origins.add(new URL(r.url()).origin));
		const frame = await framed(page, `http://localhost:4181/story/embed/?step=${long.id}`, 400);
		await expect(page.frameLocator('iframe').locator('[aria-current="step"]')).toHaveAttribute('data-step-id', long.id);
		await expect.poll(async () => (await heights(page, frame)).set).toBeGreaterThan(200);
		expect([...origins]).toEqual(['http://localhost:4181']);
	});
});

test('only the allowed sites may frame the embed, and no other site may frame the story’s pages', async ({ browser }) => {
	// Seven framed page loads (four refused, three shown): 25 s at load 15 on our 2-core machine.
	test.setTimeout(90_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	/** Whether `src`, framed by the host article on `port` in a plain iframe, shows the story. */
	const shows = async (src: string, port = 4190) => {
		await page.goto(hostPage(src, 640, port, '600'));
		// The frame's load event fires when the frame holds the page, or the browser's error page in
		// place of one it refused.
		await page.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true);
		const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
		return (await frame.locator('[data-testid]').count()) > 0;
	};
	const pages = ['http://localhost:4180/', `http://localhost:4180/steps/${story.events[0].id}/`];
	expect(await shows('http://localhost:4180/embed/')).toBe(true);
	expect(await shows('http://localhost:4180/embed/', 4191)).toBe(false);
	for (const src of pages) expect(await shows(src), src).toBe(false);

	// The control: framed by the story's own site, the same pages show, so a `false` above is the
	// policy refusing the frame, not a frame that could never show them.
	for (const src of pages) {
		await page.goto('http://localhost:4180/embed/');
		const shown = await page.evaluate(
			(src) =>
				new Promise<boolean>((done) => {
					const frame = document.createElement('iframe');
					frame.addEventListener('load', () => done(frame.contentDocument!.querySelectorAll('[data-testid]').length > 0));
					frame.src = src;
					document.body.append(frame);
				}),
			src
		);
		expect(shown, src).toBe(true);
	}
	await context.close();
});

test('the embed sends search engines and link previews to the story', async ({ page }) => {
	await page.goto('/embed/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/');
});

test('its link opens the whole story in the embed’s own edition, at the step on show, before and after its script runs', async ({ browser }) => {
	for (const [prefix, reading] of [
		['', '/'],
		['/ar', '/ar/']
	]) {
		const id = story.events[2].id;
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(`http://localhost:4180${prefix}/embed/?step=${id}`);
			if (javaScriptEnabled) await expect(caption(page)).toHaveAttribute('data-step-id', id);
			const href = await page.getByTestId('embed-story-link').getAttribute('href');
			const opens = new URL(href!, page.url());
			expect(opens.pathname, `${prefix || 'English'} embed, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`).toBe(reading);
			// Without JavaScript the embed reads its first step; with it, the step asked for.
			expect(opens.hash).toBe(`#${javaScriptEnabled ? id : story.events[0].id}`);
			await context.close();
		}
	}
});
