import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy } from '../../packages/starlight-verbatim-citations/src/components/routes/csp-meta.ts';
import { hasChromium, htmlPagePaths, openSite, pageHtml } from '../helpers/browser.ts';
import { runAxe, VISUAL_RULES, type AxeOutcome } from '../helpers/axe.ts';
import { coverPages, onePerSignature, searchSignature, siteKinds } from '../helpers/page-cover.ts';
import { projectRoot } from '../helpers/project.ts';
import { tabPool, type TabPool } from '../helpers/tabs.ts';

const dist = join(projectRoot, 'dist');
const pages = htmlPagePaths(dist);
const named = pages.map((path) => [path || '(home)', path] as const);
/**
 * The rules that read colours (VISUAL_RULES) depend on the styles of the kinds of element a page is
 * made of, not on its words. So the visit of one page of each template and state (the fewest pages
 * that together hold every kind of element of the site: tests/helpers/page-cover.ts) runs every
 * axe rule, in both themes; the visits of the other pages run the rules that read a page's text and
 * attribute values (names, headings, ids, ARIA references). The analyses are part of the visit
 * because the visit loads every page anyway: a load of its own, in another file, cost a page load
 * and axe's 500 KiB script again. accessibility.test.ts analyses the states a visit does not reach
 * (a preview open, a highlighted target) and proves the analysis can fail.
 */
/** Each page's HTML, read once for the kinds, the search signatures and the policies below. */
const htmlOf = new Map(pages.map((path) => [path, pageHtml(dist, path)]));
const html = (path: string) => htmlOf.get(path)!;
const kinds = new Map(siteKinds(dist, pages, html).map((page) => [page.path, page]));
const kindsOf = (path: string) => kinds.get(path)!.kinds;
const templatePages = new Set(coverPages([...kinds.values()]).map(({ path }) => path));
const THEMES = ['light', 'dark'] as const;
/**
 * The visits search from one page of each search signature (page-cover.ts: the scripts a page runs
 * and the markup of its search dialog), a template page where there is one. What a search loads and
 * runs is then the same from every page: the same scripts, the same dialog, Pagefind's files under
 * the site's base, and the same Content-Security-Policy (a test below proves that of every page), so
 * a search that works, stays on 127.0.0.1 and breaks no policy on these works on every page. A
 * search keeps the page drawing frames (the dialog's blurred backdrop, the caret): about 3 s of CPU
 * each: from the 14 template pages, about 40 s of the suite.
 */
const signatures = new Map(pages.map((path) => [path, searchSignature(html(path))]));
const searchSignatureOf = (path: string) => signatures.get(path)!;
const searchPages = new Set(onePerSignature([...templatePages, ...pages.filter((path) => !templatePages.has(path))], searchSignatureOf));
const otherPages = named.filter(([, path]) => !templatePages.has(path));
/** Each page's Content-Security-Policy <meta>, as written. */
const policyOf = (path: string) => metaPolicy(html(path));

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

/** With Pagefind's results open, types another query and waits for its results (their excerpts mark the word). */
async function searchAgain(page: Page, query: string): Promise<number> {
	await page.locator('#starlight__search input[type="search"], #starlight__search input').first().fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result');
	await results.locator('mark', { hasText: new RegExp(query, 'i') }).first().waitFor({ timeout: 10_000 });
	return results.count();
}

const shownTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('every page in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	/** As many tabs as tests run at once (vitest.config.ts, maxConcurrency), each recording CSP violations. */
	let tabs: TabPool;
	beforeAll(async () => {
		site = await openSite(dist);
		tabs = tabPool(site.browser, { size: 2, blank: `${site.url}favicon.svg`, prepare: (context) => context.addInitScript(CSP_LISTENER) });
	});
	afterAll(async () => {
		await tabs?.close();
		await site?.close();
	});

	async function withContext<T>(options: Parameters<typeof site.browser.newContext>[0], run: (context: BrowserContext) => Promise<T>): Promise<T> {
		const context = await site.browser.newContext(options);
		try {
			return await run(context);
		} finally {
			await context.close();
		}
	}

	it('gives every turn in a shared tab a first visit: nothing stored, and a request for every file again', async () => {
		const one = tabPool(site.browser, { size: 1, blank: `${site.url}favicon.svg` });
		const turn = () =>
			one.use(async (page) => {
				const requested: string[] = [];
				page.on('request', (request) => requested.push(new URL(request.url()).pathname));
				const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
				await page.goto(site.url);
				await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
				return { stored, page, styles: requested.filter((path) => path.endsWith('.css')) };
			});
		try {
			const first = await turn();
			const second = await turn();
			expect(second.page, 'the same tab').toBe(first.page);
			expect(second.stored).toEqual([0, 0]);
			expect(first.styles.length).toBeGreaterThan(0);
			expect(second.styles).toEqual(first.styles);
		} finally {
			await one.close();
		}
	});

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

	/** Where the page is wider than the viewport: the document's scroll width and the first three elements past the edge. */
	const overflow = (page: Page) =>
		page.evaluate(() => {
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
				.slice(0, 3)
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
			return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, wide };
		});

	/** The page's width with its previews closed, then with its first preview open (where it has one). */
	async function widths(page: Page): Promise<Widths> {
		const closed = await overflow(page);
		const marker = page.locator('button.cite-marker').first();
		if ((await marker.count()) === 0) return { closed };
		await marker.click();
		const open = await overflow(page);
		const box = await page.locator(`[id="${await marker.getAttribute('popovertarget')}"]`).boundingBox();
		return { closed, open, box: box! };
	}

	function expectNoSidewaysScrolling({ closed, open, box }: Widths, viewport: { width: number }): void {
		expect(closed.scrollWidth, `wider than the viewport: ${closed.wide.join(', ')}`).toBeLessThanOrEqual(closed.innerWidth);
		// And with a citation preview open, where the page has one.
		if (open) {
			expect(open.scrollWidth, `with a preview open: ${open.wide.join(', ')}`).toBeLessThanOrEqual(open.innerWidth);
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
		}
	}


	/**
	 * One visit of a page serves its tests (the requests, axe's rules, the width at 1280, the
	 * width at 390 and the CSP test), in the order a reader would: load at 1280×900 (axe), open a
	 * preview, switch themes (axe in the dark theme, on a template page), search twice (from one
	 * page of each search signature), then reload at 390×844. Every request and CSP report of
	 * the whole visit is recorded, so each test sees at least what it saw on a load of its own. Each
	 * test then asserts on what it needs; a step that failed is reported by the tests that needed it.
	 */
	const visits = new Map<string, Promise<Visit>>();
	const visit = (path: string) => {
		if (!visits.has(path)) visits.set(path, visitPage(path));
		return visits.get(path)!;
	};
	async function visitPage(path: string): Promise<Visit> {
		const seen: Partial<Seen> = {};
		const requests: string[] = [];
		const failures: string[] = [];
		// Requests not answered yet: the visit waits for none before it reloads, or the reload itself
		// would abort a search fragment still loading (net::ERR_ABORTED, seen once in a CI run) and
		// the test would blame the site for what the test did.
		const inFlight = new Set<unknown>();
		const settled = async () => {
			const until = Date.now() + 15_000;
			while (inFlight.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
		};
		return tabs.use(async (page) => {
			try {
				await page.setViewportSize(WIDE);
				page.on('request', (request) => {
					requests.push(request.url());
					inFlight.add(request);
				});
				page.on('requestfinished', (request) => inFlight.delete(request));
				page.on('requestfailed', (request) => {
					inFlight.delete(request);
					failures.push(`${request.url()}: ${request.failure()?.errorText}`);
				});
				page.on('response', (response) => {
					if (response.status() >= 400 && !(path === '404.html' && response.url().endsWith('/404.html'))) failures.push(`${response.url()}: ${response.status()}`);
				});
				const console = recordCsp(page);
				const response = await page.goto(site.url + path);
				await settled();
				seen.header = response!.headers()['content-security-policy'];
				if (templatePages.has(path)) {
					// The light theme as a first-time reader with a light system preference sees it.
					seen.axe = { light: { shown: await shownTheme(page), outcome: await runAxe(page) } };
				} else {
					seen.axeText = await runAxe(page, { skip: VISUAL_RULES });
				}
				seen.widths = await widths(page);
				await page.keyboard.press('Escape');
				const select = page.locator('starlight-theme-select select:visible').first();
				seen.themes = [];
				for (const theme of ['dark', 'light', 'auto'] as const) {
					// A reader who prefers dark picks the dark theme: the state analysed in the dark theme.
					const analysed = theme === 'dark' && seen.axe !== undefined;
					if (analysed) await page.emulateMedia({ colorScheme: 'dark' });
					await select.selectOption(theme);
					const shown = await shownTheme(page);
					seen.themes.push({ theme, stored: await page.evaluate(() => localStorage.getItem('starlight-theme')), shown });
					if (analysed) {
						seen.axe!.dark = { shown, outcome: await runAxe(page) };
						// The rest of the visit as on every other page: a light system preference.
						await page.emulateMedia({ colorScheme: 'light' });
					}
				}
				if (searchPages.has(path)) {
					// Search loads Pagefind's scripts, WebAssembly and index: they must be local too.
					seen.sessionsResults = await search(page, 'Sessions');
					await settled();
					seen.requests = [...requests];
					seen.failures = [...failures];
					seen.recusalResults = await searchAgain(page, 'recusal');
					await page.keyboard.press('Escape');
				} else {
					seen.requests = [...requests];
					seen.failures = [...failures];
				}
				seen.cspAfterSearch = await cspEvents(page);
				// A stored theme is applied by Starlight's inline script on the next load.
				await select.selectOption('dark');
				await settled();
				// The reload is a first layout at phone width: the page as a phone opens it.
				await page.setViewportSize(NARROW);
				await page.reload();
				seen.themeAfterReload = await shownTheme(page);
				seen.narrow = await widths(page);
				seen.cspAfterReload = await cspEvents(page);
				seen.console = console;
				seen.requestsAtEnd = [...requests];
				seen.failuresAtEnd = [...failures];
				return { seen };
			} catch (error) {
				return { seen, error };
			}
		});
	}
	/** What a test needs from the visit, or the error that stopped the visit before it. */
	function needs<K extends keyof Seen>({ seen, error }: Visit, ...keys: K[]): Pick<Seen, K> {
		for (const key of keys) if (seen[key] === undefined) throw error ?? new Error(`the visit did not record ${key}`);
		return seen as Pick<Seen, K>;
	}

	it('every page carries one Content-Security-Policy and the search signature of a page searched, so a search proved on those is allowed and runs on all', () => {
		const policies = new Map(pages.map((path) => [path, policyOf(path)]));
		expect([...policies].filter(([, policy]) => policy === undefined).map(([path]) => path)).toEqual([]);
		expect(new Set(policies.values()).size).toBe(1);
		const searched = new Set([...searchPages].map(searchSignatureOf));
		expect(pages.filter((path) => !searched.has(searchSignatureOf(path)))).toEqual([]);
		expect(templatePages.size).toBeGreaterThan(0);
		expect(templatePages.size).toBeLessThan(pages.length);
		expect(searchPages.size).toBeGreaterThan(0);
	});

	it.each(named)('%s: no request leaves 127.0.0.1, and every request succeeds', async (_name, path) => {
		const seen = needs(await visit(path), 'requests', 'failures', 'requestsAtEnd', 'failuresAtEnd');
		if (searchPages.has(path)) expect(needs(await visit(path), 'sessionsResults').sessionsResults).toBeGreaterThan(0);
		expect(seen.requests.length).toBeGreaterThan(3);
		expect(seen.requestsAtEnd.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual([]);
		expect(seen.failuresAtEnd).toEqual([]);
	});

	it('finds the pages to check', () => {
		expect(pages).toContain('');
		expect(pages).toContain('sources/');
		expect(pages).toContain('sources/000/');
	});

	it('analyses in both themes pages that hold every kind of element any page holds', () => {
		const checked = new Set([...templatePages].flatMap((path) => [...kindsOf(path)]));
		for (const [, path] of otherPages) {
			const missing = [...kindsOf(path)].filter((kind) => !checked.has(kind));
			expect(missing, `${path}: kinds of element no page analysed in both themes has`).toEqual([]);
		}
		// Each report page is one template: adding reports adds no analysis in both themes.
		const reportPages = pages.filter((path) => /^sources\/\d+\/$/.test(path));
		expect(reportPages.filter((path) => templatePages.has(path)).length).toBeLessThan(reportPages.length);
	});

	for (const theme of THEMES) {
		it.each(named.filter(([, path]) => templatePages.has(path)))(`${theme} theme: %s has no violation of any axe rule (one page of each template)`, async (_name, path) => {
			const visited = await visit(path);
			const analysis = needs(visited, 'axe').axe[theme];
			if (!analysis) throw visited.error ?? new Error(`the visit did not analyse the ${theme} theme`);
			// The test must really be looking at the theme it names.
			expect(analysis.shown).toBe(theme);
			expect(analysis.outcome.passes, 'axe ran its rules').toBeGreaterThan(10);
			expect(analysis.outcome.violations).toEqual([]);
		});
	}

	it.each(otherPages)("%s: no violation of axe's rules that read its text (light theme)", async (_name, path) => {
		const { axeText } = needs(await visit(path), 'axeText');
		expect(axeText.passes, 'axe ran its rules').toBeGreaterThan(10);
		expect(axeText.violations).toEqual([]);
	});

	it.each(named)(`%s at ${NARROW.width}×${NARROW.height}: no horizontal scrolling`, async (_name, path) => {
		expectNoSidewaysScrolling(needs(await visit(path), 'narrow').narrow, NARROW);
	});

	it.each(named)(`%s at ${WIDE.width}×${WIDE.height}: no horizontal scrolling`, async (_name, path) => {
		expectNoSidewaysScrolling(needs(await visit(path), 'widths').widths, WIDE);
	});

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

	it.each(named)('%s: no CSP violation while loading, switching theme, searching (one page of each search signature) and reloading', async (_name, path) => {
		const seen = needs(await visit(path), 'header', 'themes', 'cspAfterSearch', 'themeAfterReload', 'cspAfterReload', 'console');
		expect(seen.header, 'served with the _headers policy too').toMatch(/script-src 'self'/);
		for (const { theme, stored, shown } of seen.themes) {
			expect(stored).toBe(theme === 'auto' ? '' : theme);
			if (theme !== 'auto') expect(shown).toBe(theme);
		}
		expect(seen.themes.map(({ theme }) => theme)).toEqual(['dark', 'light', 'auto']);
		if (searchPages.has(path)) expect(needs(await visit(path), 'recusalResults').recusalResults).toBeGreaterThan(0);
		expect(seen.cspAfterSearch).toEqual([]);
		// A stored theme is applied by Starlight's inline script on the next load.
		expect(seen.themeAfterReload).toBe('dark');
		expect(seen.cspAfterReload).toEqual([]);
		expect(seen.console).toEqual([]);
	});
});

interface Width {
	scrollWidth: number;
	innerWidth: number;
	wide: string[];
}
interface Widths {
	closed: Width;
	open?: Width;
	box?: { x: number; width: number };
}
/** What one visit of a page at 1280×900 saw, step by step. */
interface Seen {
	header: string | undefined;
	/** axe-core's WCAG rules but VISUAL_RULES, on the page as loaded (pages outside templatePages). */
	axeText: AxeOutcome;
	/** Every axe-core WCAG rule, as loaded (light) and after the theme picker chose dark (templatePages). */
	axe: { light: ThemeAnalysis; dark?: ThemeAnalysis };
	widths: Widths;
	/** After the reload at 390×844. */
	narrow: Widths;
	themes: { theme: 'dark' | 'light' | 'auto'; stored: string | null; shown: string | undefined }[];
	sessionsResults: number;
	requests: string[];
	failures: string[];
	recusalResults: number;
	cspAfterSearch: string[];
	themeAfterReload: string | undefined;
	cspAfterReload: string[];
	console: string[];
	requestsAtEnd: string[];
	failuresAtEnd: string[];
}
interface ThemeAnalysis {
	/** The theme the page showed (data-theme) when it was analysed. */
	shown: string | undefined;
	outcome: AxeOutcome;
}
interface Visit {
	seen: Partial<Seen>;
	error?: unknown;
}
