import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A few long-lived browser tabs that a test file's concurrent tests take turns in.
 *
 * A fresh context for every page costs a new renderer process and compiling every script again
 * (Starlight's, Pagefind's WebAssembly, axe's 500 KiB): measured here, 1.2 s of CPU per page before
 * the page does anything, most of the browser tests' time. A tab that stays open keeps its
 * process and compiled code, and is made to look new to each page instead: its HTTP cache is off
 * (every request of every page is made, and seen by the test), and between two turns it loads a
 * plain file of the site (`blank`, same origin, so no process swap), clears the site's local and
 * session storage there and drops the listeners the last turn added. Every page is then loaded
 * as a first-time visitor's tab loads it.
 */
export interface TabPool {
	/** Runs `turn` in a free tab (waiting for one), reset as above; the tab is free again after. */
	use<T>(turn: (page: Page) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

export interface TabPoolOptions {
	/** How many tabs at most: the number of tests that run at once. */
	size: number;
	/** The site's URL of a small file of its own, loaded between turns (e.g. `${url}favicon.svg`). */
	blank: string;
	context?: BrowserContextOptions;
	/** Init scripts and the like, once per tab's context (they stay for every page it loads). */
	prepare?: (context: BrowserContext) => Promise<unknown>;
}

export function tabPool(browser: Browser, { size, blank, context: contextOptions, prepare }: TabPoolOptions): TabPool {
	const free: Page[] = [];
	const all: Page[] = [];
	let opened = 0;
	const waiting: ((page: Page) => void)[] = [];

	async function open(): Promise<Page> {
		const context = await browser.newContext(contextOptions);
		await prepare?.(context);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		all.push(page);
		return page;
	}

	async function take(): Promise<Page> {
		const page = free.pop();
		if (page) return page;
		// Counted before the tab exists: two turns asking at once must not both open the last one.
		if (opened < size) {
			opened++;
			return open();
		}
		return new Promise((resolve) => waiting.push(resolve));
	}

	function give(page: Page): void {
		const next = waiting.shift();
		if (next) next(page);
		else free.push(page);
	}

	async function reset(page: Page): Promise<void> {
		await page.goto(blank);
		await page.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		});
		if (contextOptions?.viewport) await page.setViewportSize(contextOptions.viewport);
		await page.emulateMedia({ colorScheme: contextOptions?.colorScheme ?? 'light' });
	}

	return {
		async use(turn) {
			const page = await take();
			try {
				await reset(page);
				return await turn(page);
			} finally {
				await page.removeAllListeners();
				give(page);
			}
		},
		async close() {
			await Promise.all(all.map((page) => page.context().close()));
		},
	};
}
