import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, htmlPagePaths, openSite } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';

const dist = join(projectRoot, 'dist');
const pages = htmlPagePaths(dist);
const named = pages.map((path) => [path || '(home)', path] as const);

/** Records Content-Security-Policy violations, from the console and from the DOM event. */
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
	(window.__csp ??= []).push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' ' + (e.sample || ''));
});`;

function recordCsp(page: Page): string[] {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) messages.push(message.text());
	});
	return messages;
}

async function cspEvents(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Opens Starlight's search, types a query, and waits for Pagefind's results. */
async function search(page: Page, query: string): Promise<number> {
	await page.locator('button[data-open-modal]:visible').click();
	// Starlight creates Pagefind's input in a requestIdleCallback. Headless Chromium gives a page idle
	// time only after it draws a frame, and a page with nothing to draw can wait for one indefinitely
	// (seen: about 1 page in 80, at random; a pending idle callback measured 3 s without running, then
	// 41 ms once one animation frame was requested). A screen redraws 60 times a second, so waiting
	// with requestAnimationFrame polling, as a displayed page would, is the faithful condition.
	await page.waitForFunction(() => document.querySelector('#starlight__search input'), undefined, { polling: 'raf', timeout: 30_000 });
	const input = page.locator('#starlight__search input[type="search"], #starlight__search input').first();
	await input.fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result');
	await results.first().waitFor({ timeout: 10_000 });
	return results.count();
}

describe.skipIf(!hasChromium)('every page in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(() => site?.close());

	async function withContext<T>(options: Parameters<typeof site.browser.newContext>[0], run: (context: BrowserContext) => Promise<T>): Promise<T> {
		const context = await site.browser.newContext(options);
		try {
			return await run(context);
		} finally {
			await context.close();
		}
	}

	it('opens a citation preview with JavaScript disabled', async () => {
		await withContext({ javaScriptEnabled: false }, async (context) => {
			const page = await context.newPage();
			await page.goto(site.url);
			// Starlight's search button stays disabled until its script runs: JavaScript is really off.
			expect(await page.locator('button[data-open-modal]').first().isDisabled()).toBe(true);
			const marker = page.locator('button.cite-marker').first();
			const preview = page.locator(`[id="${await marker.getAttribute('popovertarget')}"]`);
			expect(await preview.isVisible()).toBe(false);
			await marker.click();
			expect(await preview.isVisible()).toBe(true);
			expect(await preview.locator('a', { hasText: /^Read it in report \d{3}$/ }).isVisible()).toBe(true);
			await preview.locator('button', { hasText: 'Close' }).click();
			expect(await preview.isVisible()).toBe(false);
			await marker.focus();
			await page.keyboard.press('Enter');
			expect(await preview.isVisible()).toBe(true);
		});
	});

	it.each(named)('%s: no request leaves 127.0.0.1, and every request succeeds', async (_name, path) => {
		await withContext({}, async (context) => {
			const requests: string[] = [];
			const failures: string[] = [];
			context.on('request', (request) => requests.push(request.url()));
			context.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
			context.on('response', (response) => {
				if (response.status() >= 400 && !(path === '404.html' && response.url().endsWith('/404.html'))) failures.push(`${response.url()}: ${response.status()}`);
			});
			const page = await context.newPage();
			await page.goto(site.url + path, { waitUntil: 'networkidle' });
			// Search loads Pagefind's scripts, WebAssembly and index: they must be local too.
			expect(await search(page, 'Sessions')).toBeGreaterThan(0);
			await page.waitForLoadState('networkidle');
			expect(requests.length).toBeGreaterThan(3);
			expect(requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual([]);
			expect(failures).toEqual([]);
		});
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 900 },
	]) {
		it.each(named)(`%s at ${viewport.width}×${viewport.height}: no horizontal scrolling`, async (_name, path) => {
			await withContext({ viewport }, async (context) => {
				const page = await context.newPage();
				await page.goto(site.url + path);
				const overflow = () =>
					page.evaluate(() => {
						const wide = [...document.querySelectorAll('body *')]
							.filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
							.slice(0, 3)
							.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
						return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, wide };
					});
				const closed = await overflow();
				expect(closed.scrollWidth, `wider than the viewport: ${closed.wide.join(', ')}`).toBeLessThanOrEqual(closed.innerWidth);
				// And with a citation preview open, where the page has one.
				const marker = page.locator('button.cite-marker').first();
				if ((await marker.count()) > 0) {
					await marker.click();
					const open = await overflow();
					expect(open.scrollWidth, `with a preview open: ${open.wide.join(', ')}`).toBeLessThanOrEqual(open.innerWidth);
					const box = await page.locator(`[id="${await marker.getAttribute('popovertarget')}"]`).boundingBox();
					expect(box!.x).toBeGreaterThanOrEqual(0);
					expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
				}
			});
		});
	}

	it('notices a CSP violation when there is one (the check below can fail)', async () => {
		await withContext({}, async (context) => {
			await context.addInitScript(CSP_LISTENER);
			const page = await context.newPage();
			const console = recordCsp(page);
			await page.goto(site.url);
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
			});
			await page.waitForTimeout(100);
			expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
			expect(await cspEvents(page)).not.toEqual([]);
			expect(console.join('\n')).toMatch(/Content Security Policy/);
		});
	});

	it.each(named)('%s: no CSP violation while loading, switching theme and searching', async (_name, path) => {
		await withContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
			await context.addInitScript(CSP_LISTENER);
			const page = await context.newPage();
			const console = recordCsp(page);
			const response = await page.goto(site.url + path);
			expect(response!.headers()['content-security-policy'], 'served with the _headers policy too').toMatch(/script-src 'self'/);
			const select = page.locator('starlight-theme-select select:visible').first();
			for (const theme of ['dark', 'light', 'auto'] as const) {
				await select.selectOption(theme);
				expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe(theme === 'auto' ? '' : theme);
				if (theme !== 'auto') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			}
			expect(await search(page, 'recusal')).toBeGreaterThan(0);
			expect(await cspEvents(page)).toEqual([]);
			// A stored theme is applied by Starlight's inline script on the next load.
			await select.selectOption('dark');
			await page.reload();
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			expect(await cspEvents(page)).toEqual([]);
			expect(console).toEqual([]);
		});
	});
});
