/**
 * The briefing (`/present/`, `/ar/present/`), run on each edition: the same checks, with the keys, swipe
 * side, digits and words of the edition's reading direction and language.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, graphic, holdAppCode, holdFaces, test, twoFrames } from './fixtures';
import { useStoryFaces } from '../../scripts/story-faces';
import { recordShifts, shiftsSeen } from './shifts';
import { digits, editions, say, typeDigits } from './story';
import { helpRows } from '../../src/lib/views/present/helpRows';
import { describeVisual, visualState } from '../../src/lib/state/visualState';
import { english } from '../../src/lib/i18n/strings.en';
import { AR } from '../../src/lib/i18n/strings.ar';
import { editionLocale } from '../../src/lib/i18n/editions';
import { fill } from '../../src/lib/i18n/strings';
import { formatStoryDate } from '../../src/lib/model/dates';
import { lastModified, latestIndex, storyChanges, type StoryChange } from '../../src/lib/model/changes';
import type { Story } from '../../src/lib/model/types';
import { localizeStory, translationSchema } from '../../src/lib/server/data/translation';
import { validateStory } from '../../src/lib/server/data/validateTimeline';

test.use({ viewport: { width: 1920, height: 1080 } });

for (const ed of editions) {
	const { story, t, path } = ed;
	const ids = story.events.map((e) => e.id);
	const n = ids.length;
	/** What the help calls the arrow that goes forward, and the one that goes back, in this direction. */
	const [forwardArrow, backArrow] = ed.dir === 'rtl' ? ['←', '→'] : ['→', '←'];
	/** "Updated <the day the story last changed>", in the edition's words and digits. */
	const asOf = (s: Story) => fill(t.asOf, { date: formatStoryDate(lastModified(s), ed.locale.date) });

	/** Opens the deck at a step. (`waitUntil: 'domcontentloaded'` where the faces are held back: the page's load event waits for its preloaded faces.) */
	async function open(page: Page, id = ids[0], waitUntil: 'load' | 'domcontentloaded' = 'load') {
		await page.goto(path(`/present/#${id}`), { waitUntil });
		await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
		await expect(graphic(page)).toHaveAttribute('data-active-step', id);
	}

	async function expectStep(page: Page, index: number) {
		await expect(graphic(page)).toHaveAttribute('data-active-step', ids[index]);
		await expect(page.locator('[data-step-id][aria-current="step"]')).toHaveAttribute('data-step-id', ids[index]);
		await expect(page).toHaveURL(new RegExp(`#${ids[index]}$`));
	}

	test.describe(`${ed.lang} briefing`, () => {
		// One page for the deck's keys and controls (opening the deck was most of each test's time): each
		// check a step of its own, opening the step it starts from by its address (a hash change), the
		// overview last, as it resizes the window.
		test('the deck: a step per screen, its keys, Home and End, the footer, a number, the progress bar, f, ?, the hash and a reload, a swipe, the overview', async ({
			page
		}) => {
			await test.step('one step per screen with its date, title and the same hooks as the reading page', async () => {
				await open(page, ids[4]);
				await expect(page.locator('html')).toHaveAttribute('dir', ed.dir);
				const slide = page.locator('[data-step-id][aria-current="step"]');
				await expect(slide).toHaveCount(1);
				await expect(slide.getByRole('heading', { level: 1 })).toHaveText(story.events[4].title);
				await expect(slide.locator('time').first()).toHaveText(ed.dateText(story.events[4]));
				await expect(graphic(page)).toHaveAttribute('data-visual-kind', story.events[4].visual.kind);
				const box = (await graphic(page).boundingBox())!;
				expect(box.width * box.height).toBeGreaterThan(1920 * 1080 * 0.35);
			});
			await test.step(`${ed.keys.next.join(', ')} each go to the next step; ${ed.keys.previous.join(', ')} each to the previous`, async () => {
				await open(page, ids[2]);
				// Each key from step 3 (index 2), then the other way's first key back to it.
				const ways = [
					{ keys: ed.keys.next, to: 3, back: ed.keys.previous[0] },
					{ keys: ed.keys.previous, to: 1, back: ed.keys.next[0] }
				];
				for (const { keys, to, back } of ways)
					for (const key of keys)
						await test.step(`${key} goes to step ${to + 1}`, async () => {
							await page.keyboard.press(key);
							await expectStep(page, to);
							await page.keyboard.press(back);
							await expectStep(page, 2);
						});
			});
			await test.step('Home and End go to the first and last steps; the ends do not wrap', async () => {
				await open(page, ids[5]);
				await page.keyboard.press('End');
				await expectStep(page, n - 1);
				await page.keyboard.press(ed.keys.next[0]);
				await expectStep(page, n - 1);
				await page.keyboard.press('Home');
				await expectStep(page, 0);
				await page.keyboard.press(ed.keys.previous[0]);
				await expectStep(page, 0);
			});
			await test.step('the footer says what day the briefing is as of: the story’s last change', async () => {
				await open(page, ids[3]);
				const line = page.getByTestId('deck').locator('[data-as-of]');
				await expect(line).toBeVisible();
				await expect(line).toHaveText(asOf(story));
				await expect(line.locator('time')).toHaveAttribute('datetime', lastModified(story));
				// On every slide, faded controls or not.
				await page.keyboard.press(ed.keys.next[0]);
				await expectStep(page, 4);
				await expect(line).toHaveText(asOf(story));
			});
			await test.step('a number then Enter goes to that step', async () => {
				await open(page);
				await typeDigits(page, ed, '12');
				await expect(page.getByTestId('typed-step')).toHaveText(say(ed, t.goToStep, { digits: 12 }));
				await page.keyboard.press('Enter');
				await expectStep(page, 11);
			});
			await test.step('the progress bar says which step of how many', async () => {
				await open(page, ids[6]);
				const bar = page.getByRole('progressbar');
				await expect(bar).toHaveAttribute('aria-valuenow', '7');
				await expect(bar).toHaveAttribute('aria-valuemax', String(n));
				await expect(bar).toContainText(say(ed, t.stepOf, { n: 7, count: n }));
				await page.keyboard.press(ed.keys.next[0]);
				await expect(bar).toHaveAttribute('aria-valuenow', '8');
				// A screen reader hears the step the deck moved to, then what its graphic shows, written from the data.
				const announcer = page.getByTestId('deck-announcer');
				await expect(announcer).toContainText(say(ed, t.stepOfTitle, { n: 8, count: n, title: story.events[7].title }));
				await expect(announcer).toContainText(describeVisual(visualState(story, 7), ed.lang === 'en' ? english : editionLocale('ar', AR)));
			});
			await test.step('f toggles full screen', async () => {
				await open(page);
				await page.keyboard.press('f');
				await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
				await page.keyboard.press('f');
				await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
			});
			await test.step('? shows the keys, with the arrows of the reading direction; Esc closes it', async () => {
				await open(page);
				await page.keyboard.press('?');
				const help = page.getByTestId('help-overlay');
				await expect(help).toBeVisible();
				await expect(help).toContainText(`${forwardArrow}  ↓  PageDown  Space  Enter`);
				await expect(help).toContainText(`${backArrow}  ↑  PageUp  Shift+Space`);
				for (const [, what] of helpRows({ t, dir: ed.dir })) await expect(help).toContainText(what);
				// Right to left, the keys' names are isolated as English: in order among the Arabic, and spoken as English.
				await expect(help.locator('bdi[lang="en"][dir="ltr"]', { hasText: 'PageUp  Shift+Space' })).toHaveCount(ed.dir === 'rtl' ? 1 : 0);
				await page.keyboard.press('Escape');
				await expect(help).toBeHidden();
			});
			await test.step('the hash follows the step without piling up history, and a reload resumes there', async () => {
				await open(page);
				const before = await page.evaluate(() => history.length);
				for (let i = 0; i < 4; i++) await page.keyboard.press(ed.keys.next[0]);
				await expectStep(page, 4);
				expect(await page.evaluate(() => history.length)).toBe(before);
				await page.reload();
				await expectStep(page, 4);
			});
			await test.step(`swiping ${ed.swipeForward < 0 ? 'left' : 'right'} on a touch screen goes forward, the other way back`, async () => {
				await open(page, ids[3]);
				const swipe = (dx: number) =>
					page.getByTestId('deck').evaluate((deck, dx) => {
						const at = (type: string, x: number) =>
							deck.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 500, bubbles: true }));
						at('pointerdown', 900);
						at('pointerup', 900 + dx);
					}, dx);
				await swipe(200 * ed.swipeForward);
				await expectStep(page, 4);
				await swipe(-200 * ed.swipeForward);
				await expectStep(page, 3);
				await swipe(20);
				await expectStep(page, 3);
			});
			await test.step('o opens the overview: arrows (in the reading direction) and Enter, or a click, jump; Esc closes', async () => {
				await open(page, ids[0]);
				await page.keyboard.press('o');
				const overview = page.getByTestId('overview');
				await expect(overview).toBeVisible();
				await expect(overview.locator('[data-overview-step]')).toHaveCount(n);
				await expect(overview.locator(`[data-overview-step="${ids[0]}"]`)).toBeFocused();
				// The grid fills in the reading direction, so the next card is to the right in English, to the left in Arabic.
				const first = (await overview.locator(`[data-overview-step="${ids[0]}"]`).boundingBox())!;
				const second = (await overview.locator(`[data-overview-step="${ids[1]}"]`).boundingBox())!;
				expect(Math.sign(second.x - first.x)).toBe(-ed.swipeForward);
				await page.keyboard.press(ed.keys.next[0]);
				await page.keyboard.press(ed.keys.next[0]);
				await expect(overview.locator(`[data-overview-step="${ids[2]}"]`)).toBeFocused();
				await page.keyboard.press('Enter');
				await expect(overview).toBeHidden();
				await expectStep(page, 2);

				await page.keyboard.press('o');
				await page.locator(`[data-overview-step="${ids[9]}"]`).click();
				await expectStep(page, 9);

				await page.keyboard.press('o');
				await page.keyboard.press('Escape');
				await expect(overview).toBeHidden();
				await expectStep(page, 9);

				// The story's eighteen steps all in sight, on a projector and on a 720p one or a laptop, and ↓
				// goes down a row of the grid as laid out there.
				for (const [width, height] of [
					[1920, 1080],
					[1440, 900],
					[1280, 720]
				]) {
					await page.setViewportSize({ width, height });
					await page.keyboard.press('o');
					const last = overview.locator(`[data-overview-step="${ids.at(-1)}"]`);
					await expect(last).toBeInViewport({ ratio: 1 });
					expect(await overview.evaluate((o) => o.scrollHeight <= o.clientHeight), `${width}×${height}: the overview scrolls`).toBe(true);
					await overview.locator(`[data-overview-step="${ids[0]}"]`).focus();
					await page.keyboard.press('ArrowDown');
					const below = page.locator('[data-overview-step]:focus');
					const [a, b] = [await overview.locator(`[data-overview-step="${ids[0]}"]`).boundingBox(), await below.boundingBox()];
					expect(Math.abs(b!.x - a!.x), `${width}×${height}: ↓ keeps the column`).toBeLessThan(2);
					expect(b!.y).toBeGreaterThan(a!.y);
					await page.keyboard.press('Escape');
					await expect(overview).toBeHidden();
				}
			});
		});

		test('#latest opens the newest step; the Latest button and l go there from any step', async ({ page }) => {
			const latest = latestIndex(story);
			await page.goto(path('/present/#latest'));
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			// The address then names the step itself, so a reload or a copied link stays there.
			await expectStep(page, latest);
			await page.keyboard.press('Home');
			await expectStep(page, 0);
			await page.locator('[data-deck-latest]').click();
			await expectStep(page, latest);
			await page.keyboard.press('Home');
			await expectStep(page, 0);
			await page.keyboard.press('l');
			await expectStep(page, latest);
		});

		test('s opens the speaker view, which follows and drives the briefing window', async ({ page, context }) => {
			await open(page, ids[2]);
			const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
			const view = speaker.getByTestId('speaker-view');
			await expect(view).toHaveAttribute('data-hydrated', 'true');
			await expect(speaker.locator('html')).toHaveAttribute('dir', ed.dir);
			await expect(view).toHaveAttribute('data-active-step', ids[2]);
			await expect(speaker.getByTestId('speaker-notes')).toHaveText(story.events[2].notes);
			await expect(speaker.getByTestId('speaker-next')).toHaveText(story.events[3].title);
			await expect(view).toContainText(story.sources.find((s) => s.id === story.events[2].sources[0])!.title);
			await expect(speaker.getByTestId('speaker-timer')).toHaveText(new RegExp(`^[${ed.digits}]{2}:[${ed.digits}]{2}$`));

			// The briefing window drives the speaker view…
			await page.keyboard.press(ed.keys.next[0]);
			await expect(view).toHaveAttribute('data-active-step', ids[3]);
			await expect(speaker.getByTestId('speaker-notes')).toHaveText(story.events[3].notes);
			// …and the speaker view drives the briefing window.
			await speaker.keyboard.press('PageDown');
			await speaker.keyboard.press('PageDown');
			await expect(view).toHaveAttribute('data-active-step', ids[5]);
			await expectStep(page, 5);
			await speaker.keyboard.press('End');
			await expectStep(page, n - 1);
			await expect(speaker.getByTestId('speaker-next')).toHaveText(t.endOfStory);

			await expect(speaker.getByTestId('speaker-timer')).not.toHaveText(digits(ed, '00:00'), { timeout: 3000 });
			await speaker.getByRole('button', { name: t.resetTimer }).click();
			await expect(speaker.getByTestId('speaker-timer')).toHaveText(digits(ed, '00:00'));
		});

		test('the speaker view keeps its picture one size from step to step, however long a step’s title (laptop and projector)', async ({ page }) => {
			for (const size of [
				{ width: 1920, height: 1080 },
				{ width: 1440, height: 900 }
			]) {
				await page.setViewportSize(size);
				await page.goto(path(`/present/?view=speaker#${ids[0]}`));
				await expect(page.getByTestId('speaker-view')).toHaveAttribute('data-hydrated', 'true');
				const box = async () => {
					const b = (await page.getByTestId('graphic').boundingBox())!;
					return `${Math.round(b.width)}×${Math.round(b.height)}`;
				};
				const first = await box();
				for (const id of ids.slice(1)) {
					await page.keyboard.press('PageDown');
					await expect(page.getByTestId('speaker-view')).toHaveAttribute('data-active-step', id);
					expect(await box(), `${size.width}×${size.height}, ${id}`).toBe(first);
				}
			}
		});

		test('printing shows every step with its figure, sources and notes, one page each', async ({ page }, testInfo) => {
			test.setTimeout(90_000);
			await open(page);
			await page.emulateMedia({ media: 'print' });
			const pages = page.locator('[data-handout-step]');
			await expect(pages).toHaveCount(n);
			for (const [i, event] of story.events.entries()) {
				const p = pages.nth(i);
				await expect(p).toHaveAttribute('data-handout-step', event.id);
				await expect(p.getByRole('heading')).toHaveText(event.title);
				await expect(p).toContainText(say(ed, t.handoutMeta, { date: ed.dateText(event), n: i + 1, count: n }));
				await expect(p).toContainText(event.notes);
				await expect(p).toContainText(story.sources.find((s) => s.id === event.sources[0])!.title);
				await expect(p.getByTestId('graphic')).toHaveAttribute('data-visual-kind', event.visual.kind);
				// Each sheet says what day the story is as of, to check it against the live page.
				await expect(p.locator('[data-as-of]')).toHaveText(asOf(story));
			}
			// A correction under its step and the closing list of changes only for a story that records them.
			await expect(page.locator('[data-handout-step] [data-handout-correction]')).toHaveCount(story.corrections.filter((c) => c.event).length);
			await expect(page.locator('[data-handout-changes]')).toHaveCount(storyChanges(story).length ? 1 : 0);
			await expect(page.getByTestId('deck')).toBeHidden();
			// Each sheet is laid out at the printable width of A4 on its side (29.7 cm less 1.2 cm margins),
			// whatever the window's (the graphics measure their box before the browser lays out the paper),
			// and its figure, time axis included, stays in its column, off the words beside it.
			const sheets = await pages.evaluateAll((all) =>
				all.map((p) => {
					const box = p.getBoundingClientRect();
					const figure = p.querySelector('.figure')!.getBoundingClientRect();
					// Boxes, and each drawing as a whole: what an SVG draws past its own box is clipped, not printed.
					const boxes = [...p.querySelectorAll('.figure *')].filter((el) => !(el instanceof SVGElement) || el instanceof SVGSVGElement);
					const out = boxes.filter((el) => {
						const r = el.getBoundingClientRect();
						return r.width > 0 && (r.left < figure.left - 1 || r.right > figure.right + 1);
					});
					return { id: p.getAttribute('data-handout-step'), width: box.width, out: out.map((el) => el.getAttribute('class') ?? el.tagName) };
				})
			);
			const printable = ((29.7 - 2 * 1.2) / 2.54) * 96;
			for (const sheet of sheets) {
				expect(sheet.width, sheet.id!).toBeCloseTo(printable, 0);
				expect(sheet.out, `${sheet.id}: out of the figure's column`).toEqual([]);
			}
			const file = testInfo.outputPath('briefing.pdf');
			await page.pdf({ path: file, format: 'A4', landscape: true, preferCSSPageSize: true });
			const pdf = readFileSync(file);
			expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(n);
		});

		// A shared link or a reload in the middle of a briefing: the deck is prerendered at its first step.
		test('opened at a step’s address, it never shows the first step on the way: the slide is hidden until that step is drawn, and nothing moves', async ({
			page
		}) => {
			await recordShifts(page);
			// The app's code held back until the hidden slide has been seen, and the story's faces until the
			// bar has been drawn in their fallbacks, as on a slow link: the bar stays where it is drawn.
			const release = await holdAppCode(page);
			const releaseFaces = await holdFaces(page);
			await page.goto(path(`/present/#${ids[9]}`), { waitUntil: 'commit' });
			const slide = page.locator('[data-step-id][aria-current="step"]');
			await expect(slide).toHaveAttribute('data-step-id', ids[0]);
			await expect(page.getByTestId('read-link')).toBeVisible();
			await expect(slide).toBeHidden();
			await expect(page.getByRole('progressbar')).toBeHidden();
			await twoFrames(page);
			releaseFaces();
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			release();
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await expectStep(page, 9);
			await expect(slide).toBeVisible();
			await expect(slide.getByRole('heading', { level: 1 })).toHaveText(story.events[9].title);
			await expect(page.getByRole('progressbar')).toBeVisible();
			expect(await shiftsSeen(page)).toEqual([]);
		});

		test('opened at a step’s address with its code never arriving, it shows the prerendered first step after a moment', async ({ page }) => {
			await holdAppCode(page);
			// The page's clock stands still until the test moves it: "after a moment" (2.5 s) is checked
			// both ways, and not waited for.
			const now = Date.now();
			await page.clock.install({ time: now });
			await page.clock.pauseAt(now + 1000);
			await page.goto(path(`/present/#${ids[9]}`), { waitUntil: 'commit' });
			const slide = page.locator('[data-step-id][aria-current="step"]');
			await expect(slide).toHaveAttribute('data-step-id', ids[0]);
			await expect(slide).toBeHidden();
			await page.clock.runFor(2300);
			await expect(slide).toBeHidden();
			await page.clock.runFor(300);
			await expect(slide).toBeVisible();
			await expect(slide.getByRole('heading', { level: 1 })).toHaveText(story.events[0].title);
			// Opened at the top, there is nothing to wait for: the first step shows from the first paint.
			const other = await page.context().newPage();
			await holdAppCode(other);
			await other.goto(path('/present/'), { waitUntil: 'commit' });
			await expect(other.locator('[data-step-id][aria-current="step"]')).toBeVisible();
			await other.close();
		});

		test('its address without the trailing slash, as a briefer may type it, opens the deck at the step asked for', async ({ page }) => {
			await page.goto(path(`/present#${ids[5]}`));
			await expect(page).toHaveURL(new RegExp(`/present/#${ids[5]}$`));
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await expectStep(page, 5);
		});

		// A projector at 1080p: 24 px. A briefer's laptop or a 720p projector, which is often what the room
		// sees: 16 px, as large for the screen's height (2.2%). In the story's faces, and in the machine's:
		// the Arabic faces are `optional`, so a first visit on a slow link shows the deck in the machine's
		// for as long as it is open (a text-led picture is fitted to its stage in the face it is set in, and
		// the Arabic maliki-warning slide was once 15.3 px in DejaVu Sans).
		for (const [screen, width, height, least] of [
			['a projector', 1920, 1080, 24],
			['a 720p projector or a laptop', 1280, 720, 16]
		] as const)
			for (const faces of ['the story’s faces', 'the machine’s faces (the story’s held back)'] as const)
				test(`every text on a slide, the graphic’s and the step’s, is at least ${least} px on ${screen} (${width}×${height}), in ${faces}`, async ({
					page
				}) => {
					test.setTimeout(120_000);
					await page.setViewportSize({ width, height });
					// Held back: the faces never arrive (a request cut off is a console error, which fails any test here).
					const held = faces.startsWith('the machine');
					if (held) await holdFaces(page);
					await open(page, ids[0], held ? 'domcontentloaded' : 'load');
					if (!held)
						await useStoryFaces(page, () => expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true'), {
							later: true,
							within: '[data-testid="graphic"]'
						});
					// The size a text is seen at: its font size times every scale above it (the slide is scaled to
					// the screen, a graphic to its stage).
					const measure = () =>
						page.evaluate((least) => {
							const roots = [document.querySelector('[data-testid="graphic"]'), document.querySelector('[data-step-id][aria-current="step"]')];
							const out: string[] = [];
							for (const root of roots) {
								const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
								for (let n = walker.nextNode(); n; n = walker.nextNode()) {
									const el = n.parentElement!;
									const text = n.textContent!.trim();
									const r = el.getBoundingClientRect();
									if (!text || r.width < 2 || r.height < 2 || getComputedStyle(el).visibility !== 'visible' || !el.checkVisibility({ opacityProperty: true }))
										continue;
									const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
									const scale = m ? Math.hypot(m.a, m.b) : el.offsetWidth ? r.width / el.offsetWidth : 1;
									const px = parseFloat(getComputedStyle(el).fontSize) * scale;
									if (px < least - 0.5) out.push(`${px.toFixed(1)} px: "${text.slice(0, 40)}"`);
								}
							}
							return out;
						}, least);
					const small: string[] = [];
					for (const id of ids) {
						await page.evaluate((hash) => (location.hash = hash), id);
						await expectStep(page, ids.indexOf(id));
						// A text-led picture is fitted to its stage once the slide has been laid out (a frame or two
						// after the step changes): each slide is given a moment to settle, and text still small then is
						// reported.
						let seen: string[] = [];
						await expect(async () => {
							seen = await measure();
							expect(seen).toEqual([]);
						})
							.toPass({ timeout: 2_000 })
							.catch(() => undefined);
						for (const s of new Set(seen)) small.push(`${id}: ${s}`);
					}
					expect(small).toEqual([]);
				});

		// On a phone the words have a set share of the slide (under the picture, or beside it on its side)
		// and scroll there: what says there is more below is an arrow at the column's foot, over a veil of
		// paper on its last line.
		test('on a phone, words longer than their share show an arrow at its foot until read to the end, and each step’s start at their top', async ({ page }) => {
			test.setTimeout(90_000);
			const long: string[] = [];
			for (const size of [
				{ width: 390, height: 844 },
				{ width: 844, height: 390 }
			]) {
				await page.setViewportSize(size);
				await open(page);
				const column = page.locator('[data-step-id][aria-current="step"] h1').locator('..');
				/** The arrow, drawn by the column's ::after ('none' when it is not there). */
				const arrow = () => column.evaluate((el) => getComputedStyle(el, '::after').content);
				const hidden = () => column.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
				for (const id of ids) {
					await page.evaluate((hash) => (location.hash = hash), id);
					await expectStep(page, ids.indexOf(id));
					await twoFrames(page);
					expect(await column.evaluate((el) => el.scrollTop), `${id} starts at its top`).toBe(0);
					if ((await hidden()) <= 1) {
						await expect(column, `${id} fits: no arrow`).not.toHaveAttribute('data-more-below');
						expect(await arrow()).toBe('none');
						continue;
					}
					long.push(`${id} at ${size.width}×${size.height}`);
					await expect(column, `${id} has more below`).toHaveAttribute('data-more-below', '');
					expect(await arrow(), `${id} shows the arrow at its foot`).toContain('↓');
					// Read to the end (the reader's scroll), and the last line is whole.
					await column.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
					await expect(column, `${id} read to its end`).not.toHaveAttribute('data-more-below');
					expect(await arrow()).toBe('none');
				}
			}
			// The checks above mean something only if some step is too long for its share.
			expect(long.length, 'steps longer than their share on a phone').toBeGreaterThan(0);
		});

		test('the reading page and the deck link to each other at the current step', async ({ page }) => {
			await page.goto(path(`/#${ids[6]}`));
			await expect(graphic(page)).toHaveAttribute('data-active-step', ids[6]);
			await page.getByTestId('present-here').click();
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await expect(page).toHaveURL(new RegExp(`${path('/present/')}#${ids[6]}$`));
			await expectStep(page, 6);
			await page.keyboard.press(ed.keys.next[0]);
			await expectStep(page, 7);
			await page.getByTestId('read-link').click();
			await expect(page.locator('[data-step-id]')).toHaveCount(n);
			await expect(page.locator('html')).toHaveAttribute('lang', ed.lang);
			await expect(graphic(page)).toHaveAttribute('data-active-step', ids[7]);
			await expect(page.locator(`[data-step-id="${ids[7]}"]`)).toBeInViewport();
			// The header's link starts the briefing from the top.
			await page.getByTestId('present-link').click();
			await expectStep(page, 0);
		});

		// (One page for the bar and the graphic's switches: both follow the pointer's rest on the page's clock.)
		test('the on-screen controls fade when the pointer rests, stay faded for a clicker, and come back on a move or Tab; the graphic’s own switches stay off the slide until the pointer moves, and not for a clicker', async ({
			page
		}) => {
			await page.clock.install();
			await page.goto(path('/present/'));
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			const bar = page.getByRole('button', { name: t.overviewButton }).locator('..');
			const opacity = () => bar.evaluate((el) => getComputedStyle(el).opacity);
			const tools = page.getByTestId('motion-toggle').locator('xpath=ancestor::div[contains(@class, "tools")]');
			const toolsOpacity = () => tools.evaluate((el) => getComputedStyle(el).opacity);
			expect(await opacity()).toBe('1');
			await expect.poll(toolsOpacity).toBe('0');
			await page.clock.runFor(3500);
			await expect(page.getByTestId('deck')).toHaveAttribute('data-idle', 'true');
			expect(await opacity()).toBe('0');
			await page.keyboard.press(ed.keys.next[0]);
			await expect(graphic(page)).toHaveAttribute('data-active-step', ids[1]);
			expect(await opacity()).toBe('0');
			await expect.poll(toolsOpacity).toBe('0');
			await page.mouse.move(400, 400);
			await page.mouse.move(420, 410);
			await expect(page.getByTestId('deck')).not.toHaveAttribute('data-idle', 'true');
			expect(await opacity()).toBe('1');
			await expect.poll(toolsOpacity).toBe('1');
			await page.clock.runFor(3500);
			expect(await opacity()).toBe('0');
			await expect.poll(toolsOpacity).toBe('0');
			await page.keyboard.press('Tab');
			await expect.poll(opacity).toBe('1');
		});
	});

	// The developing story's second version (tests/fixtures/developing/versions.ts), served on its own:
	// its last step added, a correction to another, and `opensAt: "latest"`.
	test.describe(`${ed.lang} briefing of a developing story`, () => {
		const site = 'http://localhost:4194';
		/** The version's dataset as its build read it (validated: its `updated` is its last change), in this edition's words. */
		function version(): Story {
			const file = 'build-developing-data/v2/story.json';
			const checked = validateStory(JSON.parse(readFileSync(file, 'utf8')), file);
			if (!checked.ok) throw new Error(`${file} is not valid`);
			if (ed.lang === 'en') return checked.story;
			const overlay = translationSchema.parse(JSON.parse(readFileSync(file.replace('.json', `.${ed.lang}.json`), 'utf8')));
			return localizeStory(checked.story, overlay, {
				reviewed: t.translationReviewed,
				draft: t.translationDraft,
				date: (iso) => formatStoryDate(iso, ed.locale.date)
			});
		}
		/** What changed, as "Corrections and updates" names it (the reading page's words). */
		const what = (c: StoryChange) =>
			c.kind === 'correction'
				? c.event
					? fill(t.changeCorrection, { title: c.event.title })
					: t.storyCorrection
				: fill(c.kind === 'added' ? t.changeAdded : t.changeUpdated, { title: c.event.title });

		test('the deck opens at the newest step, says the day of the latest change, and Latest comes back to it', async ({ page }) => {
			const v = version();
			const latest = v.events[latestIndex(v)].id;
			const slide = page.locator('[data-step-id][aria-current="step"]');
			// No step in the address: a story that opens at its latest does.
			await page.goto(`${site}${path('/present/')}`);
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await expect(slide).toHaveAttribute('data-step-id', latest);
			await expect(page).toHaveURL(new RegExp(`#${latest}$`));
			// Later than the dataset's own `updated`: the day a step was added and the correction made.
			await expect(page.getByTestId('deck').locator('[data-as-of]')).toHaveText(asOf(v));
			await page.keyboard.press('Home');
			await expect(slide).toHaveAttribute('data-step-id', v.events[0].id);
			await page.locator('[data-deck-latest]').click();
			await expect(slide).toHaveAttribute('data-step-id', latest);
		});

		test('the handout prints each correction under its step, and every change, newest first, after the last step', async ({ page }) => {
			test.setTimeout(90_000);
			const v = version();
			const corrections = v.corrections.filter((c) => c.event);
			expect(corrections.length, 'the version corrects a step').toBeGreaterThan(0);
			await page.goto(`${site}${path('/present/')}`);
			await expect(page.getByTestId('deck')).toHaveAttribute('data-hydrated', 'true');
			await page.emulateMedia({ media: 'print' });
			const handout = page.getByTestId('handout');
			await expect(handout.locator('[data-handout-step]')).toHaveCount(v.events.length);
			await expect(handout.locator('[data-handout-step] [data-as-of]').first()).toHaveText(asOf(v));
			for (const c of corrections)
				await expect(handout.locator(`[data-handout-step="${c.event}"] [data-handout-correction="${c.id}"]`)).toHaveText(
					`${fill(t.stepCorrection, { date: formatStoryDate(c.date, ed.locale.date) })} ${c.text}`
				);
			await expect(handout.locator('[data-handout-step] [data-handout-correction]')).toHaveCount(corrections.length);

			const block = handout.locator('[data-handout-changes]');
			await expect(block.getByRole('heading')).toHaveText(t.changesHeading);
			const lines = block.locator('li');
			const changes = storyChanges(v);
			await expect(lines).toHaveCount(changes.length);
			for (const [i, change] of changes.entries()) {
				await expect(lines.nth(i)).toHaveAttribute('data-handout-change', change.kind);
				await expect(lines.nth(i).locator('time')).toHaveText(formatStoryDate(change.date, ed.locale.date));
				await expect(lines.nth(i).locator('strong')).toHaveText(what(change));
				if (change.kind === 'correction') {
					await expect(lines.nth(i)).toHaveAttribute('data-handout-correction', change.correction.id);
					await expect(lines.nth(i)).toContainText(change.correction.text);
				}
			}
			// On a sheet of its own, after the last step's.
			const last = (await handout.locator('[data-handout-step]').last().boundingBox())!;
			expect((await block.boundingBox())!.y).toBeGreaterThanOrEqual(last.y + last.height);
		});
	});
}
