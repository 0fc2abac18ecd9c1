/**
 * `npm run dev` shows what the build publishes: the reading page, the deck and the Arabic reading
 * page, compared between the dev server (started here, as an author runs it) and the built site on
 * :4180 (the same dataset). Compared: the markup of the header, the step cards and the graphic's frame
 * (Svelte's generated class names aside, which differ by design), and their computed styles, which
 * is where an unstyled list of cards ("1. 2014 1/18", no padding) would show.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';

const DEV = 'http://localhost:4185';

/** What is compared, per page: each selector's first `count` matches, `depth` levels down. */
const VIEWS = [
	{
		path: '/',
		ready: '[data-testid="reader"]',
		parts: [
			{ selector: 'header.story-header', count: 1, depth: 2 },
			{ selector: '#story-text', count: 1, depth: 0 },
			{ selector: '[data-step-id]', count: 3, depth: 4 },
			{ selector: '[data-testid="graphic-stage"]', count: 1, depth: 2 }
		]
	},
	{
		path: '/present/',
		ready: '[data-testid="deck"]',
		parts: [
			{ selector: '[data-testid="deck"] header', count: 1, depth: 2 },
			{ selector: '[data-testid="deck"] [data-step-id]', count: 1, depth: 3 },
			{ selector: '[data-testid="deck"] [data-testid="graphic"]', count: 1, depth: 1 }
		]
	},
	{
		path: '/ar/',
		ready: '[data-testid="reader"]',
		parts: [
			{ selector: 'header.story-header', count: 1, depth: 2 },
			{ selector: '[data-step-id]', count: 3, depth: 4 },
			{ selector: '[data-testid="graphic-stage"]', count: 1, depth: 2 }
		]
	}
];

/** The styles a reader would see differ in, if a stylesheet were missing or different. */
const STYLES = [
	'display',
	'position',
	'list-style-type',
	'font-family',
	'font-size',
	'font-weight',
	'line-height',
	'text-transform',
	'color',
	'background-color',
	'padding-top',
	'padding-right',
	'padding-bottom',
	'padding-left',
	'margin-top',
	'margin-bottom',
	'border-inline-start-width',
	'border-inline-start-color',
	'box-shadow',
	'grid-template-columns',
	'width',
	'height',
	'direction'
];

/** Each part's elements as tag, attributes (Svelte's class hashes out), own text and computed styles. */
function snapshot(page: Page, parts: (typeof VIEWS)[number]['parts']) {
	return page.evaluate(
		({ parts, styles }) => {
			const describe = (el: Element, depth: number): unknown => {
				const attributes = [...el.attributes]
					.map((a) => [
						a.name,
						a.name === 'class'
							? a.value
									.replace(/\bsvelte-[a-z0-9]+\b/g, '')
									.replace(/\s+/g, ' ')
									.trim()
							: a.value
					])
					.filter(([name, value]) => !(name === 'class' && value === ''))
					.sort();
				const computed = getComputedStyle(el);
				const text = [...el.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent!.trim())
					.join(' ')
					.trim();
				return {
					tag: el.tagName.toLowerCase(),
					attributes,
					text,
					style: Object.fromEntries(styles.map((p) => [p, computed.getPropertyValue(p)])),
					children: depth > 0 ? [...el.children].map((c) => describe(c, depth - 1)) : el.children.length
				};
			};
			return parts.map((p) => ({
				part: p.selector,
				elements: [...document.querySelectorAll(p.selector)].slice(0, p.count).map((el) => describe(el, p.depth))
			}));
		},
		{ parts, styles: STYLES }
	);
}

/**
 * Opens a page in a context of its own, with the story's faces held back (both sides set in the same
 * fallbacks), and waits until it runs. Resolves to the page and the errors it reported (a held-back
 * face's failed request aside).
 */
async function open(browser: Browser, url: string, ready: string, viewport = { width: 1440, height: 900 }) {
	const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && !/Failed to load resource: net::ERR_FAILED/.test(m.text()) && errors.push(m.text()));
	await page.route(/\.woff2$/, (route) => route.abort());
	await page.goto(url);
	await expect(page.locator(ready)).toHaveAttribute('data-hydrated', 'true', { timeout: 60_000 });
	return { page, errors };
}

test.describe('the dev server renders what the build renders', () => {
	test.describe.configure({ mode: 'serial' });
	let server: ChildProcess | undefined;

	test.beforeAll(async ({ browser }) => {
		test.setTimeout(180_000);
		server = spawn('node_modules/.bin/vite', ['dev', '--port', '4185', '--strictPort'], { stdio: 'ignore' });
		for (let i = 0; ; i++) {
			try {
				if ((await fetch(`${DEV}/`)).ok) break;
			} catch {
				// Not listening yet.
			}
			if (i > 480) throw new Error(`vite dev did not answer at ${DEV}/`);
			await new Promise((r) => setTimeout(r, 250));
		}
		// A first visit has Vite prepare the page's dependencies (and reload the page once it has): done
		// here, so the comparisons see the dev server as an author sees it on their second look.
		for (const view of VIEWS) await (await open(browser, `${DEV}${view.path}`, view.ready)).page.context().close();
	});

	test.afterAll(() => {
		server?.kill();
	});

	for (const view of VIEWS) {
		test(`${view.path}: header, step cards and graphic frame, markup and styles`, async ({ browser, baseURL }) => {
			// Each page is read as soon as it is ready: the deck's bar turns idle 3 s after the last input,
			// so reading the built page only once the (slower) dev page had opened compared two states.
			const build = await open(browser, `${baseURL}${view.path}`, view.ready);
			const built = await snapshot(build.page, view.parts);
			const dev = await open(browser, `${DEV}${view.path}`, view.ready);
			try {
				for (const part of built) expect(part.elements.length, `${part.part} is on the built page`).toBeGreaterThan(0);
				expect(await snapshot(dev.page, view.parts)).toEqual(built);
				expect(build.errors, 'errors on the built page').toEqual([]);
				expect(dev.errors, "errors on the dev server's page").toEqual([]);
			} finally {
				await build.page.context().close();
				await dev.page.context().close();
			}
		});
	}
});
