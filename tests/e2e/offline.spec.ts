import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { story } from './story';

const file = `file://${resolve('build/offline.html')}`;
const ids = story.events.map((e) => e.id);

// The offline edition is opened from disk with every network request blocked: nothing may be missing.
test.beforeEach(async ({ context }) => {
	await context.route(/^(?!file:|data:)/, (route) => route.abort());
});

test('the offline file, opened from disk with no network, shows every step and answers the keys', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
	await page.setViewportSize({ width: 1920, height: 1080 });

	await page.goto(`${file}?view=present#${ids[0]}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	const graphic = page.getByTestId('graphic');
	for (const [i, event] of story.events.entries()) {
		await expect(graphic).toHaveAttribute('data-active-step', event.id);
		await expect(graphic).toHaveAttribute('data-visual-kind', event.visual.kind);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		if (i < ids.length - 1) await page.keyboard.press('ArrowRight');
	}
	await page.keyboard.press('Home');
	await expect(graphic).toHaveAttribute('data-active-step', ids[0]);
	await page.keyboard.press('1');
	await page.keyboard.press('0');
	await page.keyboard.press('Enter');
	await expect(graphic).toHaveAttribute('data-active-step', ids[9]);
	expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);
	expect(problems).toEqual([]);
});

test('the offline file also reads as the scrolling story', async ({ page }) => {
	await page.goto(`${file}#${ids[5]}`);
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids[5]);
	expect(await page.locator('[data-step-id]').count()).toBe(ids.length);
	await page.keyboard.press('End');
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', ids.at(-1)!);
});
