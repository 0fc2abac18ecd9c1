/**
 * The blank starter, as a desk starting its next story gets it (`npm run new-story`, built as it
 * comes: the :4192 site, scripts/e2e-sites.ts): it builds, every step draws its own kind of visual,
 * and what is still to be written shows as such, never as made-up facts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const site = 'http://localhost:4192';
const starter = JSON.parse(readFileSync('build-starter-data/story.json', 'utf8')) as { events: { id: string; visual: { kind: string } }[] };

test('the blank starter builds and reads: each step draws its kind of visual, its texts placeholders', async ({ page }) => {
	await page.goto(site + '/');
	await expect(page.locator('h1')).toHaveText('[Headline: the story in a line]');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	const graphic = page.getByTestId('graphic');
	for (const { id, visual } of starter.events) {
		await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(graphic).toHaveAttribute('data-active-step', id);
		await expect(graphic).toHaveAttribute('data-visual-kind', visual.kind);
		await expect(page.locator(`[data-step-id="${id}"] h2`)).toHaveText(/^\[Title: .+\]$/);
		await expect(page.locator(`[data-step-id="${id}"] .sources`)).toHaveText('Source: [Source: the title of the reporting or record] ([Publisher])');
	}
	// The photo step's placeholder picture, published beside the story.
	const img = graphic.locator('[data-visual="photo"] img');
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(600);
	// The map draws its two example places, named as placeholders.
	await page.locator('[data-step-id="on-the-map"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(graphic.locator('[data-visual="map"] [data-label]').filter({ hasText: '[Place A]' })).toHaveCount(1);

	await page.goto(`${site}/present/#${starter.events[0].id}`);
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('deck').locator('h1, h2').first()).toContainText('[Title: where the story starts]');
});
