/**
 * WebKitGTK (Safari's engine, as Linux ships it) through its own W3C WebDriver server,
 * WebKitWebDriver, which starts MiniBrowser, WebKitGTK's test browser; selenium-webdriver is the
 * client. Where there is no display (a server, CI) it runs under Xvfb. One browser session per test
 * worker; each test opens its pages in it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key as K, type WebDriver } from 'selenium-webdriver';
import type { EngineDriver, EnginePage, Key } from './enginePage';

interface Setup {
	driver: string;
	browser: string;
	xvfb: boolean;
}

/** A port no one listens on. */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
		server.on('error', fail);
	});
}

async function untilUp(url: string, process: ChildProcess, output: () => string): Promise<void> {
	const end = Date.now() + 20_000;
	while (Date.now() < end) {
		if (process.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit ${process.exitCode}): ${output()}`);
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`WebKitWebDriver did not answer at ${url} within 20 s: ${output()}`);
}

export async function webkitDriver(setup: Setup): Promise<EngineDriver> {
	const port = await freePort();
	// GTK's "no animations" setting is what WebKitGTK reports as prefers-reduced-motion: reduce, as
	// the suite runs every engine (docs/test-contract.md).
	const config = mkdtempSync(join(tmpdir(), 'webkit-'));
	mkdirSync(join(config, 'gtk-3.0'));
	writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
	const command = setup.xvfb ? ['xvfb-run', '-a', '-s', '-screen 0 1920x1200x24', setup.driver] : [setup.driver];
	const server = spawn(command[0], [...command.slice(1), `--port=${port}`], {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		// TMPDIR too: xvfb-run's own folder goes there, and is removed with it (a driver stopped by a
		// signal leaves it behind otherwise).
		env: { ...process.env, XDG_CONFIG_HOME: config, TMPDIR: config }
	});
	// The driver's last words, for a message if it does not start (its output is drained all along, so
	// a full pipe never stalls it).
	let log = '';
	const keep = (d: Buffer) => (log = (log + d.toString()).slice(-500));
	server.stdout!.on('data', keep);
	server.stderr!.on('data', keep);
	await untilUp(`http://127.0.0.1:${port}/status`, server, () => log);
	const driver = await new Builder()
		.usingServer(`http://127.0.0.1:${port}`)
		.withCapabilities({
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': { binary: setup.browser, args: ['--automation'] }
		})
		.build();
	const userAgent = String(await driver.executeScript('return navigator.userAgent'));
	const label = `WebKitGTK ${/AppleWebKit\/([\d.]+)/.exec(userAgent)?.[1] ?? ''} (WebKitWebDriver, MiniBrowser)`;
	return {
		label,
		newPage: async (baseURL) => webkitPage(driver, baseURL, label),
		async stop() {
			await driver.quit().catch(() => {});
			if (server.pid) process.kill(-server.pid);
			rmSync(config, { recursive: true, force: true });
		}
	};
}

/**
 * Classic WebDriver cannot run a script before the page's own, so the page's errors are caught from
 * just after each load: uncaught errors, rejected promises and `console.error`. One during the load
 * itself is not seen here; what it breaks (hydration, a hook) fails the checks instead.
 */
function listenForErrors() {
	const w = window as unknown as { engineErrors?: string[] };
	if (w.engineErrors) return;
	const errors: string[] = (w.engineErrors = []);
	addEventListener('error', (e) => errors.push(`page error: ${e.message}`));
	addEventListener('unhandledrejection', (e) => errors.push(`page error: ${String(e.reason)}`));
	const log = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		errors.push(`console error: ${args.map(String).join(' ')}`);
		log(...args);
	};
}

const KEYS: Record<Key, string> = { End: K.END, Home: K.HOME, ArrowRight: K.ARROW_RIGHT, ArrowLeft: K.ARROW_LEFT, Escape: K.ESCAPE, o: 'o' };

function webkitPage(driver: WebDriver, baseURL: string, label: string): EnginePage {
	const errors: string[] = [];
	/** Keeps what the page being left caught, and starts listening in the new one. */
	const collect = async () => errors.push(...(((await driver.executeScript('return window.engineErrors || []')) as string[]) ?? []));
	const listen = () => driver.executeScript(`(${listenForErrors.toString()})()`);
	const inner = () => driver.executeScript('return { width: innerWidth, height: innerHeight }') as Promise<{ width: number; height: number }>;
	return {
		label,
		async goto(path) {
			await collect();
			await driver.get(new URL(path, baseURL).href);
			await listen();
		},
		async reload() {
			await collect();
			await driver.navigate().refresh();
			await listen();
		},
		async resize(size) {
			// The window holds MiniBrowser's toolbar too: its size is the page's plus the toolbar's, both
			// read from one snapshot of the page (outer less inner), so a page still at its old size gives
			// the same difference.
			const chrome = (await driver.executeScript('return { width: outerWidth - innerWidth, height: outerHeight - innerHeight }')) as {
				width: number;
				height: number;
			};
			const rect = await driver
				.manage()
				.window()
				.setRect({ width: size.width + chrome.width, height: size.height + chrome.height });
			// The page learns its new size a moment later: wait until its window is the one set.
			await driver.wait(async () => {
				const outer = (await driver.executeScript('return [outerWidth, outerHeight]')) as [number, number];
				return outer[0] === rect.width && outer[1] === rect.height;
			}, 5000);
			return inner();
		},
		evaluate: (fn, arg) => driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...(arg === undefined ? [] : [arg])) as never,
		addScript: async (source) => void (await driver.executeScript(source)),
		press: (key) => driver.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform(),
		async errors() {
			await collect();
			return errors;
		},
		// One window per worker: the next test navigates it.
		close: () => driver.get('about:blank')
	};
}
