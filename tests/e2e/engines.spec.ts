/**
 * The same checks in Chromium, Firefox and WebKit (Safari's engine): the projects in
 * playwright.config.ts run this file once per engine on the machine, each through `enginePage`
 * (tests/e2e/engines/), which drives Playwright's own browsers or the system's Firefox and WebKitGTK.
 * What is checked is what differs by engine: scrolling, sticky layout and the observers behind the
 * active step, the hash and a reload, keys, right-to-left layout, and axe's rules. Everything else is
 * tested in depth in Chromium by the other specs.
 */
import { expect, test } from './engines/fixture';
import type { EnginePage } from './engines/enginePage';
import { axeSource, runAxe, violationLines } from './axe';
import { editions, say, type Edition } from './story';

// One worker an engine, its tests in turn: with the suite's `fullyParallel`, both workers took each
// engine's tests and each started its own Firefox or MiniBrowser (seconds each, twice an engine).
test.describe.configure({ mode: 'default' });

const [en, ar] = editions;
const ids = en.story.events.map((e) => e.id);
const first = ids[0];
const last = ids.at(-1)!;

const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** What the reading page shows as active: the card with `aria-current` and the graphic's step. */
const readingState = (page: EnginePage) =>
	page.evaluate(() => ({
		card: document.querySelector<HTMLElement>('[data-step-id][aria-current="step"]')?.dataset.stepId,
		graphic: document.querySelector('[data-testid="graphic"]')?.getAttribute('data-active-step') ?? undefined
	}));

const hydrated = (page: EnginePage, view: string) =>
	expect
		.poll(() => page.evaluate((v) => document.querySelector(`[data-testid="${v}"]`)?.getAttribute('data-hydrated'), view), { message: `${view} hydrated` })
		.toBe('true');

/**
 * Scrolls as a reader does: the step's card comes up to the trigger line, and the story follows.
 * Then checks what the reader sees: the graphic on screen whole, showing that step, and the top of the
 * card not under it.
 */
async function readStep(page: EnginePage, id: string) {
	await page.evaluate((id) => {
		const card = document.querySelector(`[data-step-id="${id}"]`)!;
		const trigger = document.querySelector('[data-scrolly-line="trigger"]')!.getBoundingClientRect().top;
		scrollBy(0, card.getBoundingClientRect().top - trigger + 8);
	}, id);
	await expect.poll(() => readingState(page), { message: `step ${id} active` }).toEqual({ card: id, graphic: id });
	const seen = await page.evaluate((id) => {
		const graphic = document.querySelector('[data-testid="graphic"]')!.getBoundingClientRect();
		const card = document.querySelector(`[data-step-id="${id}"]`)!.getBoundingClientRect();
		const readTop = document.querySelector('[data-scrolly-line="read-top"]')!.getBoundingClientRect().top;
		return { graphicTop: graphic.top, graphicBottom: graphic.bottom, height: innerHeight, cardTop: card.top, readTop };
	}, id);
	expect(seen.graphicTop, `${id}: the graphic's top is on screen`).toBeGreaterThanOrEqual(-1);
	expect(seen.graphicBottom, `${id}: the graphic's bottom is on screen`).toBeLessThanOrEqual(seen.height + 1);
	expect(seen.cardTop, `${id}: the card's first line is below the graphic, in the reading area`).toBeGreaterThanOrEqual(seen.readTop - 1);
}

/**
 * Starts noting what the page does: its scrolls and their ends, resizes, keys and address changes,
 * each with the scroll position, the address, the active step and (with `id`) that card's top. For a
 * failure to say (`explained`): the End/Home and deep-link checks have failed now and then under load,
 * never while watched.
 */
async function noteScrolls(page: EnginePage, id?: string) {
	await page.evaluate((id) => {
		const w = window as unknown as { scrolls: string[]; noted?: boolean };
		w.scrolls = [];
		if (w.noted) return;
		w.noted = true;
		const t0 = performance.now();
		const note = (type: string) => (e: Event) => {
			const active = document.querySelector<HTMLElement>('[data-step-id][aria-current="step"]')?.dataset.stepId;
			const top = id ? `, card top ${Math.round(document.getElementById(id)!.getBoundingClientRect().top)}` : '';
			const key = e instanceof KeyboardEvent ? ` ${e.key}` : '';
			w.scrolls.push(
				`${Math.round(performance.now() - t0)} ms ${type}${key}: scrollY ${Math.round(scrollY)}, ${innerWidth}×${innerHeight}, ${location.hash}, active ${active}${top}`
			);
		};
		for (const type of ['hashchange', 'popstate', 'scroll', 'scrollend', 'resize', 'keydown']) addEventListener(type, note(type), true);
	}, id);
}

/** Awaits a check; when it fails, its message says what the page did since `noteScrolls` (the last 40 things). */
async function explained(page: EnginePage, check: Promise<unknown>, since: string) {
	await check.catch(async (e: Error) => {
		const scrolls = await page.evaluate(() => (window as unknown as { scrolls?: string[] }).scrolls?.slice(-40) ?? []);
		throw new Error(`${e.message}\nWhat the page did ${since}:\n  ${scrolls.join('\n  ')}`);
	});
}

/**
 * Presses End or Home until the page is at its end or its top, as a reader would press again: on a
 * loaded machine a browser now and then drops a key (tests/e2e/reading.spec.ts says the same), and
 * WebKitGTK's animated scroll for Home was seen to stop 1,385 px short of the top, its last scroll
 * event there, and no resize or address change that would have made the page's script scroll (the
 * story then showed, rightly, the step at that place). What is tested is unchanged: the page is where the key
 * sends it, and the story follows it there.
 */
async function pressToScroll(page: EnginePage, key: 'End' | 'Home') {
	const there = () => page.evaluate((key) => (key === 'Home' ? scrollY <= 0 : scrollY >= document.documentElement.scrollHeight - innerHeight - 1), key);
	const gotThere = (timeout: number) =>
		expect
			.poll(there, { timeout })
			.toBe(true)
			.then(
				() => true,
				() => false
			);
	for (let press = 0; press < 3; press++) {
		await page.press(key);
		if (await gotThere(3000)) return;
	}
	await expect.poll(there, { message: `${key} took the page to its ${key === 'Home' ? 'top' : 'end'}` }).toBe(true);
}

for (const [size, viewport] of Object.entries({ desktop, phone })) {
	test(`reading page, English, ${size}: a deep link, a reload, every step by scrolling, End and Home`, async ({ enginePage: page }) => {
		test.setTimeout(90_000);
		const got = await page.resize(viewport);
		const target = ids[7];
		await page.goto(`/#${target}`);
		await hydrated(page, 'reader');
		await expect.poll(() => readingState(page), { message: 'the deep link’s step' }).toEqual({ card: target, graphic: target });
		await page.reload();
		await hydrated(page, 'reader');
		await expect.poll(() => readingState(page), { message: 'the step kept on reload' }).toEqual({ card: target, graphic: target });
		await page.evaluate(() => scrollTo(0, 0));
		for (const id of ids) await readStep(page, id);
		await expect.poll(() => page.evaluate(() => location.hash), { message: 'the address names the step' }).toBe(`#${last}`);
		await page.evaluate(() => scrollTo(0, 0));
		await expect.poll(() => readingState(page)).toEqual({ card: first, graphic: first });
		await noteScrolls(page);
		await pressToScroll(page, 'End');
		await explained(page, expect.poll(() => readingState(page), { message: 'End: the last step' }).toEqual({ card: last, graphic: last }), 'since End');
		await noteScrolls(page);
		await pressToScroll(page, 'Home');
		await explained(page, expect.poll(() => readingState(page), { message: 'Home: the first step' }).toEqual({ card: first, graphic: first }), 'since Home');
		expect(got.width, 'the viewport is as narrow as asked, or as the engine allows').toBeLessThanOrEqual(Math.max(viewport.width, 447));
	});
}

test('reading page, Arabic, phone: right to left, every step by scrolling, a deep link', async ({ enginePage: page }) => {
	test.setTimeout(90_000);
	await page.resize(phone);
	await page.goto(ar.path('/'));
	await hydrated(page, 'reader');
	expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
	// Right to left: the card's text starts at its right edge.
	const align = await page.evaluate(() => getComputedStyle(document.querySelector('[data-step-id] p')!).direction);
	expect(align).toBe('rtl');
	for (const id of ids) await readStep(page, id);
	// (Under load this deep link now and then left the story on the next step, in Firefox and once in
	// Chromium: the browser's scroll to the #id put the card behind the graphic, the story followed it
	// to the next step before the late `hashchange`, which then read that step's address. Mended in
	// stop 51, the card's scroll margin and the event's own address; tests/e2e/phone-reading.spec.ts
	// holds the event back. What the page did is still noted, and a failure says it.)
	await noteScrolls(page, ids[4]);
	await page.goto(ar.path(`/#${ids[4]}`));
	await explained(page, expect.poll(() => readingState(page)).toEqual({ card: ids[4], graphic: ids[4] }), 'after the deep link');
	// The browser's own scroll to the #id's card, coming after the page has answered the address (as a
	// loaded machine made Firefox and WebKit do; `scrollIntoView` keeps the card's scroll margin, as the
	// browser's scroll to an #id does). The story keeps the step the address names, its card under the
	// graphic.
	await page.evaluate((id) => {
		const w = window as unknown as { lateScroll?: boolean };
		addEventListener(
			'hashchange',
			() =>
				setTimeout(() => {
					document.getElementById(id)!.scrollIntoView();
					w.lateScroll = true;
				}, 30),
			{ once: true }
		);
		location.hash = id;
	}, ids[6]);
	const after = () =>
		page.evaluate(
			(id) => ({
				scrolled: !!(window as unknown as { lateScroll?: boolean }).lateScroll,
				under: document.getElementById(id)!.getBoundingClientRect().top > innerHeight / 3
			}),
			ids[6]
		);
	await expect.poll(after, { message: 'after the late scroll, the card is back under the graphic' }).toEqual({ scrolled: true, under: true });
	await expect.poll(() => readingState(page), { message: 'a late scroll to the #id keeps its step' }).toEqual({ card: ids[6], graphic: ids[6] });
});

/** The deck's step: its slide's id, the graphic's, and the address's hash. */
const deckState = (page: EnginePage) =>
	page.evaluate(() => ({
		slide: document.querySelector<HTMLElement>('[data-testid="deck"] [data-step-id][aria-current="step"]')?.dataset.stepId,
		graphic: document.querySelector('[data-testid="deck"] [data-testid="graphic"]')?.getAttribute('data-active-step') ?? undefined,
		hash: location.hash
	}));
const onStep = (id: string) => ({ slide: id, graphic: id, hash: `#${id}` });

// English on a projector's proportions, Arabic on a phone held upright.
for (const [ed, size, viewport] of [
	[en, 'desktop', desktop],
	[ar, 'phone', phone]
] as [Edition, string, typeof phone][]) {
	const [next, previous] = ed.dir === 'rtl' ? (['ArrowLeft', 'ArrowRight'] as const) : (['ArrowRight', 'ArrowLeft'] as const);
	test(`deck, ${ed.lang}, ${size}: a hash, ${next} and ${previous}, the overview and Esc`, async ({ enginePage: page }) => {
		await page.resize(viewport);
		await page.goto(ed.path(`/present/#${ids[2]}`));
		await hydrated(page, 'deck');
		await expect.poll(() => deckState(page)).toEqual(onStep(ids[2]));
		await page.press(next);
		await expect.poll(() => deckState(page), { message: `${next}: the next step` }).toEqual(onStep(ids[3]));
		await page.press(previous);
		await page.press(previous);
		await expect.poll(() => deckState(page), { message: `${previous} twice: back two` }).toEqual(onStep(ids[1]));
		await page.evaluate((id) => (location.hash = id), ids[9]);
		await expect.poll(() => deckState(page), { message: 'a hash set by hand' }).toEqual(onStep(ids[9]));
		await page.press('o');
		await expect
			.poll(() => page.evaluate(() => document.querySelector('[data-testid="overview"] [aria-current="step"]')?.getAttribute('data-overview-step')), {
				message: 'the overview, on the deck’s step'
			})
			.toBe(ids[9]);
		await page.press('Escape');
		await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-testid="overview"]').length), { message: 'Esc closes the overview' }).toBe(0);
		await page.press('End');
		await expect.poll(() => deckState(page), { message: 'End: the last step' }).toEqual(onStep(last));
	});
}

test('embed, at a column’s width: a step asked for, the keys and the position', async ({ enginePage: page }) => {
	await page.resize({ width: 600, height: 700 });
	await page.goto(`/embed/?step=${ids[5]}`);
	await hydrated(page, 'embed');
	const state = () =>
		page.evaluate(() => ({
			step: document.querySelector<HTMLElement>('[data-testid="embed"] [data-step-id][aria-current="step"]')?.dataset.stepId,
			position: document.querySelector('[data-testid="embed-position"]')?.textContent?.trim()
		}));
	await expect.poll(state).toEqual({ step: ids[5], position: say(en, en.t.position, { n: 6, count: ids.length }) });
	await page.press('ArrowRight');
	await expect.poll(state, { message: '→: the next step' }).toEqual({ step: ids[6], position: say(en, en.t.position, { n: 7, count: ids.length }) });
});

/** axe's violations over the page as it stands, one line each (rule, impact, first elements). */
async function axeViolations(page: EnginePage): Promise<string[]> {
	await page.addScript(axeSource);
	return violationLines(await page.evaluate(runAxe, []));
}

test('axe: no violations on the reading page and the deck (both editions, phone and desktop), the speaker view and the embed', async ({ enginePage: page }) => {
	test.setTimeout(120_000);
	for (const [where, size, path, view] of [
		['reading page', desktop, '/', 'reader'],
		['reading page, phone', phone, `/#${ids[4]}`, 'reader'],
		['Arabic reading page', desktop, ar.path(`/#${ids[10]}`), 'reader'],
		['Arabic reading page, phone', phone, ar.path('/'), 'reader'],
		['deck', desktop, `/present/#${ids[12]}`, 'deck'],
		['Arabic deck, phone', phone, ar.path(`/present/#${ids[15]}`), 'deck'],
		['speaker view', desktop, `/present/?view=speaker#${ids[3]}`, 'speaker-view'],
		['embed', { width: 600, height: 700 }, '/embed/', 'embed']
	] as const) {
		await page.resize(size);
		await page.goto('about:blank');
		await page.goto(path);
		await hydrated(page, view);
		expect(await axeViolations(page), `axe violations: ${where}`).toEqual([]);
	}
});
