/**
 * What a screen reader is given, step by step, in both editions: the accessibility tree (Playwright's
 * ARIA snapshots) at every step of the story, reached as a keyboard user reaches it (the Next button),
 * and every text the reading page's live region is given over the whole walk (each step said once, in
 * order, and nothing said again while the reader scrolls within a step). The expected words are written
 * here from the dataset, in the edition's language: the step's place, date and title (`say`), then what
 * the graphic shows (`describeVisual`, the graphic's own description).
 */
import type { Page } from '@playwright/test';
import { sentences } from '../../src/lib/i18n/strings';
import { describeVisual, visualState } from '../../src/lib/state/visualState';
import { expect, graphic, test, twoFrames } from './fixtures';
import { editions, say, type Edition } from './story';

/** What a screen reader should hear at step `i` (from 0), in the edition's words and digits. */
function heard(ed: Edition, i: number): string {
	const event = ed.story.events[i];
	const place = say(ed, ed.t.stepAnnounce, { n: i + 1, count: ed.story.events.length, date: ed.dateText(event), title: event.title });
	return sentences(place, describeVisual(visualState(ed.story, i), ed.locale));
}

/** A text as an ARIA snapshot template writes it (a quoted YAML string). */
const q = (text: string) => JSON.stringify(text);
/** A node with its role and accessible name, as a template's YAML key (`'link "Link to this step: …"'`). */
const node = (role: string, name: string, more = '') => `'${`${role} ${JSON.stringify(name)}${more}`.replace(/'/g, "''")}'`;

/** Records every text a live region is given from now on, as a screen reader is told of each change. */
async function listen(page: Page, testId: string): Promise<() => Promise<string[]>> {
	await page.getByTestId(testId).evaluate((el) => {
		const said: string[] = [];
		(el as unknown as { said: string[] }).said = said;
		new MutationObserver(() => said.push(el.textContent!.trim())).observe(el, { childList: true, characterData: true, subtree: true });
	});
	return () => page.getByTestId(testId).evaluate((el) => (el as unknown as { said: string[] }).said);
}

for (const ed of editions) {
	const { events } = ed.story;

	test(`${ed.lang}: every step is said once, in order, with what the graphic shows; the tree shows the step and its graphic`, async ({ page }) => {
		await page.goto(ed.path('/'));
		await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		const announcer = page.getByTestId('step-announcer');
		const active = page.locator('[data-step-id][aria-current="step"]');
		await expect(announcer).toMatchAriaSnapshot(`- paragraph: ${q(heard(ed, 0))}`);
		const said = await listen(page, 'step-announcer');

		// A keyboard user's walk: focus on Next, Enter at each step.
		await page.getByTestId('next-step').focus();
		for (let i = 0; i < events.length; i++) {
			const { id, title } = events[i];
			if (i > 0) await page.keyboard.press('Enter');
			await expect(active).toHaveAttribute('data-step-id', id);
			// The live region: the step's place, date and title, then what the graphic now shows.
			await expect(announcer).toMatchAriaSnapshot(`- paragraph: ${q(heard(ed, i))}`);
			// The card being read (the only one with aria-current): its title as its name and heading, and
			// its own switch to the graphic's table.
			await expect(active).toMatchAriaSnapshot(`
- listitem:
  - ${node('article', title)}:
    - ${node('heading', title, ' [level=2]')}
    - paragraph:
      - ${node('link', say(ed, ed.t.linkToStepNamed, { title }))}
      - ${node('button', say(ed, ed.t.stepTableNamed, { title }), ' [pressed=false]')}
`);
			// The graphic: named for the step, described by the same sentence the live region said.
			await expect(graphic(page)).toMatchAriaSnapshot(`- ${node('figure', say(ed, ed.t.graphicLabel, { title }))}`);
			await expect(graphic(page)).toHaveAccessibleDescription(describeVisual(visualState(ed.story, i), ed.locale));
			// A little further into the step's text: still this step, and nothing said again.
			const top = await page.evaluate(() => scrollY);
			await page.mouse.wheel(0, 40);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(top);
			await twoFrames(page);
			await expect(active).toHaveAttribute('data-step-id', id);
		}
		// Over the whole walk, each step was said once, in order: nothing twice, nothing else.
		expect(await said()).toEqual(events.slice(1).map((_, i) => heard(ed, i + 1)));
	});

	test(`${ed.lang}: the speaker view says the step it moved to, once, with what the graphic shows`, async ({ page }) => {
		await page.goto(`${ed.path('/present/')}?view=speaker#${events[3].id}`);
		await expect(page.getByTestId('speaker-view')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.getByTestId('speaker-view')).toHaveAttribute('data-active-step', events[3].id);
		const said = await listen(page, 'speaker-announcer');
		await page.keyboard.press(ed.keys.next[0]);
		await expect(page.getByTestId('speaker-announcer')).toMatchAriaSnapshot(`- paragraph: ${q(heard(ed, 4))}`);
		await page.keyboard.press(ed.keys.previous[0]);
		await expect(page.getByTestId('speaker-announcer')).toMatchAriaSnapshot(`- paragraph: ${q(heard(ed, 3))}`);
		expect(await said()).toEqual([heard(ed, 4), heard(ed, 3)]);
	});
}
