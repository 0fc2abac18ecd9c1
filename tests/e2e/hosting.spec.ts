/**
 * Hosting anywhere: the built folders served by a plain static server that knows nothing of them,
 * Python's `http.server`, which behaves as nginx, S3 website hosting and GitHub Pages do (a folder's
 * address without its slash moves to it, a folder's index.html is its page; no rewrites, no headers
 * file, and a folder with no index.html is a directory listing). At the site's root (build/) and
 * under a sub-path (build-story/ as /story/), every page opens by its address, with or without the
 * trailing slash, as a bookmark or a reload asks for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { story } from './story';

const ids = story.events.map((e) => e.id);
const hosts = [
	{ name: 'at the root', dir: resolve('build'), port: 4187, base: '' },
	{ name: 'under a sub-path', dir: '', port: 4188, base: '/story' }
];
const servers: ChildProcess[] = [];
/** Why the plain server did not start, if it did not (no python3 on the machine, say). */
let failed = '';

test.beforeAll(async () => {
	// The sub-path: a folder holding the sub-path build as `story/`, as a site would publish it.
	const parent = mkdtempSync(join(tmpdir(), 'plain-host-'));
	symlinkSync(resolve('build-story'), join(parent, 'story'));
	hosts[1].dir = parent;
	for (const host of hosts) {
		const server = spawn('python3', ['-m', 'http.server', String(host.port), '--bind', '127.0.0.1', '--directory', host.dir], { stdio: 'ignore' });
		server.on(
			'error',
			(e) => (failed = `python3 -m http.server could not start (${e.message}): these tests need python3, the plain static server they host the build on`)
		);
		servers.push(server);
	}
	for (const host of hosts) await answers(`http://127.0.0.1:${host.port}/`);
});

test.afterAll(() => {
	for (const server of servers) server.kill();
});

async function answers(url: string) {
	for (let i = 0; i < 80; i++) {
		if (failed) throw new Error(failed);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 125));
	}
	throw new Error(`${url} did not answer`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Opens an address as a bookmark would, and says what the page is: its view, address and language. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('body')).not.toContainText('Directory listing');
	return page;
}

for (const host of hosts) {
	test(`${host.name}, every page opens by its address, with or without the trailing slash`, async ({ page }) => {
		test.setTimeout(90_000);
		const site = `http://127.0.0.1:${host.port}${host.base}`;
		const hydrated = (view: string) => expect(page.getByTestId(view)).toHaveAttribute('data-hydrated', 'true');

		for (const path of ['/', '/ar', '/ar/']) {
			await open(page, `${site}${path}`);
			await hydrated('reader');
			// (The story writes its first step into the address once it runs.)
			await expect(page).toHaveURL(new RegExp(`^${escape(site)}${path === '/' ? '/' : '/ar/'}(#${ids[0]})?$`));
			await expect(page.locator('html')).toHaveAttribute('lang', path === '/' ? 'en' : 'ar');
		}
		// The deck, bookmarked or reloaded at a step, in both editions, with or without the slash.
		for (const path of ['/present', '/present/', '/ar/present']) {
			await open(page, `${site}${path}#${ids[4]}`);
			await hydrated('deck');
			await expect(page).toHaveURL(`${site}${path.replace(/\/?$/, '/')}#${ids[4]}`);
			await expect(page.getByTestId('deck').locator('[data-step-id]')).toHaveAttribute('data-step-id', ids[4]);
		}
		await page.reload();
		await expect(page.getByTestId('deck').locator('[data-step-id]')).toHaveAttribute('data-step-id', ids[4]);
		await open(page, `${site}/present?view=speaker#${ids[2]}`);
		await hydrated('speaker-view');
		await expect(page.getByTestId('speaker-view')).toHaveAttribute('data-active-step', ids[2]);

		await open(page, `${site}/embed?step=${ids[3]}`);
		await expect(page).toHaveURL(`${site}/embed/?step=${ids[3]}`);
		await expect(page.getByTestId('embed').locator('[data-step-id][aria-current="step"]')).toHaveAttribute('data-step-id', ids[3]);

		// A step's own page, with or without the slash, sends people on to the step in the story.
		for (const path of [`/steps/${ids[6]}`, `/ar/steps/${ids[6]}/`]) {
			await open(page, `${site}${path}`);
			await expect(page).toHaveURL(`${site}${path.startsWith('/ar') ? '/ar/' : '/'}#${ids[6]}`);
			await hydrated('reader');
			await expect(page.locator('[data-step-id][aria-current="step"]')).toHaveAttribute('data-step-id', ids[6]);
		}
	});
}
