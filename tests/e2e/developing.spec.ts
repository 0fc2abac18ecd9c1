/**
 * A developing story, deployed twice (scripts/e2e-sites.ts :4193; tests/fixtures/developing/versions.ts):
 * version 1 is the story before its last step was added, version 2 adds that step and corrects another.
 * A returning reader is shown exactly what is new; an open page learns of the update and loads it
 * where the reader is; the changes are in the page without JavaScript. The tests deploy a version by
 * pointing the served folder at it, so they run one after another.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { deploy } from '../../scripts/e2e-sites';
import { correctionsOf, storyChanges } from '../../src/lib/model/changes';
import { formatStoryDate } from '../../src/lib/model/dates';
import { localizeStory, translationSchema } from '../../src/lib/server/data/translation';
import { validateStory } from '../../src/lib/server/data/validateTimeline';
import type { Story } from '../../src/lib/model/types';
import { changeCounts } from '../../src/lib/state/changeWords';
import { fill } from '../../src/lib/i18n/strings';
import { expect, holdAppCode, test } from './fixtures';
import { editions } from './story';

test.describe.configure({ mode: 'serial' });

const SITE = 'http://localhost:4193';
/** The second version on its own, never redeployed (for the tests that only read it). */
const V2 = 'http://localhost:4194';

/** A version's story in an edition's language, as its build read it. */
function version(name: 'v1' | 'v2', lang: 'en' | 'ar'): Story {
	const file = `build-developing-data/${name}/story.json`;
	const checked = validateStory(JSON.parse(readFileSync(file, 'utf8')), file);
	if (!checked.ok) throw new Error(`${file} is not valid`);
	if (lang === 'en') return checked.story;
	const overlay = translationSchema.parse(JSON.parse(readFileSync(file.replace('.json', '.ar.json'), 'utf8')));
	const ed = editions[1];
	return localizeStory(checked.story, overlay, {
		reviewed: ed.t.translationReviewed,
		draft: ed.t.translationDraft,
		date: (iso) => formatStoryDate(iso, ed.locale.date)
	});
}

const v1 = version('v1', 'en');
const v2 = version('v2', 'en');
const added = v2.events.filter((e) => !v1.events.some((old) => old.id === e.id));
const [correction] = v2.corrections;

test('the two versions differ by one step added and one correction', () => {
	expect(added.map((e) => e.id)).toEqual([v2.events.at(-1)!.id]);
	expect(v2.corrections).toHaveLength(1);
	expect(v1.corrections).toHaveLength(0);
});

const active = (page: Page) => page.locator('[data-step-id][aria-current="step"]');
const hydrated = (page: Page) => expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');

/** A new tab in the reader's browser (a context keeps localStorage; a tab has its own sessionStorage). */
async function visit(browser: Browser, context: Awaited<ReturnType<Browser['newContext']>> | null, path: string) {
	const ctx = context ?? (await browser.newContext({ reducedMotion: 'reduce' }));
	const page = await ctx.newPage();
	await page.goto(`${SITE}${path}`);
	await hydrated(page);
	return { ctx, page };
}

/** What each step is marked, for a returning reader: `{ id: 'added' }`. */
const marks = (page: Page) =>
	page.locator('[data-fresh]').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-step-id'), el.getAttribute('data-fresh')])));

for (const ed of editions) {
	test(`${ed.lang}: a first visit shows nothing new; back after the update, exactly the step added and the correction, until forgotten`, async ({
		browser
	}) => {
		deploy('build-developing-v1', 'build-developing');
		const story = version('v2', ed.lang);
		const first = await visit(browser, null, ed.path('/'));
		await expect(first.page.locator('[data-notice]')).toHaveCount(0);
		await expect(first.page.locator('[data-fresh]')).toHaveCount(0);
		await first.page.close();

		deploy('build-developing-v2', 'build-developing');
		const { ctx, page } = await visit(browser, first.ctx, ed.path('/'));
		const notice = page.locator('[data-notice="whats-new"]');
		await expect(notice).toContainText(
			fill(ed.t.sinceLastVisit, { changes: changeCounts(ed.locale, { added: added.map((e) => e.id), updated: [], corrections: [correction.id] }) })
		);
		expect(await marks(page)).toEqual({ [correction.event!]: 'corrected', [added[0].id]: 'added' });
		await expect(page.locator(`[data-step-id="${added[0].id}"] [data-fresh-mark]`)).toHaveText(ed.t.freshMark.added);
		// The correction, in the edition's words, on its step.
		const onStep = page.locator(`[data-step-id="${correction.event}"] [data-step-correction="${correction.id}"]`);
		await expect(onStep).toContainText(story.corrections[0].text);
		await expect(onStep).toContainText(fill(ed.t.stepCorrection, { date: formatStoryDate(correction.date, ed.locale.date) }));

		// "Go to the first": the first change in story order, the corrected step.
		await notice.getByRole('link', { name: ed.t.goToFirstChange }).click();
		await expect(active(page)).toHaveAttribute('data-step-id', correction.event!);
		await expect(page.locator('[data-notice]')).toHaveCount(0);

		// A reload of the same tab keeps the marks; a later visit, with nothing new since, shows none.
		await page.reload();
		await hydrated(page);
		expect(Object.keys(await marks(page))).toHaveLength(2);
		await page.close();
		const later = await visit(browser, ctx, ed.path('/'));
		await expect(later.page.locator('[data-fresh]')).toHaveCount(0);
		await expect(later.page.locator('[data-notice]')).toHaveCount(0);

		// What the page keeps is the story's version, under one key, and "Forget my visits" removes it.
		const kept = await later.page.evaluate(() => Object.keys(localStorage));
		expect(kept).toEqual(['story-visit:/']);
		await later.page.locator('[data-forget-visits]').click();
		await expect(later.page.locator('#corrections [role="status"]')).toHaveText(ed.t.visitsForgotten);
		expect(await later.page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await ctx.close();
	});
}

test('an open page learns of the update, says what it brings, and loads it at the step being read', async ({ browser }) => {
	deploy('build-developing-v1', 'build-developing');
	const at = v1.events[12].id;
	const { ctx, page } = await visit(browser, null, `/#${at}`);
	await expect(active(page)).toHaveAttribute('data-step-id', at);
	await expect(page.locator('[data-notice]')).toHaveCount(0);

	deploy('build-developing-v2', 'build-developing');
	const notice = page.locator('[data-notice="update"]');
	await expect(notice).toContainText(
		fill(editions[0].t.storyUpdatedWith, { changes: changeCounts(editions[0].locale, { added: [added[0].id], updated: [], corrections: [correction.id] }) })
	);
	await Promise.all([page.waitForEvent('load'), notice.locator('[data-load-update]').click()]);
	await hydrated(page);
	await expect(active(page)).toHaveAttribute('data-step-id', at);
	await expect(page.locator(`[data-step-id="${added[0].id}"]`)).toHaveAttribute('data-fresh', 'added');
	await expect(page.locator('[data-notice="whats-new"]')).toBeVisible();
	await ctx.close();
});

test('the deck learns of the update too, and loads it on the slide on show', async ({ browser }) => {
	deploy('build-developing-v1', 'build-developing');
	const at = v1.events[5].id;
	const ctx = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	await page.goto(`${SITE}/present/#${at}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	deploy('build-developing-v2', 'build-developing');
	const notice = page.locator('[data-notice="update"]');
	await expect(notice).toBeVisible();
	// Above the bar: the progress line stays on the step count's row, between the notice and the count
	// (not left above the notice, apart from its count).
	const { gap, between } = await page.evaluate(() => {
		const box = document.querySelector('[data-notice="update"]')!.getBoundingClientRect();
		const bar = document.querySelector('[data-testid="deck"] [role="progressbar"]')!;
		const top = bar.getBoundingClientRect().top;
		const hit = document.elementFromPoint(box.left + box.width / 2, top - 2);
		return { gap: top - box.bottom, between: !!hit && bar.contains(hit) };
	});
	expect(gap, 'room for the progress line between the notice and the step count').toBeGreaterThanOrEqual(6);
	expect(between, 'the progress line just over the count, under the notice').toBe(true);
	await Promise.all([page.waitForEvent('load'), notice.locator('[data-load-update]').click()]);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('[data-testid="deck"] [data-step-id][aria-current="step"]')).toHaveAttribute('data-step-id', at);
	await ctx.close();
});

test('on a phone on its side, the update notice leaves the deck’s map its room, its key whole beside it, in both editions', async ({ browser }) => {
	const at = 'arrivals-land-and-air';
	expect(v1.events.some((e) => e.id === at && e.visual.kind === 'map')).toBe(true);
	for (const ed of editions) {
		deploy('build-developing-v1', 'build-developing');
		const ctx = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });
		const page = await ctx.newPage();
		await page.goto(`${SITE}${ed.path('/present/')}#${at}`);
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		deploy('build-developing-v2', 'build-developing');
		await expect(page.locator('[data-notice="update"]')).toBeVisible();
		// Once the graphic is drawn in the room the notice leaves it (its map and key above the notice):
		// the map's frame at least 40% of the screen's height, not a strip over a key the whole width.
		const fitted = () =>
			page.evaluate(() => {
				const top = document.querySelector('[data-notice="update"]')!.getBoundingClientRect().top;
				const frame = document.querySelector('[data-testid="graphic"] [data-map-area]')!.getBoundingClientRect();
				const key = document.querySelector('[data-testid="graphic"] [data-map-key]')!.getBoundingClientRect();
				return frame.bottom <= top + 1 && key.bottom <= top + 1 ? Math.round(frame.height) : null;
			});
		await expect.poll(fitted, { message: `${ed.lang}: the map and its key above the notice` }).not.toBeNull();
		expect(await fitted(), `${ed.lang}: the map's frame's height`).toBeGreaterThanOrEqual(0.4 * 390);
		await expect(page.locator('[data-testid="graphic"] [data-map-key]')).toHaveAttribute('data-map-key', 'beside');
		await ctx.close();
	}
	deploy('build-developing-v1', 'build-developing');
});

test('its deck opens at its latest step without showing the first on the way (prerendered at the first, the slide is hidden until then)', async ({ page }) => {
	for (const ed of editions) {
		const story = version('v2', ed.lang);
		const release = await holdAppCode(page);
		await page.goto(`${V2}${ed.path('/present/')}`, { waitUntil: 'commit' });
		const slide = page.locator('[data-step-id][aria-current="step"]');
		await expect(slide).toHaveAttribute('data-step-id', story.events[0].id);
		await expect(slide).toBeHidden();
		release();
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		await expect(slide).toHaveAttribute('data-step-id', story.events.at(-1)!.id);
		await expect(slide).toBeVisible();
		await page.unrouteAll();
	}
});

test('a developing story opens at its latest step, the beginning one link away; #latest and the Latest link open the newest step', async ({ page }) => {
	for (const ed of editions) {
		const story = version('v2', ed.lang);
		const latest = story.events.at(-1)!;
		expect(story.opensAt).toBe('latest');
		await page.goto(`${V2}${ed.path('/')}`);
		await hydrated(page);
		await expect(active(page)).toHaveAttribute('data-step-id', latest.id);
		await expect(page).toHaveURL(new RegExp(`#${latest.id}$`));
		await page.locator(`[data-step-id="${latest.id}"] [data-from-beginning]`).click();
		await expect(active(page)).toHaveAttribute('data-step-id', story.events[0].id);

		const link = page.locator('[data-latest]');
		await expect(link).toHaveText(ed.t.latestStep);
		await expect(link).toHaveAccessibleName(fill(ed.t.latestStepNamed, { title: latest.title }));
		await link.click();
		await expect(active(page)).toHaveAttribute('data-step-id', latest.id);

		// Any story: #latest is its newest step.
		await page.goto(`${ed.path('/')}#latest`);
		await hydrated(page);
		await expect(active(page)).toHaveAttribute('data-step-id', ed.story.events.at(-1)!.id);
		await expect(page.locator('[data-from-beginning]')).toHaveCount(0);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Corrections and updates" lists every change, newest first, and each correction is on its step', async ({ page }) => {
		for (const ed of editions) {
			const story = version('v2', ed.lang);
			await page.goto(`${V2}${ed.path('/')}`);
			const section = page.getByTestId('corrections-and-updates');
			await expect(section.getByRole('heading')).toHaveText(ed.t.changesHeading);
			const lines = section.locator('[data-change]');
			const changes = storyChanges(story);
			await expect(lines).toHaveCount(changes.length);
			for (const [i, change] of changes.entries()) {
				await expect(lines.nth(i)).toHaveAttribute('data-change', change.kind);
				await expect(lines.nth(i).locator('time')).toHaveText(formatStoryDate(change.date, ed.locale.date));
				await expect(lines.nth(i).getByRole('link')).toHaveAttribute('href', `#${change.event!.id}`);
			}
			for (const c of story.corrections)
				await expect(page.locator(`[data-step-id="${c.event}"] [data-step-correction="${c.id}"]`)).toContainText(correctionsOf(story, c.event!)[0].text);
			await expect(page.locator(`[data-step-id="${added[0].id}"] [data-step-changed]`)).toHaveText(
				fill(ed.t.stepAdded, { date: formatStoryDate(added[0].added!, ed.locale.date) })
			);
			// The step's own page (what a shared link previews) shows it too.
			await page.goto(`${V2}${ed.path('/')}steps/${correction.event}/`);
			await expect(page.locator(`[data-step-correction="${correction.id}"]`)).toContainText(story.corrections[0].text);
			await page.goto(`${V2}${ed.path('/')}`);
			// The page says the day of its last change.
			await expect(page.locator('header time')).toHaveAttribute('datetime', story.updated);
		}
	});

	test('a story with no changes says so', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('corrections-and-updates').locator('[data-no-changes]')).toHaveText(editions[0].t.noChanges);
	});
});
