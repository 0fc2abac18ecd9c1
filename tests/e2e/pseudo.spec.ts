/**
 * The pseudo-locales (docs/translation.md): `en-XA`, the English accented, bracketed and 40% longer,
 * and `ar-XB`, the English forced right to left in a right-to-left page, both made from the English
 * by the build (PSEUDO_LOCALES=1, the :4181 site). Every view (the reading page, the deck with its
 * overview and help, the speaker view, the embed, the step pages, the printed handout) is walked step
 * by step at phone and desktop sizes (the step pages, one column at every width, at the phone's), and:
 * - no text on show is plain English: every text node, name (aria-label) and text alternative is the
 *   pseudo-locale's, or a number, a date's digits, punctuation or a symbol; text in another language
 *   on purpose (the language switch, `lang` set) is left out. A word typed into a component, or a
 *   sentence glued from pieces whose glue is not a string, shows here;
 * - nothing is clipped or sticks out: no text runs past the side of its box, no box that hides its
 *   overflow has more text than room, and the page never scrolls sideways;
 * - nothing overlaps: no two texts on show cover each other, and the graphic's labels pass the label
 *   walk (labels.ts: inside the graphic, clear of each other and of the data, at least 12 px).
 */
import type { Browser, Page } from '@playwright/test';
import { expect, graphic, startReading, test, twoFrames } from './fixtures';
import { labelProblems } from './labels';
import { story } from './story';

const SITE = 'http://localhost:4181/story';
const locales = [
	{ lang: 'en-XA', dir: 'ltr', mark: '[\\u00C0-\\u00FF\\[\\]]' },
	{ lang: 'ar-XB', dir: 'rtl', mark: '\\u202E' }
] as const;
type Locale = (typeof locales)[number];
const sizes = [
	{ name: 'phone', width: 390, height: 844, touch: true },
	{ name: 'desktop', width: 1440, height: 900, touch: false }
];
const ids = story.events.map((e) => e.id);

/**
 * What is wrong with the texts on show inside `scope` (a selector; the whole page by default): plain
 * English anywhere in it; and, in the window (or, `inView` false, anywhere: a page printed), text past
 * the side of its box or hidden by its box, and texts on top of each other.
 */
function textProblems(page: Page, locale: Locale, scope = 'body', inView = true): Promise<string[]> {
	return page.evaluate(
		({ mark: markSource, scope, inView }) => {
			const mark = new RegExp(markSource, 'u');
			/** Digits, punctuation and symbols: nothing to translate. */
			const plain = /^[\s\p{N}\p{P}\p{S}]*$/u;
			const lang = document.documentElement.lang;
			const problems: string[] = [];
			const where = (el: Element) =>
				`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}>`;
			const say = (text: string) =>
				`"${text
					.trim()
					.replace(/[\u202A-\u202E]/g, '')
					.slice(0, 50)}"`;
			const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
			const otherLanguage = (el: Element) => {
				const own = el.closest('[lang]');
				return own !== null && own.getAttribute('lang') !== lang;
			};
			const inWindow = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
			/** Text for screen readers only (in a box of a pixel that hides the rest): read, never drawn. */
			const unseen = (el: Element) => {
				for (let a: Element | null = el; a; a = a.parentElement) {
					const r = a.getBoundingClientRect();
					if ((r.width <= 2 || r.height <= 2) && getComputedStyle(a).overflow !== 'visible') return true;
				}
				return false;
			};
			const root = document.querySelector(scope);
			if (!root) return [`nothing matches ${scope}`];

			const texts: { el: Element; rects: DOMRect[]; text: string; drawn: boolean }[] = [];
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const el = node.parentElement;
				if (!text.trim() || !el || el.closest('script, style, noscript, template, title, desc') || !visible(el) || otherLanguage(el)) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
				if (!rects.length) continue;
				if (!mark.test(text) && !plain.test(text)) problems.push(`plain English ${say(text)} in ${where(el)}`);
				if (!inView || rects.some(inWindow)) texts.push({ el, rects, text, drawn: !unseen(el) });
			}
			for (const el of root.querySelectorAll('[aria-label], img[alt]')) {
				if (!visible(el) || otherLanguage(el)) continue;
				const text = el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? '';
				if (text.trim() && !mark.test(text) && !plain.test(text)) problems.push(`plain English name ${say(text)} on ${where(el)}`);
			}

			// Clipped or sticking out: a text past the side of its box (the nearest that is not inline; a
			// box of a pixel is the screen readers' text), and a box that hides its overflow with text hidden.
			for (const { el, rects, text, drawn } of texts) {
				if (el instanceof SVGElement || !drawn) continue;
				let box: Element | null = el;
				while (box && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
				if (!box) continue;
				const b = box.getBoundingClientRect();
				if (b.width <= 2 || b.height <= 2) continue;
				if (rects.some((r) => r.right > b.right + 2 || r.left < b.left - 2)) problems.push(`${say(text)} runs past the side of ${where(box)}`);
			}
			for (const el of root.querySelectorAll('*')) {
				if (el instanceof SVGElement || !visible(el)) continue;
				const cs = getComputedStyle(el);
				if (!['hidden', 'clip'].includes(cs.overflowX) && !['hidden', 'clip'].includes(cs.overflowY)) continue;
				if (el.clientWidth <= 2 || el.clientHeight <= 2 || !el.textContent?.trim() || (inView && !inWindow(el.getBoundingClientRect()))) continue;
				// (A box whose overflow is hidden on purpose, round a picture that is larger than it, holds no text of its own past its edge: only text counts.)
				const box = el.getBoundingClientRect();
				// (Text in a box that scrolls, inside this one, is not lost: it is scrolled to.)
				const scrolls = (t: Element) => {
					for (let a = t.parentElement; a && a !== el; a = a.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(a).overflowY)) return true;
					return false;
				};
				const cut = texts.find(
					({ el: t, rects, drawn }) =>
						drawn &&
						el.contains(t) &&
						!scrolls(t) &&
						rects.some((r) => r.right > box.right + 2 || r.left < box.left - 2 || r.bottom > box.bottom + 2 || r.top < box.top - 2)
				);
				if (cut) problems.push(`${where(el)} hides part of ${say(cut.text)}`);
			}
			if (document.documentElement.scrollWidth > innerWidth + 1)
				problems.push(`the page is ${document.documentElement.scrollWidth - innerWidth} px wider than the window`);

			// Texts on top of each other: of the texts not under something opaque, no two cover each other.
			const opaque = (el: Element) => {
				const c =
					getComputedStyle(el)
						.backgroundColor.match(/[\d.]+/g)
						?.map(Number) ?? [];
				return c.length === 3 || (c.length === 4 && c[3] > 0.5);
			};
			/** Inside every box that hides its overflow (a part cut off is told above, not here). */
			const uncut = (el: Element, r: DOMRect) => {
				for (let a = el.parentElement; a; a = a.parentElement) {
					const cs = getComputedStyle(a);
					if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
					const b = a.getBoundingClientRect();
					if (r.top < b.top - 2 || r.bottom > b.bottom + 2 || r.left < b.left - 2 || r.right > b.right + 2) return false;
				}
				return true;
			};
			const onTop = (el: Element, r: DOMRect) => {
				const stack = document.elementsFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
				const at = stack.findIndex((s) => s === el || el.contains(s));
				const above = at < 0 ? [] : stack.slice(0, at);
				return !above.some((s) => !el.contains(s) && !s.contains(el) && opaque(s));
			};
			const shown = texts
				.filter(({ el, drawn }) => drawn && !(el instanceof SVGElement))
				.flatMap(({ el, rects, text }) => rects.filter((r) => (!inView || inWindow(r)) && uncut(el, r) && onTop(el, r)).map((r) => ({ el, r, text })));
			for (let i = 0; i < shown.length; i++)
				for (let j = i + 1; j < shown.length; j++) {
					const a = shown[i];
					const b = shown[j];
					if (a.el === b.el && a.text === b.text) continue;
					const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
					const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
					// (Glyph boxes include line spacing: a sliver is not a collision.)
					if (w > 2 && h > Math.min(a.r.height, b.r.height) * 0.35) problems.push(`${say(a.text)} overlaps ${say(b.text)}`);
				}
			return problems;
		},
		{ mark: locale.mark, scope, inView }
	);
}

/**
 * What the pseudo-locales show that is not fixed yet, each with why: matched problems are noted on the
 * test (its `known` annotations, in the report) instead of failing it. Anything else fails. Keyed by
 * locale, size and view, then the step, then what the problem says.
 */
const KNOWN: { where: string; step: string; problem: RegExp; why: string }[] = [
	{
		where: 'en-XA phone reading',
		step: 'maliki-warning',
		problem: /is \d+(\.\d)? px \(under 12\)/,
		why: 'the closing step (the track, the block and its key) is scaled as one to fit a phone’s stage: with 40% longer words, to ~10.5 px. Nothing is cut off; a layout for long words on phones (dropping the block, say) is a design decision left open'
	},
	{
		where: 'en-XA phone deck',
		step: 'victory-2017',
		problem: /annotation "\[\[ñéåårlýý 90|hides part of "\["/,
		why: 'the deck on a phone leaves the picture about 40% of the screen; the countries step’s headline at 40% longer takes three lines and its first runs over the top of it'
	},
	{
		where: 'en-XA phone deck',
		step: 'border-activity',
		problem: /^"\[Ñîñévéhh\]" overlaps "\[Åîññ ål-ÅÅsååð åîîr bååséé\]"$/,
		why: 'a name of an area and of a place, both named by the step, touch on the deck’s small phone map: the label placer has no free spot for such long names there'
	},
	{
		where: 'en-XA phone speaker',
		step: 'isis-surge-2014',
		problem: /^"\[Ñîñévéhh\]" overlaps "\[Mössül \(ÑÑîñéévéhh\)\]"$/,
		why: 'the same, on the speaker view’s phone map'
	}
];

/** The problems not in KNOWN; the known ones are noted on the test. */
function unknown(problems: string[], where: string): string[] {
	return problems.filter((p) => {
		const [, view, step, what] = /^(?:(speaker view|embed), )?([\w-]+): (.*)$/.exec(p) ?? [];
		const known = KNOWN.find(
			(k) => `${k.where}` === (view === 'embed' ? where.replace('speaker', 'embed') : where) && k.step === step && k.problem.test(what ?? '')
		);
		if (known) test.info().annotations.push({ type: 'known', description: `${p} (${known.why})` });
		return !known;
	});
}

async function open(page: Page, url: string, hydrated = '[data-hydrated="true"]') {
	await page.goto(url);
	await expect(page.locator(hydrated).first()).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
}

/**
 * Every step by its hash, in one page: the graphic's labels and the texts on show at each. The
 * labels' least size is labels.spec.ts's where it sets one (12 px on the reading page); elsewhere
 * only that they fit and do not collide (`minSize` 0).
 */
async function walkSteps(page: Page, locale: Locale, minSize: number): Promise<string[]> {
	const problems: string[] = [];
	for (const id of ids) {
		await page.evaluate((hash) => (location.hash = hash), id);
		await expect(graphic(page)).toHaveAttribute('data-active-step', id);
		await twoFrames(page);
		for (const p of [...(await labelProblems(page, minSize)), ...(await textProblems(page, locale))]) problems.push(`${id}: ${p}`);
	}
	return [...new Set(problems)];
}

async function newPage(browser: Browser, size: (typeof sizes)[number], javaScriptEnabled = true) {
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		isMobile: size.touch,
		hasTouch: size.touch,
		reducedMotion: 'reduce',
		javaScriptEnabled
	});
	return { context, page: await context.newPage() };
}

for (const locale of locales)
	for (const size of sizes)
		test.describe(`${locale.lang} at ${size.name} size (${size.width}×${size.height})`, () => {
			test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });
			const base = `${SITE}/${locale.lang}`;

			test('the reading page: every step, the header, the sources and the step list', async ({ page }) => {
				test.setTimeout(60_000);
				await open(page, `${base}/`);
				await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
				await startReading(page);
				const problems = await walkSteps(page, locale, 12);
				// The top and the end of the page: the header, the sources and method, the credits.
				for (const section of ['header', '[data-testid="sources-and-method"]']) {
					await page
						.locator(section)
						.first()
						.evaluate((el) => el.scrollIntoView({ block: 'start' }));
					await twoFrames(page);
					problems.push(...(await textProblems(page, locale, section)).map((p) => `${section}: ${p}`));
				}
				if (size.touch) {
					await page.getByTestId('step-menu-button').tap();
					await expect(page.getByTestId('step-menu')).toBeVisible();
					problems.push(...(await textProblems(page, locale, '[data-testid="step-menu"]')).map((p) => `step list: ${p}`));
				}
				expect(unknown(problems, `${locale.lang} ${size.name} reading`)).toEqual([]);
			});

			test('the deck, its overview and help', async ({ page }) => {
				test.setTimeout(60_000);
				await open(page, `${base}/present/`);
				const problems = await walkSteps(page, locale, 0);
				await page.keyboard.press('o');
				await expect(page.getByTestId('overview')).toBeVisible();
				problems.push(...(await textProblems(page, locale, '[data-testid="overview"]')).map((p) => `overview: ${p}`));
				await page.keyboard.press('Escape');
				await page.keyboard.press('?');
				await expect(page.getByTestId('help-overlay')).toBeVisible();
				problems.push(...(await textProblems(page, locale, '[data-testid="help-overlay"]')).map((p) => `help: ${p}`));
				expect(unknown(problems, `${locale.lang} ${size.name} deck`)).toEqual([]);
			});

			test('the speaker view and the embed', async ({ page }) => {
				test.setTimeout(60_000);
				await open(page, `${base}/present/?view=speaker`, '[data-testid="speaker-view"][data-hydrated="true"]');
				const problems = (await walkSteps(page, locale, 0)).map((p) => `speaker view, ${p}`);
				await open(page, `${base}/embed/`);
				for (const [i, id] of ids.entries()) {
					if (i) await page.getByTestId('next-step').click();
					await expect(graphic(page)).toHaveAttribute('data-active-step', id);
					await twoFrames(page);
					for (const p of [...(await labelProblems(page, 0)), ...(await textProblems(page, locale))]) problems.push(`embed, ${id}: ${p}`);
				}
				expect(unknown([...new Set(problems)], `${locale.lang} ${size.name} speaker`)).toEqual([]);
			});

			// At the phone's size only: the step page is one column, the same at every width from a phone's
			// up (no media rule: src/lib/views/site/StepPage.svelte), so the phone's narrower column is the harder case.
			if (size.touch)
				test('every step’s own page (as readers without JavaScript and link previews see it)', async ({ browser }) => {
					const { context, page } = await newPage(browser, size, false);
					const problems: string[] = [];
					for (const id of ids) {
						await page.goto(`${base}/steps/${id}/`);
						await expect(page.getByTestId('step-page')).toHaveAttribute('data-step-id', id);
						problems.push(...(await textProblems(page, locale, 'body', false)).map((p) => `${id}: ${p}`));
					}
					await context.close();
					expect(problems).toEqual([]);
				});
		});

/** Print has one size, the sheet's: A4 on its side less its margins (src/lib/styles/app.css), at 96 px to the inch. */
const SHEET = { width: 1032, height: 703 };
for (const locale of locales)
	test(`${locale.lang}: the printed handout, every step on its sheet`, async ({ browser }) => {
		const { context, page } = await newPage(browser, { name: 'sheet', ...SHEET, touch: false });
		await open(page, `${SITE}/${locale.lang}/present/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-handout-step]')).toHaveCount(ids.length);
		await twoFrames(page);
		const problems = await textProblems(page, locale, '[data-testid="handout"]', false);
		await context.close();
		expect(problems).toEqual([]);
	});
