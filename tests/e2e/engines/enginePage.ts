/**
 * One small page interface over three ways of driving a browser, so that one set of checks
 * (tests/e2e/engines.spec.ts) runs in Chromium, Firefox and WebKit whichever way each is driven here:
 * Playwright's own browsers, Firefox over WebDriver BiDi (puppeteer-core), WebKitGTK over WebDriver
 * (selenium-webdriver). What it offers is what the checks need, and what all three can do: open an
 * address, size the window, run a function in the page, press a key, and collect the page's errors.
 */
export type Key = 'End' | 'Home' | 'ArrowRight' | 'ArrowLeft' | 'Escape' | 'o';

export interface EnginePage {
	/** The engine's own name for itself, for messages: "Firefox 153.0 (puppeteer-core, WebDriver BiDi)". */
	readonly label: string;
	/** Opens `path` under the suite's base address and waits for its load event. */
	goto(path: string): Promise<void>;
	reload(): Promise<void>;
	/**
	 * Sizes the viewport as close to `size` as the engine allows and returns the viewport it got
	 * (WebKitGTK's MiniBrowser window is at least 447 CSS px wide).
	 */
	resize(size: { width: number; height: number }): Promise<{ width: number; height: number }>;
	/** Runs `fn(arg)` in the page (awaiting a promise it returns); `fn` must not use its closure. */
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	/**
	 * Runs a script's text in the page, as the driver's own evaluation does (outside the page's
	 * Content-Security-Policy, which forbids the page itself to do so): how the checks load axe-core.
	 */
	addScript(source: string): Promise<void>;
	/** Presses and releases a key, as the keyboard would, on whatever has focus. */
	press(key: Key): Promise<void>;
	/** Uncaught errors and console errors the page reported since it was opened (where the driver can tell). */
	errors(): Promise<string[]>;
	close(): Promise<void>;
}

/** A running browser that opens pages; one per test worker. */
export interface EngineDriver {
	readonly label: string;
	newPage(baseURL: string): Promise<EnginePage>;
	stop(): Promise<void>;
}
