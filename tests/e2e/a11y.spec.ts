import type { Page } from '@playwright/test';
import { expect, graphic, scrollToStep, test } from './fixtures';
import { story } from './story';
import { axeViolations } from './axe';

/** One step of each visual kind the story uses. */
const byKind = [...new Map(story.events.map((e) => [e.visual.kind, e])).values()];

async function expectNoViolations(page: Page, where: string, only: string[] = []) {
	expect(await axeViolations(page, only), `axe violations ${where}`).toEqual([]);
}

test('reading page: no axe violations at the top or at any visual kind', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await expectNoViolations(page, 'at the top');
	for (const event of byKind) {
		await scrollToStep(page, event.id);
		await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
		// What a step changes: the graphic and the card being read.
		await expectNoViolations(page, `at ${event.id} (${event.visual.kind})`, ['[data-testid="graphic"]', '[aria-current="step"]']);
	}
	await page.getByRole('button', { name: 'Show the data as a table' }).click();
	await expectNoViolations(page, 'in the table view', ['[data-testid="graphic"]']);
});

test('briefing page: no axe violations on any visual kind, in the overview or the help', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/present/');
	await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
	await expectNoViolations(page, 'at the first step');
	for (const event of byKind) {
		await page.evaluate((hash) => (location.hash = hash), event.id);
		await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
		// What a step changes: the slide (its picture and words) and the step count.
		await expectNoViolations(page, `at ${event.id} (${event.visual.kind})`, ['[data-step-id][aria-current="step"]', '[role="progressbar"]']);
	}
	await page.keyboard.press('o');
	await expectNoViolations(page, 'in the overview');
	await page.keyboard.press('Escape');
	await page.keyboard.press('?');
	await expectNoViolations(page, 'in the help');
});

test('speaker view: no axe violations', async ({ page }) => {
	await page.goto(`/present/?view=speaker#${story.events[3].id}`);
	await expect(page.getByTestId('speaker-view')).toBeVisible();
	await expectNoViolations(page, 'in the speaker view');
});

test('embed: no axe violations on any visual kind, at a phone’s column width', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`/embed/#${byKind[0].id}`);
	await expect(page.getByTestId('embed')).toHaveAttribute('data-hydrated', 'true');
	for (const event of byKind) {
		// (A new hash moves the embed without a reload, as when its host changes the frame's address.)
		await page.evaluate((hash) => (location.hash = hash), event.id);
		await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
		await expectNoViolations(page, `in the embed at ${event.id} (${event.visual.kind})`);
	}
});
