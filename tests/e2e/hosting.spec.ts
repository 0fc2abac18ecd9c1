/**
 * Hosting anywhere: the built folders served by a plain static server that knows nothing of them,
 * Python's `http.server`, which behaves as nginx, S3 website hosting and GitHub Pages do (a folder's
 * address without its slash moves to it, a folder's index.html is its page; no rewrites, no headers
 * file, and a folder with no index.html is a directory listing). At the site's root (build/) and
 * under a sub-path (build-story/ as /story/), every page opens by its address, with or without the
 * trailing slash, as a bookmark or a reload asks for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scratch } from './scratch';
import { story } from './story';

const ids = story.events.map((e) => e.id);
const hosts = [
	{ name: 'at the root', port: 4187, base: '', folder: () => resolve('build') },
	{
		name: 'under a sub-path',
		port: 4188,
		base: '/story',
		// A folder holding the sub-path build as `story/`, as a site would publish it.
		folder: () => {
			const parent = scratch('plain-host');
			symlinkSync(resolve('build-story'), join(parent, 'story'));
			return parent;
		}
	}
];

/** Python's plain server on a folder; resolves once it answers. (Each test starts its own: tests may run in two workers at once.) */
async function plainServer(folder: string, port: number): Promise<ChildProcess> {
	let failed = '';
	const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', folder], { stdio: 'ignore' });
	server.on(
		'error',
		(e) => (failed = `python3 -m http.server could not start (${e.message}): this test needs python3, the plain static server it hosts the build on`)
	);
	server.on('exit', (code) => (failed ||= `python3 -m http.server stopped (exit code ${code}): is port ${port} in use?`));
	for (let i = 0; i < 80; i++) {
		if (failed) throw new Error(failed);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 125));
	}
	server.kill();
	throw new Error(`python3 -m http.server did not answer on port ${port}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Opens an address as a bookmark would, and says what the page is: its view, address and language. */
async function open(page: Page, url: string) {
	// From a blank page, so every address is asked of the server: the same address with only another
	// `#`, after a redirect to it, would be a jump within the page (`/present#id`, then `/present/#id`).
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.locator('body')).not.toContainText('Directory listing');
	return page;
}

for (const host of hosts) {
	test(`${host.name}, every page opens by its address, with or without the trailing slash`, async ({ page }) => {
		test.setTimeout(90_000);
		const server = await plainServer(host.folder(), host.port);
		try {
			await everyPage(page, host);
		} finally {
			server.kill();
		}
	});
}

/** Every page of the site, by its address with and without the trailing slash, in both editions. */
async function everyPage(page: Page, host: (typeof hosts)[number]) {
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
}
