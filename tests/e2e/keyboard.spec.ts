/**
 * The story with the keyboard alone: the skip link first, the step controls before the axis and the
 * text, the graphic's table one keystroke from the step being read, a focus ring on everything Tab
 * reaches and nothing focused behind the sticky graphic (phone and desktop), and overlays that keep
 * Tab inside while open and give focus back to what opened them when closed.
 */
import type { Locator, Page } from '@playwright/test';
import { visualState } from '../../src/lib/state/visualState';
import { visualTable } from '../../src/lib/state/visualTable';
import { expect, graphic, test } from './fixtures';
import { editions, story } from './story';

const en = editions[0];

/** What has focus: its test hook, step hook or name, for messages and order checks. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const hook = ['data-testid', 'data-step-table', 'data-permalink', 'data-event-id', 'data-menu-step', 'data-overview-step'].find((a) => el.hasAttribute(a));
		if (hook) return `${hook}=${el.getAttribute(hook)}`;
		return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
	});

test('Tab from the top: the skip link first, then Previous and Next before the axis and the text; the skip link moves to the story text, and the table is one Tab from the step', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await expect(graphic(page)).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: en.t.skipToText })).toBeFocused();

	// The order Tab goes in, from the skip link to the first card: Next comes before any axis mark.
	const order: string[] = [];
	for (let i = 0; i < 40 && !order.at(-1)?.startsWith('data-permalink'); i++) {
		await page.keyboard.press('Tab');
		order.push(await focused(page));
	}
	const next = order.indexOf('data-testid=next-step');
	expect(next, order.join('\n')).toBeGreaterThan(-1);
	expect(next, order.join('\n')).toBeLessThan(order.findIndex((s) => s.startsWith('data-event-id')));
	// Next moves the story; Previous is the stop before it (disabled, and skipped, on the first step).
	await page.getByTestId('next-step').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-step-id="${story.events[1].id}"]`)).toHaveAttribute('aria-current', 'step');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByTestId('previous-step')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-step-id="${story.events[0].id}"]`)).toHaveAttribute('aria-current', 'step');

	// The skip link: focus goes to the story text, whose first card shows the ring.
	await page.goto('/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('#story-text')).toBeFocused();
	const firstCard = page.locator(`[data-step-id="${story.events[0].id}"] article`);
	await expect(firstCard).toHaveCSS('outline-style', 'solid');
	await expect(firstCard).toBeInViewport();
	// From there, the step's link, then its table: one keystroke from the step to the table.
	await page.keyboard.press('Tab');
	await expect(page.locator(`[data-permalink="${story.events[0].id}"]`)).toBeFocused();
	await page.keyboard.press('Tab');
	const tableSwitch = page.locator(`[data-step-table="${story.events[0].id}"]`);
	await expect(tableSwitch).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(tableSwitch).toHaveAttribute('aria-pressed', 'true');
	await expect(graphic(page)).toHaveAttribute('data-view', 'table');
	const { caption } = visualTable(story, visualState(story, 0), en.locale);
	await expect(graphic(page)).toMatchAriaSnapshot(`- table ${JSON.stringify(caption)}`);
	// The same key again: the picture.
	await page.keyboard.press('Enter');
	await expect(graphic(page)).toHaveAttribute('data-view', 'picture');
	await expect(tableSwitch).toHaveAttribute('aria-pressed', 'false');
});

for (const screen of [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1440, height: 900 }
]) {
	test(`${screen.name}: everything Tab reaches shows a focus ring and is never behind the sticky graphic`, async ({ page }) => {
		await page.setViewportSize(screen);
		await page.goto('/');
		await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		// Forward through the header, the graphic's controls and the first cards, then back.
		for (const key of [...Array(36).fill('Tab'), ...Array(8).fill('Shift+Tab')]) {
			await page.keyboard.press(key);
			const seen = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const style = getComputedStyle(el);
				const focusColour = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
				const probe = document.createElement('span');
				probe.style.color = focusColour;
				document.body.append(probe);
				const focusRgb = getComputedStyle(probe).color;
				probe.remove();
				// A ring: an outline or a shadow on it, or (the axis's marks) its shapes stroked in the focus colour.
				const ring =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
					style.boxShadow !== 'none' ||
					[...el.querySelectorAll('circle, path, rect')].some((s) => getComputedStyle(s).stroke === focusRgb);
				const box = el.getBoundingClientRect();
				const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				const stage = document.querySelector('[data-testid="graphic-stage"]');
				return {
					what: `${el.tagName} ${el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
					ring,
					inWindow: box.bottom > 0 && box.top < innerHeight,
					behindGraphic: !!top && !!stage?.contains(top) && !stage.contains(el)
				};
			});
			expect(seen.what).not.toBe('BODY undefined');
			expect(seen.ring, `${key} to ${seen.what}: a focus ring`).toBe(true);
			expect(seen.inWindow, `${key} to ${seen.what}: in the window`).toBe(true);
			expect(seen.behindGraphic, `${key} to ${seen.what}: not behind the graphic`).toBe(false);
		}
	});
}

/** Tab and Shift+Tab a few times each: focus must stay inside `overlay` every time. */
async function expectTabStaysIn(page: Page, overlay: Locator, times: number) {
	for (const key of [...Array(times).fill('Tab'), ...Array(times).fill('Shift+Tab')]) {
		await page.keyboard.press(key);
		expect(await overlay.evaluate((o) => o.contains(document.activeElement)), `${key}: focus inside the overlay`).toBe(true);
	}
}

test('deck: the key help and the overview keep Tab inside while open; Esc closes them and gives focus back to their button', async ({ page }) => {
	await page.goto('/present/');
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');

	const helpButton = page.getByRole('button', { name: en.t.keysLabel });
	await helpButton.focus();
	await page.keyboard.press('Enter');
	const help = page.getByTestId('help-overlay');
	await expect(help).toBeVisible();
	await expectTabStaysIn(page, help, 3);
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	await expect(helpButton).toBeFocused();

	const overviewButton = page.getByRole('button', { name: en.t.overviewButton });
	await overviewButton.focus();
	await page.keyboard.press('Enter');
	const overview = page.getByTestId('overview');
	await expect(overview.locator(`[data-overview-step="${story.events[0].id}"]`)).toBeFocused();
	// More Tabs than it has controls: round and round inside it.
	await expectTabStaysIn(page, overview, story.events.length + 2);
	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	await expect(overviewButton).toBeFocused();
});

test('phone: the step list opens from its button, its rows are next in Tab order, and Esc closes it and gives focus back', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.locator('[data-step-id]').first().scrollIntoViewIfNeeded();
	const opener = page.getByTestId('step-menu-button');
	await expect(opener).toBeVisible();
	await opener.focus();
	await page.keyboard.press('Enter');
	const menu = page.getByTestId('step-menu');
	await expect(menu).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(menu.locator(`[data-menu-step="${story.events[0].id}"]`)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(menu.locator(`[data-menu-step="${story.events[1].id}"]`)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(opener).toBeFocused();
	// Not a trap: Tab past its last control leaves the list, which closes, so nothing focused is under it.
	await page.keyboard.press('Enter');
	await expect(menu).toBeVisible();
	const controls = await menu.locator('a, button').count();
	for (let i = 0; i < controls; i++) await page.keyboard.press('Tab');
	expect(await menu.evaluate((m) => m.contains(document.activeElement))).toBe(true);
	await page.keyboard.press('Tab');
	expect(await menu.evaluate((m) => m.contains(document.activeElement))).toBe(false);
	await expect(menu).toBeHidden();
	await opener.focus();
	// A row chosen with Enter goes to its step and closes the list.
	await page.keyboard.press('Enter');
	await expect(menu).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(menu).toBeHidden();
	await expect(page.locator(`[data-step-id="${story.events[2].id}"]`)).toHaveAttribute('aria-current', 'step');
});
