import type { Page } from '@playwright/test';
import { expect, expectInstantMapChange, graphic, resizeTo, scrollToStep, test } from './fixtures';
import { story } from './story';
import { describeVisual, visualState } from '../../src/lib/state/visualState';
import { english } from '../../src/lib/i18n/strings.en';

type StoryEvent = (typeof story.events)[number];
/** People per square: the step's own `perUnit`, or the documented default of 50. */
const perUnit = (e: StoryEvent) => (e.visual.kind === 'units' ? (e.visual.perUnit ?? 50) : 50);
const figure = (id: string) => story.events.flatMap((e) => e.figures).find((f) => f.id === id)!;

/** Asserts that the graphic's marks show exactly the state the event's `visual` field names. */
async function expectVisual(page: Page, event: StoryEvent) {
	const g = graphic(page);
	await expect(g).toHaveAttribute('data-active-step', event.id);
	await expect(g).toHaveAttribute('data-visual-kind', event.visual.kind);
	const layer = g.locator(`[data-visual="${event.visual.kind}"]`);
	await expect(layer).toBeVisible();
	await expect(g.locator('[data-visual]:visible')).toHaveCount(1);
	const v = event.visual;
	switch (v.kind) {
		case 'map': {
			await expect(layer.getByTestId('transfer-map')).toHaveAttribute('data-focus', v.focus.join(' '));
			await expect(layer.locator('[data-highlight="true"]')).toHaveCount(v.highlight?.length ?? 0);
			for (const id of v.highlight ?? []) await expect(layer.locator(`[data-place-id="${id}"]`)).toHaveAttribute('data-highlight', 'true');
			await expect(layer.locator('[data-concern="true"]')).toHaveCount(v.concern?.length ?? 0);
			for (const id of v.concern ?? []) await expect(layer.locator(`[data-place-id="${id}"]`)).toHaveAttribute('data-concern', 'true');
			await expect(layer.locator('path[data-route-mode]')).toHaveCount(v.routes?.length ?? 0);
			for (const r of v.routes ?? [])
				await expect(layer.locator(`path[data-route-mode="${r.mode}"][data-route-from="${r.from}"][data-route-to="${r.to}"]`)).toHaveCount(1);
			await expect(layer.locator('[data-base-status]')).toHaveCount(v.bases?.length ?? 0);
			for (const b of v.bases ?? []) await expect(layer.locator(`[data-place-id="${b.place}"]`)).toHaveAttribute('data-base-status', b.status);
			// Every focus place is drawn inside the visible map.
			const box = (await layer.getByTestId('transfer-map').boundingBox())!;
			for (const id of v.focus) {
				// A country in focus (a route from Syria) is its outline, drawn; a place is its marker.
				const place = story.places.find((q) => q.id === id)!;
				if (place.kind === 'country') {
					await expect(layer.locator(`path.country.home[data-country="${place.name}"]`).first()).toBeVisible();
					continue;
				}
				const p = (await layer.locator(`[data-place-id="${id}"] > :first-child`).boundingBox())!;
				expect(p.x).toBeGreaterThanOrEqual(box.x);
				expect(p.x + p.width).toBeLessThanOrEqual(box.x + box.width);
				expect(p.y).toBeGreaterThanOrEqual(box.y);
				expect(p.y + p.height).toBeLessThanOrEqual(box.y + box.height);
			}
			break;
		}
		case 'units':
			for (const id of v.figures) {
				const units = Math.max(1, Math.round(figure(id).value / perUnit(event)));
				await expect(layer.locator(`rect[data-in~="${id}"]`)).toHaveCount(units);
				await expect(layer.locator(`[data-legend-group="${id}"]`)).toContainText(
					figure(id).qualifier === 'exactly' ? String(figure(id).value) : figure(id).qualifier
				);
			}
			{
				// An approximate number is never drawn as exact: a "more than" whole runs on into hollow
				// squares (keyed), an "up to" part has a dashed edge, an "around" or "nearly" part a soft one.
				const [whole, ...parts] = v.figures.map(figure);
				const open = whole.qualifier === 'more than' || whole.qualifier === 'at least';
				if (open) {
					expect(await layer.locator('[data-tail]').count()).toBeGreaterThanOrEqual(3);
					await expect(layer.locator('[data-legend="open-edge"]')).toBeVisible();
				} else await expect(layer.locator('[data-tail]')).toHaveCount(0);
				for (const p of parts) {
					const edge = p.qualifier === 'up to' ? 'dashed' : p.qualifier === 'around' || p.qualifier === 'nearly' ? 'soft' : null;
					await expect(layer.locator(`[data-edge-of="${p.id}"]`)).toHaveCount(edge ? 1 : 0);
					if (edge) await expect(layer.locator(`[data-edge-of="${p.id}"]`)).toHaveAttribute('data-edge', edge);
				}
			}
			break;
		case 'countries':
			await expect(layer.getByTestId('country-dots')).toHaveAttribute('data-count', String(figure(v.figure).value));
			{
				// One dot per country, and an approximate figure never drawn as exact: the figure lies in
				// the range the dots draw (solid ones certain, hollow ones the band), and the band is there.
				const f = figure(v.figure);
				const solid = await layer.locator('circle[data-on]').count();
				const band = await layer.locator('circle[data-uncertain]').count();
				if (f.qualifier === 'exactly') expect([solid, band]).toEqual([f.value, 0]);
				else {
					expect(band).toBeGreaterThan(0);
					expect(solid).toBeLessThanOrEqual(f.value);
					expect(solid + band).toBeGreaterThanOrEqual(f.value);
					if (f.qualifier === 'nearly' || f.qualifier === 'around') expect(solid).toBeLessThan(f.value);
				}
			}
			await expect(layer).toContainText(`${figure(v.figure).qualifier} ${figure(v.figure).value}`);
			break;
		case 'politics':
			await expect(layer.getByTestId('political-track')).toHaveAttribute('data-status', v.status);
			expect(await layer.locator('[data-milestone]').evaluateAll((els) => els.map((e) => e.getAttribute('data-milestone')))).toEqual(v.milestones);
			await expect(layer.locator('[data-milestone][data-active="true"]')).toHaveCount(v.milestones.includes(event.id) ? 1 : 0);
			break;
		case 'timeline':
			await expect(layer.getByTestId('era-focus')).toHaveAttribute('data-era', v.era ?? '');
			break;
	}
}

/** Every element of the graphic with its attributes and own text, in document order. */
function drawnState(page: Page): Promise<string[]> {
	return graphic(page).evaluate((root) =>
		[root, ...root.querySelectorAll('*')].map((el) => {
			// Attributes and class tokens are sorted: the order Svelte set them in is not part of the picture.
			// Nor are generated ids (`c3-title`): their number counts the components mounted so far. An
			// empty class or style attribute (left by a class or a style toggled off on the way: a text
			// visual enlarged on one step and not on the next) is none. Nor is the time axis's `jumped`: it
			// says how the last move was made (a jump recolours the marks at once), not what is drawn.
			const classes = (value: string) => value.split(/\s+/).filter((c) => c && c !== 'jumped');
			const attrs = [...el.attributes]
				.filter((a) => (a.name === 'class' ? classes(a.value).length : a.name !== 'style' || a.value.trim()))
				.map((a) => `${a.name}=${a.name === 'class' ? classes(a.value).sort().join(' ') : a.value.replace(/\b[cs]\d+-/g, 'id-')}`)
				.sort()
				.join(' ');
			const text = [...el.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent)
				.join('');
			return `<${el.tagName} ${attrs}>${text}`;
		})
	);
}

// One walk for both: each step scrolled to shows its visual, and the last, reached so, is the picture a
// jump there draws.
test('every step shows the visual kind and state its `visual` field names; jumping straight to the last step draws the same graphic as scrolling there step by step', async ({
	page
}) => {
	await page.goto('/');
	for (const event of story.events) {
		await scrollToStep(page, event.id);
		await expectVisual(page, event);
	}
	await expect(graphic(page)).toHaveAttribute('data-layers-ready', 'true');
	const stepped = await drawnState(page);

	await page.goto('/#' + story.events.at(-1)!.id);
	await page.reload();
	await expect(graphic(page)).toHaveAttribute('data-active-step', story.events.at(-1)!.id);
	await expect(graphic(page)).toHaveAttribute('data-layers-ready', 'true');
	const jumped = await drawnState(page);
	expect(jumped.length).toBeGreaterThan(500);
	// Compared element by element so a failure names the first mark that differs.
	const first = jumped.findIndex((line, i) => line !== stepped[i]);
	expect(first === -1 ? null : { jumped: jumped[first], stepped: stepped[first] }).toBeNull();
	expect(jumped.length).toBe(stepped.length);
});

test('between map steps that need no closer view the map keeps one steady frame, with no locator; under reduced motion every change is instant', async ({
	page
}) => {
	const [a, b] = story.events.filter((e) => e.visual.kind === 'map');
	await page.goto('/#' + a.id);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await expect(graphic(page)).toHaveAttribute('data-active-step', a.id);
	const frame = graphic(page).locator('[data-testid="transfer-map"] g[transform^="matrix"]');
	const before = await frame.getAttribute('transform');
	await scrollToStep(page, b.id);
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	expect(await frame.getAttribute('transform')).toBe(before);
	await expect(graphic(page).getByTestId('map-locator')).toHaveCount(0);
	await expectInstantMapChange(page, b.visual.kind === 'map' ? b.visual.focus[0] : '');
});

test('with motion allowed, a step that needs a closer view glides there and shows a locator', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'no-preference', viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	// The page's clock is the test's: the glide is sampled at set times, so a busy machine that draws
	// few frames cannot make a glide look like a jump.
	await page.clock.install();
	// The second story's splashdown is far smaller than its map area: the one step that zooms.
	await page.goto('http://localhost:4182/#kennedy-speech');
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', 'kennedy-speech');
	const frame = page.getByTestId('graphic').locator('[data-testid="transfer-map"] g[transform^="matrix"]');
	const start = await frame.getAttribute('transform');
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.locator('[data-step-id="splashdown"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.getByTestId('graphic')).toHaveAttribute('data-active-step', 'splashdown');
	// A glide passes through views between the two (a jump would show only the first and the last).
	const values: (string | null)[] = [];
	for (let t = 0; t < 2000; t += 100) {
		await page.clock.runFor(100);
		values.push(await frame.getAttribute('transform'));
	}
	const after = values.at(-1);
	expect(after).not.toBe(start);
	expect(values.at(-2), 'the glide has ended').toBe(after);
	expect(new Set(values.filter((v) => v !== start && v !== after)).size, 'views between the two').toBeGreaterThan(2);
	await page.clock.resume();
	await expect(page.getByTestId('graphic').getByTestId('map-locator')).toBeVisible();
	await context.close();
});

test('each visual can be shown as a data table with the same numbers', async ({ page }) => {
	const unitsStep = story.events.filter((e) => e.visual.kind === 'units').at(-1)!;
	await page.goto('/#' + unitsStep.id);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: 'Show the data as a table' }).click();
	await expect(graphic(page)).toHaveAttribute('data-view', 'table');
	const table = graphic(page).getByTestId('visual-table');
	if (unitsStep.visual.kind !== 'units') throw new Error();
	await expect(table.locator('tbody tr')).toHaveCount(unitsStep.visual.figures.length);
	for (const id of unitsStep.visual.figures) {
		await expect(table).toContainText(figure(id).value.toLocaleString('en-GB'));
		await expect(table).toContainText(figure(id).label);
	}
	// The table follows the story as it moves on.
	const mapStep = story.events.find((e, i) => i > story.events.indexOf(unitsStep) && e.visual.kind === 'map')!;
	await scrollToStep(page, mapStep.id);
	await expect(table.locator('caption')).toHaveText('Places and routes on the map');
	await page.getByRole('button', { name: 'Show the picture' }).click();
	await expect(graphic(page)).toHaveAttribute('data-view', 'picture');
});

test('the graphic has a name and a description with the active step’s numbers; step changes are announced', async ({ page }) => {
	const step = story.events.find((e) => e.visual.kind === 'units')!;
	await page.goto('/');
	await scrollToStep(page, step.id);
	await expect(graphic(page)).toHaveAccessibleName(`Graphic: ${step.title}`);
	if (step.visual.kind !== 'units') throw new Error();
	await expect(graphic(page)).toHaveAccessibleDescription(new RegExp(figure(step.visual.figures[0]).value.toLocaleString('en-GB')));
	await expect(page.getByTestId('step-announcer')).toContainText(`Step ${story.events.indexOf(step) + 1} of ${story.events.length}`);
	await expect(page.getByTestId('step-announcer')).toContainText(step.title);
	// Then what the graphic now shows, in a sentence written from the data: the graphic's own description.
	await expect(page.getByTestId('step-announcer')).toContainText(describeVisual(visualState(story, story.events.indexOf(step)), english));
	// Said once a step: the text does not change while the reader stays on it.
	const said = await page.getByTestId('step-announcer').textContent();
	await page.mouse.wheel(0, 40);
	await page.waitForTimeout(300);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	expect(await page.getByTestId('step-announcer').textContent()).toBe(said);
});

test('a step’s link control copies the address of its own page (which previews the step where it is shared)', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const step = story.events[4];
	await page.goto('/#' + step.id);
	await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
	await page.locator(`[data-permalink="${step.id}"]`).click();
	await expect(page.locator(`[data-step-id="${step.id}"] [role="status"]`)).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4180/steps/${step.id}/`);
});

test('the story faces are self-hosted: asked for from the site and nowhere else; Sources and method lists every source with the steps that cite it', async ({
	page
}) => {
	const fonts: string[] = [];
	page.on('request', (r) => r.url().endsWith('.woff2') && fonts.push(new URL(r.url()).origin));
	await page.goto('/');
	await page.evaluate(() => document.fonts.ready);
	expect(fonts.length).toBeGreaterThan(0);
	expect(new Set(fonts)).toEqual(new Set([new URL(page.url()).origin]));
	expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"') && document.fonts.check('600 16px "Source Sans 3"'))).toBe(true);

	const section = page.getByTestId('sources-and-method');
	for (const source of story.sources) {
		const item = section.locator(`[data-source-id="${source.id}"]`);
		await expect(item).toContainText(source.title);
		const citing = story.events.filter((e) => e.sources.includes(source.id));
		await expect(item.locator('a')).toHaveCount(citing.length);
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('every step still drives its visual, and a rotation keeps the active step', async ({ page }) => {
		await page.goto('/');
		for (const event of story.events) {
			await scrollToStep(page, event.id);
			await expect(graphic(page)).toHaveAttribute('data-active-step', event.id);
			await expect(graphic(page)).toHaveAttribute('data-visual-kind', event.visual.kind);
		}
		const middle = story.events[8];
		await scrollToStep(page, middle.id);
		await expect(graphic(page)).toHaveAttribute('data-active-step', middle.id);
		await resizeTo(page, { width: 844, height: 390 });
		await expect(graphic(page)).toHaveAttribute('data-active-step', middle.id);
		await resizeTo(page, { width: 390, height: 844 });
		await expect(graphic(page)).toHaveAttribute('data-active-step', middle.id);
	});
});

test('one screenshot per visual kind, saved as a test artefact', async ({ page }, testInfo) => {
	const kinds = [...new Set(story.events.map((e) => e.visual.kind))];
	for (const kind of kinds) {
		const event = story.events.find((e) => e.visual.kind === kind)!;
		await page.goto('/#' + event.id);
		// The live graphic replaces the prerendered one once the page has started (docs/test-contract.md: data-hydrated).
		await expect(page.getByTestId('reader')).toHaveAttribute('data-hydrated', 'true');
		await expect(graphic(page)).toHaveAttribute('data-visual-kind', kind);
		await page.evaluate(() => document.fonts.ready);
		const path = testInfo.outputPath(`visual-${kind}.png`);
		await graphic(page).screenshot({ path });
		await testInfo.attach(`visual-${kind}`, { path, contentType: 'image/png' });
	}
});

test('red means the transfers and nothing else, at every step, in the reading and briefing views', async ({ page }) => {
	test.setTimeout(90_000);
	/** Every visible element painted in the transfer colour that is not a transfer (`data-transfer`). */
	const offenders = () =>
		page.evaluate(() => {
			const probe = document.createElement('i');
			probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--transfer');
			document.body.append(probe);
			const red = getComputedStyle(probe).color;
			probe.remove();
			const found: string[] = [];
			for (const el of document.querySelectorAll('body *')) {
				const cs = getComputedStyle(el);
				if (cs.display === 'none' || cs.visibility === 'hidden') continue;
				const direct = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
				const paints = [cs.fill, cs.stroke, cs.backgroundColor, cs.borderLeftColor, cs.borderTopColor, direct ? cs.color : ''];
				if (paints.includes(red) && !el.closest('[data-transfer]')) found.push(el.outerHTML.slice(0, 90));
			}
			return found;
		});
	for (const view of ['/', '/present/']) {
		for (const event of story.events) {
			await page.goto(`${view}#${event.id}`);
			await expect(graphic(page)).toHaveAttribute('data-active-step', event.id);
			expect(await offenders(), `${view}#${event.id}`).toEqual([]);
		}
	}
});

test('every shade of the unit chart stands out from the paper at 3:1 or more (WCAG non-text contrast)', async ({ page }) => {
	const step = story.events.filter((e) => e.visual.kind === 'units').at(-1)!;
	await page.goto('/#' + step.id);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	const ratios = await graphic(page)
		.locator('[data-visual="units"]')
		.evaluate((layer) => {
			const luminance = (css: string) => {
				const [r, g, b] = css
					.match(/[\d.]+/g)!
					.slice(0, 3)
					.map((v) => {
						const c = Number(v) / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			const paper = luminance(getComputedStyle(document.documentElement).backgroundColor);
			const fills = new Set([...layer.querySelectorAll('rect[data-in]')].map((r) => getComputedStyle(r).fill));
			return [...fills].map((f) => {
				const [a, b] = [luminance(f), paper].sort((x, y) => y - x);
				return { fill: f, ratio: (a + 0.05) / (b + 0.05) };
			});
		});
	expect(ratios.length).toBeGreaterThanOrEqual(3);
	for (const r of ratios) expect(r.ratio, r.fill).toBeGreaterThanOrEqual(3);
});

test('the closing step draws the story’s nested block beside the political track, in both editions', async ({ page }) => {
	const closing = story.events.find((e) => e.visual.kind === 'politics' && (e.visual.figures?.length ?? 0) > 0)!;
	if (closing.visual.kind !== 'politics') throw new Error();
	for (const edition of ['/', '/ar/']) {
		await page.goto(`${edition}#${closing.id}`);
		await expect(graphic(page)).toHaveAttribute('data-active-step', closing.id);
		const block = graphic(page).locator('[data-visual="politics"] [data-mark="block"]');
		await expect(block).toBeVisible();
		const box = (await block.boundingBox())!;
		expect(box.width * box.height).toBeGreaterThan(2000);
		await expect(block.locator('[data-testid="detainee-units"]')).toHaveAttribute('data-groups', new RegExp(`^${closing.visual.figures![0]}:`));
	}
});

test.describe('a text-led visual on a roomy stage', () => {
	test.use({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
	const politics = story.events.find((e) => e.visual.kind === 'politics')!;
	/** How much the political track is enlarged (the scale its ancestors' transforms give it), and whether it is inside the graphic. */
	const drawn = (page: Page) =>
		graphic(page)
			.getByTestId('political-track')
			.evaluate((el: HTMLElement) => {
				let scale = 1;
				for (let a: HTMLElement | null = el; a; a = a.parentElement) {
					const t = getComputedStyle(a).transform;
					if (t !== 'none') scale *= new DOMMatrix(t).a;
				}
				const box = el.getBoundingClientRect();
				const stage = el.closest('[data-testid="graphic"]')!.getBoundingClientRect();
				return {
					scale: Math.round(scale * 100) / 100,
					inside: box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom
				};
			});

	test('is enlarged to fill it, within limits, inside the graphic; on a phone it keeps the size it is set for', async ({ page }) => {
		// The reading page on a tablet held upright: at most 1.25 times.
		await page.goto(`/#${politics.id}`);
		await expect(graphic(page)).toHaveAttribute('data-active-step', politics.id);
		await expect.poll(() => drawn(page)).toEqual({ scale: 1.25, inside: true });
		// Turned into a phone's screen: its own size again.
		await resizeTo(page, { width: 390, height: 844 });
		await expect.poll(() => drawn(page)).toEqual({ scale: 1, inside: true });
		// The briefing deck on a laptop: up to 1.35 times, as its stage allows.
		await resizeTo(page, { width: 1440, height: 900 });
		await page.goto(`/present/#${politics.id}`);
		await expect(graphic(page)).toHaveAttribute('data-active-step', politics.id);
		await expect.poll(async () => (await drawn(page)).inside).toBe(true);
		const deck = await drawn(page);
		expect(deck.scale).toBeGreaterThan(1.1);
		expect(deck.scale).toBeLessThanOrEqual(1.35);
	});
});
