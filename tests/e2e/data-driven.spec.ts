import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { storySchema } from '../../src/lib/model/schema';
import { expect, graphic, scrollToStep, stepIds, test } from './fixtures';

const load = (file: string) => storySchema.parse(JSON.parse(readFileSync(file, 'utf8')));

test.describe('a second story in the same schema, built with no code change', () => {
	const second = load('tests/fixtures/second-story.json');
	const url = 'http://localhost:4182';

	test('reads as its own story, every step driving its own visual', async ({ page }) => {
		await page.goto(`${url}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
		await expect(page.locator('.kicker')).toHaveText('United States · 1961–1969');
		expect(await stepIds(page)).toEqual(second.events.map((e) => e.id));
		for (const event of second.events) {
			await scrollToStep(page, event.id);
			await expect(graphic(page)).toHaveAttribute('data-active-step', event.id);
			await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
		}
		// The map is of its own region, and the unit graphic uses its own scale (one mark per person).
		await scrollToStep(page, 'kennedy-speech');
		await expect(graphic(page).locator('[data-visual="map"] path[data-country="United States of America"]')).toHaveCount(1);
		await expect(graphic(page).locator('[data-visual="map"] path[data-country="Iraq"]')).toHaveCount(0);
		await scrollToStep(page, 'launch');
		await expect(graphic(page).locator('rect[data-in~="crew"]')).toHaveCount(3);
	});

	test('wears its own theme: the desk’s logo over the headline and its colours, in the reading page, the deck and the Arabic edition', async ({ page }) => {
		const colors = second.theme!.colors!;
		// (As the page's custom properties hold them: the build's minifier may write #ffffff as #fff.)
		const rootVar = (name: string) =>
			page.evaluate((n) => {
				const v = getComputedStyle(document.documentElement).getPropertyValue(n).trim().toLowerCase();
				return /^#[0-9a-f]{3}$/.test(v) ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v;
			}, name);
		for (const path of ['/', '/present/', '/ar/']) {
			await page.goto(`${url}${path}`);
			expect(await rootVar('--paper'), path).toBe(colors.paper);
			expect(await rootVar('--transfer'), path).toBe(colors.transfer);
			expect(await rootVar('--count-0'), path).toBe(colors.count0);
			// A role the theme leaves alone keeps the story's own colour.
			expect(await rootVar('--concern'), path).toBe('#8a4b00');
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe('rgb(255, 255, 255)');
		}
		await page.goto(`${url}/`);
		// The desk's logo over the headline, its name the logo's text, its room kept before it loads.
		const logo = page.locator('[data-masthead] img');
		await expect(logo).toHaveAttribute('alt', 'The Example Gazette');
		await expect(logo).toHaveAttribute('src', /(^|\/)pictures\/brand\/gazette\.svg$/);
		await expect(logo).toHaveAttribute('width', '240');
		await expect.poll(() => logo.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
		// The theme's serif (Merriweather, cut at build time) sets the headline, and is what the page preloads, not the story's own serif.
		expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Merriweather"?,/);
		await expect(page.locator('link[rel="preload"][as="font"][href*="theme-serif-700"]')).toHaveCount(1);
		await expect(page.locator('link[rel="preload"][as="font"][href*="source-serif-4"]')).toHaveCount(0);
		await expect(page.locator('link[rel="preload"][as="font"][href*="source-sans-3"]')).not.toHaveCount(0);
		// The squares of counted people are the theme's blues.
		await scrollToStep(page, 'launch');
		const fills = await graphic(page)
			.locator('rect[data-in~="crew"]')
			.evaluateAll((rects) => [...new Set(rects.map((r) => getComputedStyle(r).fill))]);
		expect(
			fills.every((f) => ['rgb(95, 139, 187)', 'rgb(58, 104, 150)', 'rgb(31, 68, 104)'].includes(f)),
			fills.join()
		).toBe(true);
	});

	test('presents as its own briefing', async ({ page }) => {
		await page.goto(`${url}/present/`);
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		await page.keyboard.press('End');
		await expect(graphic(page)).toHaveAttribute('data-active-step', second.events.at(-1)!.id);
		await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(second.events.length));
	});
});

test.describe('markup in the data stays text everywhere', () => {
	const markup = load('tests/fixtures/markup-story.json');
	const url = 'http://localhost:4183';
	const texts = [markup.title, markup.events[0].title, markup.events[0].body[0], markup.events[0].body[1]];

	async function expectInert(page: Page) {
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		// No element was made from the data: no stray <img>, <em>, <b> or javascript: link.
		expect(await page.locator('img, em, b, a[href^="javascript:"]').count()).toBe(0);
	}

	test('reading: the text shows as written and nothing runs', async ({ page }) => {
		await page.goto(`${url}/`);
		for (const text of texts) await expect(page.getByText(text, { exact: true }).first()).toBeAttached();
		await expect(page.getByText(markup.dek, { exact: true })).toBeVisible();
		await expect(page).toHaveTitle(markup.title);
		for (const event of markup.events) await scrollToStep(page, event.id);
		// A link written [label](https://…) is a link to that address, and nothing else is: a javascript:
		// one stays text, and the quotes in an address stay inside its href.
		const links = page.locator('[data-step-id="launch"] p:not(.permalink) a');
		await expect(links).toHaveCount(2);
		await expect(links.nth(0)).toHaveText('the mission page');
		await expect(links.nth(0)).toHaveAttribute('href', 'https://example.org/apollo-11');
		await expect(links.nth(1)).toHaveAttribute('href', 'https://example.org/"onmouseover="window.__pwned=3');
		await expect(links.nth(1)).not.toHaveAttribute('onmouseover');
		await expect(page.locator('[data-step-id="launch"]')).toContainText('[a trap](javascript:window.__pwned=2)');
		await links.nth(1).hover();
		// The titles drawn in the graphic: an era's name and a political track's title.
		await scrollToStep(page, 'landing');
		await expect(graphic(page)).toContainText(markup.eras[0].label);
		// The era close-up lists its events by title, as written (this one is markup).
		await expect(graphic(page)).toContainText(markup.events.find((e) => e.id === 'landing')!.title);
		await scrollToStep(page, 'aftermath');
		const track = markup.events.find((e) => e.id === 'aftermath')!.visual;
		if (track.kind !== 'politics') throw new Error('the fixture’s last step is a political track');
		await expect(graphic(page)).toContainText(track.title!);
		// Its milestones by their events' titles, as written (the first is markup).
		await expect(graphic(page)).toContainText(markup.events[0].title);
		await page.getByRole('button', { name: 'Show the data as a table' }).click();
		await expectInert(page);
	});

	test('presenting, the speaker view and print: text as written, nothing runs', async ({ page, context }) => {
		await page.goto(`${url}/present/#${markup.events[0].id}`);
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(markup.events[0].title);
		await page.keyboard.press('o');
		await expect(page.getByTestId('overview')).toContainText(markup.events[2].title);
		await page.keyboard.press('Escape');
		const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		await expect(speaker.getByTestId('speaker-notes')).toHaveText(markup.events[0].notes);
		await expectInert(speaker);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-handout-step]').first()).toContainText(markup.events[0].notes);
		await expectInert(page);
	});

	test('the offline file: text as written, nothing runs', async ({ page }) => {
		await page.goto(`file://${resolve('build-markup/offline.html')}?view=present`);
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(markup.events[0].title);
		await page.keyboard.press('End');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(markup.events.at(-1)!.title);
		await expectInert(page);
	});
});
