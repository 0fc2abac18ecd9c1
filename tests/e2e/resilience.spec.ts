import { expect, expectInstantMapChange, graphic, scrollToStep, test } from './fixtures';
import { story } from './story';

const ids = story.events.map((e) => e.id);

test('a resize storm ends on the step the reader was on, with its picture', async ({ page }) => {
	const target = story.events[10];
	await page.goto(`/#${target.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
	for (let i = 0; i < 25; i++) await page.setViewportSize({ width: 700 + ((i * 137) % 900), height: 500 + ((i * 71) % 500) });
	await page.setViewportSize({ width: 1440, height: 900 });
	await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
	await expect(graphic(page)).toHaveAttribute('data-visual-kind', target.visual.kind);
	await expect(page.locator(`[data-step-id="${target.id}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator(`[data-step-id="${target.id}"]`)).toBeInViewport();
});

test('the story keeps working after the network drops', async ({ page, context }) => {
	await page.goto('/');
	// Scripts start after the first paint: once the page has started (the contract's hook), it needs
	// the network no more.
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await context.setOffline(true);
	for (const event of story.events) {
		await scrollToStep(page, event.id);
		await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
	}
	await page.getByRole('button', { name: 'Show the data as a table' }).click();
	await expect(graphic(page).getByTestId('visual-table')).toBeVisible();
	// The address names the step on screen once the page is still (docs/test-contract.md). Until then it
	// may still name a step passed earlier, and setting the hash it already has is no navigation at all.
	await expect(page).toHaveURL(new RegExp(`#${ids.at(-1)}$`));
	await page.evaluate((id) => (location.hash = id), ids[2]);
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[2]);
	await context.setOffline(false);
});

test('a phone that loses the network before its first scroll gets its graphic once the network is back', async ({ browser }) => {
	// A context of its own: offline, the page's failed fetches are console errors, which the suite's
	// guard would count; what matters here is that nothing is left unhandled.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
	const page = await context.newPage();
	const unhandled: string[] = [];
	page.on('pageerror', (e) => unhandled.push(e.message));
	await page.goto('/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	// Opened at the top, a phone has not fetched the graphic's code yet (docs/test-contract.md).
	await expect(graphic(page)).toHaveCount(0);
	await context.setOffline(true);
	const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('.js'));
	await page.mouse.wheel(0, 300);
	// Its code asked for, and failed: no graphic, and no error left unhandled.
	await failed;
	await expect(graphic(page)).toHaveCount(0);
	await context.setOffline(false);
	await scrollToStep(page, ids[1]);
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[1]);
	expect(unhandled).toEqual([]);
	await context.close();
});

test('keyboard only: skip link, next/previous step controls, visible focus', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story text' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('#story-text')).toBeFocused();

	const next = page.getByTestId('next-step');
	await next.focus();
	const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
	expect(outline).not.toMatch(/^none|0px$/);
	for (let i = 1; i <= 3; i++) {
		await page.keyboard.press('Enter');
		await expect(graphic(page)).toHaveAttribute('data-active-step', ids[i]);
	}
	await page.getByTestId('previous-step').focus();
	await page.keyboard.press('Enter');
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[2]);

	// An axis mark is a keyboard stop too: Enter on it jumps to its step.
	await page.locator(`[data-testid="timeline-axis"] [data-event-id="${ids[8]}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(graphic(page)).toHaveAttribute('data-active-step', ids[8]);
});

test.describe('with motion allowed by the system', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the on-page animation switch turns motion off, and the choice survives a reload', async ({ page }) => {
		const [a, b] = story.events.filter((e) => e.visual.kind === 'map');
		await page.goto(`/#${a.id}`);
		const hydrated = () => expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		await hydrated();
		const toggle = page.getByTestId('motion-toggle');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await page.reload();
		await hydrated();
		await expect(page.getByTestId('motion-toggle')).toHaveAttribute('aria-pressed', 'false');

		// With motion off the map jumps straight to the new frame.
		await scrollToStep(page, b.id);
		await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
		await expectInstantMapChange(page, b.visual.kind === 'map' ? b.visual.focus[0] : '');
	});
});
