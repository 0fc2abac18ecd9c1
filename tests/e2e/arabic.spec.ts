/**
 * The Arabic edition (`/ar/`, from timeline-data/story.ar.json): right to left, Arabic words and
 * digits, the time axis running right to left, keys that follow the reading direction, and a language
 * switch that keeps the step.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import type { Page } from '@playwright/test';
import { formatEventDate, formatStoryDate } from '../../src/lib/model/dates';
import { editionLocale } from '../../src/lib/i18n/editions';
import { fill } from '../../src/lib/i18n/strings';
import { AR } from '../../src/lib/i18n/strings.ar';
import { axeViolations } from './axe';
import { expect, graphic, test } from './fixtures';
import { editions, story } from './story';
import { describeVisual, visualState } from '../../src/lib/state/visualState';

const ar = JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8'));
const arabic = editionLocale('ar', AR);
const ids = story.events.map((e) => e.id);
const active = (page: Page) => page.locator('[data-step-id][aria-current="step"]');

test('reads without JavaScript, right to left: every step’s Arabic title and text, Arabic-Indic digits', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ar/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText(ar.story.title);
	for (const id of ids) {
		const card = page.locator(`[data-step-id="${id}"]`);
		await expect(card.locator('h2')).toHaveText(ar.events[id].title);
		await expect(card.getByText(ar.events[id].body[0])).toBeAttached();
	}
	// Dates in Arabic words and digits, never 0–9.
	const dates = await page.locator('[data-step-id] time').allTextContents();
	expect(dates.every((d) => /[٠-٩]/.test(d) && !/[0-9]/.test(d))).toBe(true);
	await context.close();
});

test('the dates the browser writes are the ones the build wrote (the same Arabic words and digits)', async ({ page }) => {
	await page.goto(`/ar/#${ids[12]}`);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator(`[data-step-id="${ids[12]}"] time`)).toHaveText(formatEventDate(story.events[12], arabic.date));
	// The axis is drawn live in the browser, from its own Intl.
	await expect(page.locator('[data-axis-label]')).toContainText(formatEventDate(story.events[12], arabic.date));
});

test('the time axis runs right to left: later events further left', async ({ page }) => {
	await page.goto('/ar/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	const x = async (id: string) => (await page.locator(`[data-testid="timeline-axis"] [data-event-id="${id}"]`).boundingBox())!.x;
	expect(await x(ids[0])).toBeGreaterThan(await x(ids[8]));
	expect(await x(ids[8])).toBeGreaterThan(await x(ids.at(-1)!));
});

test('scrolling moves the Arabic story as the English one, and says the step in Arabic', async ({ page }) => {
	await page.goto('/ar/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.locator(`[data-step-id="${ids[4]}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(active(page)).toHaveAttribute('data-step-id', ids[4]);
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[4]);
	await expect(page.getByTestId('step-announcer')).toContainText(`الخطوة ${arabic.number(5)} من ${arabic.number(ids.length)}`);
	// Then what the graphic now shows, in Arabic, written from the data.
	const edition = editions.find((e) => e.lang === 'ar')!;
	await expect(page.getByTestId('step-announcer')).toContainText(describeVisual(visualState(edition.story, 4), arabic));
});

test('the language switch keeps the step, both ways', async ({ page }) => {
	await page.goto(`/#${ids[6]}`);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(new RegExp(`/ar/#${ids[6]}$`));
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[6]);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(new RegExp(`localhost:4180/#${ids[6]}$`));
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[6]);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

// The briefing's and offline file's checks run on both editions (present.spec.ts, offline.spec.ts):
// there, ← goes forward in Arabic, a swipe to the right too, and Arabic-Indic digits pick a step.

test('no axe violations in the Arabic reading page and briefing', async ({ page }) => {
	test.setTimeout(60_000);
	for (const [path, ready] of [
		['/ar/', 'reader'],
		['/ar/present/', 'deck']
	]) {
		await page.goto(path);
		await expect(page.getByTestId(ready)).toHaveAttribute('data-hydrated', 'true');
		expect(await axeViolations(page), path).toEqual([]);
	}
});

test('without JavaScript, every reading, briefing and step page shows a link to its other edition, which opens it', async ({ browser }) => {
	// Twelve pages opened and twelve links followed: ~25 s on a loaded 2-core machine, past the default 30 s with a margin too thin.
	test.setTimeout(60_000);
	const id = ids[12];
	// (The sub-path build too: the links are relative, and none of this needs SITE_URL.)
	for (const site of ['http://localhost:4180', 'http://localhost:4181/story']) {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const [from, to, lang, name] of [
			['/', '/ar/', 'ar', 'العربية'],
			['/ar/', '/', 'en', 'English'],
			['/present/', '/ar/present/', 'ar', 'العربية'],
			['/ar/present/', '/present/', 'en', 'English'],
			[`/steps/${id}/`, `/ar/steps/${id}/`, 'ar', 'العربية'],
			[`/ar/steps/${id}/`, `/steps/${id}/`, 'en', 'English']
		]) {
			// (Where the link before has brought the page, it is not opened again.)
			if (page.url() !== site + from) await page.goto(site + from);
			const link = page.locator(`a[hreflang="${lang}"]:visible`);
			await expect(link, `${site}${from}`).toHaveCount(1);
			await expect(link).toHaveText(name);
			await expect(link).toHaveAttribute('lang', lang);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`^${site}${to}(#[a-z0-9-]+)?$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		}
		await context.close();
	}
});

test('Latin names inside the Arabic text are isolated as English; the English pages have nothing to isolate', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ar/');
	// The map's credit names its data in Latin script, and the line for readers without JavaScript names JavaScript.
	const credit = page.getByTestId('sources-and-method').locator('bdi[lang="en"][dir="ltr"]');
	await expect(credit).toHaveText(['Natural Earth', 'world-atlas', 'Natural Earth']);
	await expect(page.getByTestId('graphic-needs-script').locator('bdi[lang="en"][dir="ltr"]')).toHaveText('JavaScript');
	// Around them the Arabic reads as written: the name sits between "الخريطة:" and "(ملكية عامة)".
	await expect(page.getByTestId('sources-and-method').getByText(ar.story.credits[1])).toBeVisible();
	await page.goto('/');
	await expect(page.locator('bdi')).toHaveCount(0);
	await context.close();
});

test('every page names its other-language version for search engines', async ({ browser }) => {
	// As a search engine reads them: no script (a step page would send a browser on to the story).
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const step = `steps/${ids[12]}/`;
	for (const [path, self] of [
		['/', 'https://example.org/'],
		['/ar/', 'https://example.org/ar/'],
		['/present/', 'https://example.org/present/'],
		['/ar/present/', 'https://example.org/ar/present/'],
		[`/${step}`, `https://example.org/${step}`],
		[`/ar/${step}`, `https://example.org/ar/${step}`]
	]) {
		await page.goto(path);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));
		const english = self.replace('/ar/', '/');
		expect(alternates, path).toEqual({ en: english, ar: english.replace('example.org/', 'example.org/ar/'), 'x-default': english });
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', self);
	}
	await page.goto('/ar/');
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_IQ');
	await context.close();
});

test('a story with no translation builds no Arabic edition', () => {
	expect(existsSync('build-imported/ar')).toBe(false);
	expect(existsSync('build/ar/index.html')).toBe(true);
});

test('a translation that lags behind its story still publishes: the English for an untranslated step, marked, and a notice at the top', async ({ page }) => {
	// The second story's overlay (tests/fixtures/second-story.ar.json) has no translation of "landing",
	// one translated from an earlier English (splashdown's title), and an event the story no longer has.
	await page.goto('http://localhost:4182/ar/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('untranslated-notice')).toHaveText(AR.untranslatedNotice);
	// The line above its headline, which the story sets none for: its parts after Arabic commas (a
	// middle dot beside the Arabic-Indic years reads as a zero).
	await expect(page.locator('.kicker')).toHaveText('الولايات المتحدة، ١٩٦١–١٩٦٩');
	const landing = page.locator('[data-step-id="landing"]');
	await expect(landing).toHaveAttribute('data-untranslated', 'title body.0 notes');
	for (const [text, el] of [
		['The landing', landing.locator('h2')],
		['The lunar module landed on the Moon.', landing.locator('h2 + p')]
	] as const) {
		await expect(el).toHaveText(text);
		await expect(el).toHaveAttribute('lang', 'en');
		await expect(el).toHaveAttribute('dir', 'ltr');
		// English as a whole, so nothing inside it is isolated again.
		await expect(el.locator('bdi')).toHaveCount(0);
	}
	// Its overlay records no review: its credits say the translation is a draft.
	await expect(page.getByTestId('sources-and-method')).toContainText(AR.translationDraft);
	// A translated step, and a stale one, are Arabic and unmarked.
	for (const [id, title] of [
		['launch', 'الإطلاق من فلوريدا'],
		['splashdown', 'العودة إلى الأرض']
	]) {
		const step = page.locator(`[data-step-id="${id}"]`);
		await expect(step.locator('h2')).toHaveText(title);
		await expect(step).not.toHaveAttribute('data-untranslated');
		await expect(step.locator('h2')).not.toHaveAttribute('lang');
	}
	// The whole translation has no notice.
	await page.goto('/ar/');
	await expect(page.getByTestId('untranslated-notice')).toHaveCount(0);
	await expect(page.locator('[data-untranslated]')).toHaveCount(0);
	// ...and, reviewed, its credits say by whom and when, with no draft notice.
	const review = fill(AR.translationReviewed, { by: ar.story.review.by, date: formatStoryDate(ar.story.review.date, arabic.date) });
	await expect(page.getByTestId('sources-and-method')).toContainText(review);
	await expect(page.getByTestId('sources-and-method')).not.toContainText(AR.translationDraft);
});

test('each step has its own Arabic page, which sends people on to the step in the Arabic story', async ({ browser, page }) => {
	const id = ids[9];
	const context = await browser.newContext({ javaScriptEnabled: false });
	const still = await context.newPage();
	await still.goto(`/ar/steps/${id}/`);
	await expect(still.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(still.locator('h1')).toHaveText(ar.events[id].title);
	await expect(still.locator('time')).toHaveText(formatEventDate(story.events[9], arabic.date));
	await expect(still.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org/ar/steps/${id}/`);
	await context.close();
	await page.goto(`/ar/steps/${id}/`);
	await expect(page).toHaveURL(new RegExp(`/ar/#${id}$`));
	await expect(graphic(page)).toHaveAttribute('data-active-step', id);
});

test('the Arabic pages preview with Arabic share cards: the story’s and each step’s, at the size they state', async ({ browser }) => {
	// As a link preview reads them: no script (a step page would send a browser on to the story).
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const [path, card] of [
		['/ar/', 'story'],
		[`/ar/steps/${ids[12]}/`, ids[12]]
	]) {
		await page.goto(path);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `https://example.org/ar/cards/${card}.png`);
		expect(imageSize(readFileSync(`build/ar/cards/${card}.png`))).toMatchObject({ width: 1200, height: 630 });
		// Its text alternative is Arabic too.
		expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toMatch(/[\u0600-\u06FF]/);
	}
	expect(readdirSync('build/ar/cards').filter((f) => f.endsWith('.png'))).toHaveLength(ids.length + 1);
	await context.close();
});
