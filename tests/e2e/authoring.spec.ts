/**
 * Authoring, as a newsroom would do it: a TimelineJS spreadsheet imported with `npm run import` and
 * built (the :4184 site, see scripts/e2e-sites.ts), its photo step in every view, and the author's
 * feedback loops: problems in the browser during `npm run dev`, and a preview that says when it is
 * out of date.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { expect, scrollToStep, test } from './fixtures';
import { scratch } from './scratch';

const site = 'http://localhost:4184';
const photoStep = 'a-test-picture';
const hydrated = (page: Page) => expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);

test('a TimelineJS sheet, imported, reads as a story: in date order, its markup as text, its links cited and no source made up', async ({ page, browser }) => {
	await page.goto(site + '/');
	await expect(page.locator('h1')).toHaveText('From Syria’s camps to Iraq’s prisons, as a TimelineJS sheet');
	await expect(page.locator('.byline')).toContainText('By the Graphics Desk');
	// The sheet lists them out of order; the story reads in date order.
	expect(await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')))).toEqual([
		'isis-surges-across-iraq',
		'iraq-declares-victory-over-isis',
		'isis-loses-its-last-territory-at-baghouz',
		photoStep
	]);
	const baghouz = page.locator('[data-step-id="isis-loses-its-last-territory-at-baghouz"]');
	await expect(baghouz).toContainText('Its last enclave was the town of Baghouz, as the announcement said.');
	// Its link is still a link (opening beside the story); its bold is not kept: the story's text is text.
	await expect(baghouz.getByRole('link', { name: 'the announcement' })).toHaveAttribute('href', 'https://example.org/baghouz');
	await expect(baghouz.getByRole('link', { name: 'the announcement' })).toHaveAttribute('target', '_blank');
	expect(await baghouz.innerHTML()).not.toMatch(/<b>/);
	// The sheet's groups show after each row's date.
	await expect(baghouz.locator('.meta [data-group]')).toHaveText('Syria');
	await expect(baghouz.locator('.meta')).toContainText(/2019 · Syria/);
	await expect(page.locator(`[data-step-id="${photoStep}"] [data-group]`)).toHaveCount(0);
	// Link targets are sources. A medium and its credit are not: a row that cites nothing says so, in
	// its card and under Sources and method, and nothing is made up for it.
	const sources = page.getByTestId('sources-and-method');
	expect(await sources.locator('[data-source-id] cite').allTextContents()).toEqual(['the announcement']);
	await expect(sources.locator('[data-no-source]')).toHaveText(
		'No source given for: ISIS surges across Iraq, Iraq declares victory over ISIS and A test picture'
	);
	for (const [id, line] of [
		['isis-surges-across-iraq', 'No source given.'],
		['iraq-declares-victory-over-isis', 'No source given.'],
		[photoStep, 'No source given.'],
		['isis-loses-its-last-territory-at-baghouz', 'Source: the announcement']
	])
		await expect(page.locator(`[data-step-id="${id}"] .sources`)).toHaveText(line);
	// The victory row's remote picture is a card that opens it, named by the row's headline, with its
	// credit; it is never requested (the guard fails any request off the origin).
	await scrollToStep(page, 'iraq-declares-victory-over-isis');
	const card = page.getByTestId('graphic').locator('[data-visual="link"] a[data-media-link]');
	await expect(card).toHaveAttribute('href', 'https://example.org/victory.jpg');
	await expect(card).toHaveAttribute('target', '_blank');
	await expect(card).toContainText('Iraq declares victory over ISIS');
	await expect(card).toContainText('Opens on example.org, in a new tab');
	await expect(page.getByTestId('graphic').locator('[data-visual="link"] figcaption')).toHaveText('Agency photo');

	// The step's own page, as link previews and readers without JavaScript see it.
	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const stepPage = await noScript.newPage();
	await stepPage.goto(`${site}/steps/isis-surges-across-iraq/`);
	await expect(stepPage.getByTestId('step-page').locator('[data-no-source]')).toHaveText('No source given.');
	await noScript.close();
});

test('a photo step has its room before the picture loads, with alt text and credit, in the reading view, deck and handout', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/pictures/**', async (route) => {
		await held;
		await route.fallback();
	});
	await page.goto(`${site}/#${photoStep}`);
	await hydrated(page);
	const graphic = page.getByTestId('graphic');
	await expect(graphic).toHaveAttribute('data-visual-kind', 'photo');
	const img = graphic.locator('[data-visual="photo"] img');
	await expect(img).toHaveAttribute('alt', 'A red circle on a sand-coloured gradient');
	await expect(img).toHaveAttribute('width', '600');
	await expect(img).toHaveAttribute('height', '400');
	await expect(graphic.locator('[data-visual="photo"] figcaption')).toHaveText(/Not a photograph of the events\s+Generated for the tests/);
	// Not loaded yet, and already the picture's shape: nothing moves when it arrives.
	expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(0);
	const before = (await img.boundingBox())!;
	expect(before.width / before.height).toBeCloseTo(1.5, 1);
	release();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(600);
	expect(await img.boundingBox()).toEqual(before);

	await page.goto(`${site}/present/#${photoStep}`);
	const deckImg = page.getByTestId('deck').locator('[data-visual="photo"] img');
	await expect(deckImg).toBeVisible();
	// Its credit is the picture's; the step cites nothing, and the slide says so.
	await expect(page.getByTestId('deck').locator('[data-no-source]')).toHaveText('No source given.');
	await expect.poll(() => deckImg.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(600);

	await page.emulateMedia({ media: 'print' });
	const printed = page.locator(`[data-handout-step="${photoStep}"] [data-visual="photo"] img`);
	await expect(printed).toHaveAttribute('loading', 'eager');
	await expect.poll(() => printed.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(600);
	await expect(page.locator(`[data-handout-step="${photoStep}"] [data-no-source]`)).toHaveText('No source given.');
});

test('the offline file carries the photo inside it', async ({ page }) => {
	await page.goto(`file://${resolve('build-imported/offline.html')}#${photoStep}`);
	await hydrated(page);
	const img = page.getByTestId('graphic').locator('[data-visual="photo"] img');
	await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(600);
});

/** Starts a command and resolves once `url` answers; the process is returned for the test to stop. */
async function start(command: string[], env: Record<string, string>, url: string): Promise<ChildProcess> {
	const child = spawn(command[0], command.slice(1), { env: { ...process.env, ...env }, stdio: 'ignore' });
	for (let i = 0; i < 240; i++) {
		try {
			await fetch(url);
			return child;
		} catch {
			await new Promise((r) => setTimeout(r, 250));
		}
	}
	child.kill();
	throw new Error(`${command.join(' ')} did not answer at ${url}`);
}

// The dev server and the preview are the author's own tools: these tests use them as an author does,
// without the guard (a page that shows an error is what is being tested).
plain('during npm run dev, an invalid dataset lists its problems in the browser, and the page recovers when the file is fixed', async ({ page }) => {
	plain.setTimeout(120_000);
	const dir = scratch('story-dev');
	const file = join(dir, 'story.json');
	const good = readFileSync('timeline-data/story.json', 'utf8');
	const story = JSON.parse(good);
	story.events[1].date = '2019-02-30';
	story.events[2].title = '';
	writeFileSync(file, JSON.stringify(story, null, '\t'));
	const dev = await start(['node_modules/.bin/vite', 'dev', '--port', '4186', '--strictPort'], { STORY_DATA: file }, 'http://localhost:4186/');
	try {
		await page.goto('http://localhost:4186/');
		const problems = page.getByTestId('dataset-problems');
		await expect(problems).toContainText('2 problems in the story dataset:', { timeout: 60_000 });
		await expect(problems).toContainText(`event "${story.events[1].id}" (events[1]) › date: "2019-02-30" is not a real date`);
		await expect(problems).toContainText(`event "${story.events[2].id}" (events[2]) › title`);

		// Fixed and saved: the page reloads by itself and shows the story.
		writeFileSync(file, good);
		await expect(page.locator('h1')).toHaveText(JSON.parse(good).title, { timeout: 60_000 });
		await expect(page.getByTestId('reader')).toBeVisible();
	} finally {
		dev.kill();
	}
});

plain('npm run preview says so when the dataset has changed since the build', async ({ page }) => {
	const dataset = 'build-imported-data/story.json';
	const original = readFileSync(dataset, 'utf8');
	const preview = await start(['node', '--import', 'tsx', 'scripts/preview.ts'], { BUILD_DIR: 'build-imported', PORT: '4189' }, 'http://localhost:4189/');
	try {
		await page.goto('http://localhost:4189/');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByTestId('stale-build')).toHaveCount(0);

		writeFileSync(dataset, original.replace('By the Graphics Desk', 'By the Graphics Desk, edited'));
		await page.reload();
		await expect(page.getByTestId('stale-build')).toContainText(`This preview is out of date: ${dataset} has changed since this build was made`);

		writeFileSync(dataset, original);
		await page.reload();
		await expect(page.getByTestId('stale-build')).toHaveCount(0);
	} finally {
		writeFileSync(dataset, original);
		preview.kill();
	}
});
