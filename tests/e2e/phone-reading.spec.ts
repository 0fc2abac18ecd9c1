/**
 * Reading on phones and tablets: while a step's text is read, everything the step points at is in
 * sight and under no text; the axis and the controls stay small, thumb-sized and uncovered. Walks
 * every step of both stories at three reading positions (scripts/marks-in-sight.ts, the same walk
 * `npm run bench` reports as "marks in sight while reading").
 */
import type { Page } from '@playwright/test';
import { marksInSight, summarise } from '../../scripts/marks-in-sight';
import { axeViolations } from './axe';
import { expect, graphic, resizeTo, startReading, test, twoFrames } from './fixtures';
import { story } from './story';

const layouts = [
	{ name: 'phone, portrait', width: 390, height: 844 },
	{ name: 'phone, landscape', width: 844, height: 390 },
	{ name: 'tablet, portrait', width: 820, height: 1180 }
];
const stories = [
	{ name: 'the story', url: 'http://localhost:4180/' },
	{ name: 'the second story', url: 'http://localhost:4182/' }
];

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.evaluate(() => document.fonts.ready);
}

/** The box around the time axis and the controls. */
async function chromeBox(page: Page) {
	const boxes = [await graphic(page).getByTestId('timeline-axis').boundingBox(), await page.getByTestId('next-step').boundingBox()];
	const top = Math.min(...boxes.map((b) => b!.y));
	const bottom = Math.max(...boxes.map((b) => b!.y + b!.height));
	return { top, bottom, height: bottom - top };
}

/** What a tap at the centre of an element would land on: the element itself, or what covers it. */
async function uncovered(page: Page, selector: string): Promise<boolean> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return !!hit && (el === hit || el.contains(hit));
		});
}

for (const layout of layouts) {
	test.describe(`reading on a ${layout.name} (${layout.width}×${layout.height})`, () => {
		test.use({ viewport: { width: layout.width, height: layout.height }, isMobile: true, hasTouch: true });

		for (const s of stories) {
			test(`${s.name}: every named mark of every step is in sight and under no text while its text is read`, async ({ page }) => {
				test.setTimeout(90_000);
				await open(page, s.url);
				const results = await marksInSight(page);
				const { misses } = summarise(results);
				expect(results.length).toBeGreaterThan(0);
				expect(misses, 'marks cut off or under text').toEqual([]);
			});
		}

		// One page for the compact layout's checks (opening it was most of each one's time), each a step of
		// its own; the step list first, while the page is at its top.
		test('the compact layout: 16-pixel text, the step list, the axis and the controls, a shorter screen, no axe violations', async ({ page }) => {
			test.setTimeout(90_000);
			await open(page, stories[0].url);
			const ids = await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')!));
			await test.step('every text in a step card is at least 16 px', async () => {
				const sizes = await page
					.locator('[data-step-id] article')
					.evaluateAll((cards) =>
						cards.flatMap((card) =>
							[...card.querySelectorAll('*')]
								.filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
								.map((el) => ({ text: el.textContent!.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) }))
						)
					);
				expect(sizes.length).toBeGreaterThan(0);
				expect(sizes.filter((s) => s.px < 16)).toEqual([]);
			});
			await test.step('the step list opens from the compact axis and jumps to a step with one tap', async () => {
				await startReading(page);
				const target = ids[ids.length - 3];
				await page.getByTestId('step-menu-button').tap();
				const menu = page.getByTestId('step-menu');
				await expect(menu).toBeVisible();
				const rows = menu.locator('[data-menu-step]');
				await expect(rows).toHaveCount(ids.length);
				for (const box of await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
				await expect(menu.locator('[aria-current="step"]')).toHaveAttribute('data-menu-step', ids[0]);
				await menu.locator(`[data-menu-step="${target}"]`).tap();
				await expect(menu).toBeHidden();
				await expect(graphic(page)).toHaveAttribute('data-active-step', target);
				await expect(page.locator(`[data-step-id="${target}"]`)).toHaveAttribute('aria-current', 'step');
				await expect(page.locator(`[data-step-id="${target}"]`)).toBeInViewport();
			});
			await test.step('the axis and the controls take at most 15% of the screen, with 44-pixel targets, never under a card', async () => {
				for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)!]) {
					await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'end' }));
					await expect(graphic(page)).toBeInViewport();
					const chrome = await chromeBox(page);
					expect(chrome.height).toBeLessThanOrEqual(layout.height * 0.15);
					expect(chrome.top).toBeGreaterThanOrEqual(0);
					expect(chrome.bottom).toBeLessThanOrEqual(layout.height);
					for (const hook of ['previous-step', 'next-step', 'step-menu-button']) {
						const box = (await page.getByTestId(hook).boundingBox())!;
						expect(Math.min(box.width, box.height), `${hook} is a thumb-sized target`).toBeGreaterThanOrEqual(44);
						expect(await uncovered(page, `[data-testid="${hook}"]`), `${hook} is not under a card`).toBe(true);
					}
					expect(await uncovered(page, '[data-testid="timeline-axis"]'), 'the axis is not under a card').toBe(true);
				}
			});
			await test.step('a shorter screen (address bar, on-screen keyboard) keeps the active step and its picture', async () => {
				const id = ids[Math.floor(ids.length / 2) + 1];
				await page.goto(`${stories[0].url}#${id}`);
				await expect(graphic(page)).toHaveAttribute('data-active-step', id);
				await resizeTo(page, { width: layout.width, height: Math.round(layout.height * 0.6) });
				await expect(graphic(page)).toHaveAttribute('data-active-step', id);
				await resizeTo(page, { width: layout.width, height: layout.height });
				await expect(graphic(page)).toHaveAttribute('data-active-step', id);
				await expect(page.locator(`[data-step-id="${id}"]`)).toBeInViewport();
			});
			await test.step('no axe violations in the compact layout, with the step list open too', async () => {
				await page.goto(`${stories[0].url}#${ids[Math.floor(ids.length / 2)]}`);
				await expect(graphic(page)).toHaveAttribute('data-active-step', ids[Math.floor(ids.length / 2)]);
				// The whole page, then only what opening the list adds (axe takes seconds over a whole page).
				expect(await axeViolations(page)).toEqual([]);
				await page.getByTestId('step-menu-button').tap();
				await expect(page.getByTestId('step-menu')).toBeVisible();
				expect(await axeViolations(page, ['[data-testid="step-menu"]'])).toEqual([]);
			});
		});
	});
}

test.describe('a phone opened at the top of the story (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	// The Arabic page's headline is shorter: the top edge of the graphic's place (39 px of it, empty) is
	// in the first screen, which is not the graphic come into sight (under a fifth of the window).
	for (const [edition, url] of [
		['English', stories[0].url],
		['Arabic', `${stories[0].url}ar/`]
	])
		test(`${edition}: the graphic’s code comes at the first scroll, and the graphic is drawn before its place is reached`, async ({ page }) => {
			const scripts: string[] = [];
			page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
			await open(page, url);
			const stage = page.getByTestId('graphic-stage');
			// The first screen is the headline, the dek and the lead picture; the graphic's place is below it,
			// or no more than its top edge in it.
			const top = (await stage.boundingBox())!.y;
			expect(top, 'the graphic’s place starts in the last fifth of the first screen or below it').toBeGreaterThan(844 * 0.8);
			await page.waitForLoadState('networkidle');
			await expect(graphic(page)).toHaveCount(0);
			const loaded = scripts.length;
			// A thumb's first move, a short way down.
			await page.evaluate(() => scrollBy(0, 40));
			await expect(graphic(page)).toBeVisible();
			expect(scripts.length, 'the graphic’s code was fetched for the scroll').toBeGreaterThan(loaded);
			expect((await stage.boundingBox())!.y, 'drawn while its place is still at the foot of the window or below').toBeGreaterThan(844 * 0.75);
			// From there it follows the story as anywhere else.
			await page.locator('[data-step-id]').nth(2).scrollIntoViewIfNeeded();
			const third = await page.locator('[data-step-id]').nth(2).getAttribute('data-step-id');
			await expect(page.locator(`[data-step-id="${third}"]`)).toHaveAttribute('aria-current', 'step');
			await expect(graphic(page)).toHaveAttribute('data-active-step', third!);
		});
});

test.describe('a link to a step, on a screen held upright (the graphic above the text)', () => {
	test.use({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
	const events = story.events;

	for (const [edition, url] of [
		['English', stories[0].url],
		['Arabic', `${stories[0].url}ar/`]
	])
		test(`${edition}: before the page’s scripts run, the linked step’s card is read under the graphic, and stays the step`, async ({ page }) => {
			// The page's scripts held back until the layout has been looked at: what a reader on a slow
			// link sees first.
			let release = () => {};
			const held = new Promise<void>((done) => (release = done));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await held;
				await route.continue();
			});
			const id = events[2].id;
			await page.goto(`${url}#${id}`, { waitUntil: 'domcontentloaded' });
			const card = page.locator(`[data-step-id="${id}"]`);
			const under = async () => {
				const [stage, text] = [await page.getByTestId('graphic-stage').boundingBox(), await card.boundingBox()];
				return text!.y >= stage!.y + stage!.height && text!.y < 1180 * 0.75;
			};
			await expect.poll(under, { message: 'the card’s top under the graphic’s place, in the reading area' }).toBe(true);
			release();
			await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
			await expect(graphic(page)).toHaveAttribute('data-active-step', id);
			await expect(card).toHaveAttribute('aria-current', 'step');
			expect(await under(), 'and there once the page runs').toBe(true);
		});

	test('English: a link followed on the page opens its step, its hashchange coming late (a busy page)', async ({ page }) => {
		const [first, last] = [events[0].id, events.at(-2)!.id];
		// A busy page runs the browser's scroll to the #id, and the story's answer to it, before the
		// `hashchange` event: once asked, the next one is held back 400 ms (a loaded tablet was seen to
		// take 210 ms) by a listener that runs before the page's own, while a scroll takes the story on to
		// the next step, which it writes in the address.
		await page.addInitScript((next) => {
			const w = window as unknown as { holdHashChange?: boolean; heldHashChangeCame?: boolean };
			addEventListener('hashchange', (event) => {
				if (!w.holdHashChange || !event.isTrusted) return;
				w.holdHashChange = false;
				event.stopImmediatePropagation();
				// (The scroll a busy browser's own made: the story follows it to the next step and writes it.)
				document.getElementById(next)!.scrollIntoView();
				setTimeout(() => {
					dispatchEvent(new HashChangeEvent('hashchange', { oldURL: event.oldURL, newURL: event.newURL }));
					w.heldHashChangeCame = true;
				}, 400);
			});
		}, events[1].id);
		await page.goto(`${stories[0].url}#${last}`);
		await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		await expect(graphic(page)).toHaveAttribute('data-active-step', last);
		await page.evaluate(() => ((window as unknown as { holdHashChange?: boolean }).holdHashChange = true));
		await page.goto(`${stories[0].url}#${first}`);
		await expect(graphic(page)).toHaveAttribute('data-active-step', first);
		await expect(page.locator(`[data-step-id="${first}"]`)).toHaveAttribute('aria-current', 'step');
		await page.waitForFunction(() => (window as unknown as { heldHashChangeCame?: boolean }).heldHashChangeCame);
		await twoFrames(page);
		await expect(graphic(page), 'still there once the late event has come').toHaveAttribute('data-active-step', first);
		expect(new URL(page.url()).hash).toBe(`#${first}`);
	});
});
