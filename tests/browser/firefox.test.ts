import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPagePaths, readFocus, type FocusState } from '../helpers/browser.ts';
import { hasFirefox, launchFirefox } from '../helpers/firefox.ts';
import { coverOfSite } from '../helpers/page-cover.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveDist } from '../helpers/serve.ts';

const dist = join(projectRoot, 'dist');
/**
 * One page of each template and state (tests/helpers/page-cover.ts): a second engine differs in how
 * it lays out and styles kinds of element; what a page's own words do to its width is checked on
 * every page, at both widths, in Chromium (pages.test.ts).
 */
const pages = coverOfSite(dist, htmlPagePaths(dist)).map(({ path }) => path);

const focusState = (page: Page): Promise<FocusState> => page.evaluate(readFocus);

/** Presses Tab until `wanted`, asserting a visible focus ring at every step (as in keyboard.test.ts). */
async function tabUntil(page: Page, wanted: (focus: FocusState) => boolean, limit = 150): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		const focus = await focusState(page);
		expect(focus.visible, `focus ring on <${focus.tag}> «${focus.text.slice(0, 40)}» (${focus.href ?? ''}): outline ${focus.outline}`).toBe(true);
		if (wanted(focus)) return presses;
	}
	throw new Error(`Not reached within ${limit} Tab presses`);
}

const isMarker = (focus: FocusState) => focus.tag === 'button' && /^\d+$/.test(focus.text);
const isOpen = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)!.matches(':popover-open'), id);

/** Clicks the centre of the first element matching `selector`, with the mouse (works with page scripts off). */
async function clickFirst(page: Page, selector: string): Promise<void> {
	const [x, y] = await page.evaluate((selector) => {
		const el = document.querySelector(selector)!;
		el.scrollIntoView({ block: 'center' });
		const box = el.getBoundingClientRect();
		return [box.x + box.width / 2, box.y + box.height / 2];
	}, selector);
	await page.mouse.click(x!, y!);
}

/**
 * The browser suite's keyboard, no-JavaScript and no-sideways-scrolling checks, in a second engine:
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
 */
describe.skipIf(!hasFirefox)('in Firefox ESR', () => {
	let server: Awaited<ReturnType<typeof serveDist>>;
	let browser: Browser;
	beforeAll(async () => {
		server = await serveDist(dist, '/', { headers: true });
		browser = await launchFirefox();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function withPage<T>(viewport: { width: number; height: number }, run: (page: Page) => Promise<T>): Promise<T> {
		const page = await browser.newPage();
		try {
			await page.setViewport(viewport);
			return await run(page);
		} finally {
			await page.close();
		}
	}

	it('keyboard only: marker, preview, highlighted words in the report, back-link, focus visible throughout', { timeout: 90_000 }, async () => {
		await withPage({ width: 1280, height: 900 }, async (page) => {
			await page.goto(server.url);
			await tabUntil(page, isMarker);
			const preview = await page.evaluate(() => document.activeElement!.getAttribute('popovertarget')!);
			await page.keyboard.press('Enter');
			expect(await isOpen(page, preview)).toBe(true);

			await tabUntil(page, (focus) => focus.tag === 'a', 1);
			const link = await focusState(page);
			expect(link.text).toMatch(/^Read it in report \d{3}$/);
			const [path, fragment] = link.href!.split('#') as [string, string];
			await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).pathname).toBe(path);
			const target = await page.evaluate(() => {
				const el = document.querySelector(':target');
				const box = el?.getBoundingClientRect();
				return { tag: el?.tagName, id: el?.id, inView: box ? box.top >= 0 && box.top < innerHeight : false };
			});
			expect(target).toEqual({ tag: 'MARK', id: fragment, inView: true });

			await tabUntil(page, (focus) => focus.href !== null && /#cite-\d+-\d+$/.test(focus.href), 40);
			const backLink = new URL((await focusState(page)).href!, page.url());
			await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).pathname).toBe(backLink.pathname);
			expect(await page.evaluate(() => document.querySelector(':target')?.className)).toBe('cite-marker');
		});
	});

	it('closes a preview with Escape and returns focus to its marker', { timeout: 60_000 }, async () => {
		await withPage({ width: 1280, height: 900 }, async (page) => {
			await page.goto(server.url);
			await tabUntil(page, isMarker);
			const preview = await page.evaluate(() => document.activeElement!.getAttribute('popovertarget')!);
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Escape');
			expect(await isOpen(page, preview)).toBe(false);
			expect(await page.evaluate(() => document.activeElement!.className)).toBe('cite-marker');
		});
	});

	it('opens and closes a citation preview with JavaScript disabled', { timeout: 60_000 }, async () => {
		const noScript = await launchFirefox({ javaScript: false });
		try {
			const page = await noScript.newPage();
			await page.goto(server.url);
			// Starlight's search button stays disabled until its script runs: JavaScript is really off.
			expect(await page.evaluate(() => (document.querySelector('button[data-open-modal]') as HTMLButtonElement).disabled)).toBe(true);
			const preview = await page.evaluate(() => document.querySelector('button.cite-marker')!.getAttribute('popovertarget')!);
			expect(await isOpen(page, preview)).toBe(false);
			await clickFirst(page, 'button.cite-marker');
			expect(await isOpen(page, preview)).toBe(true);
			await clickFirst(page, `[id="${preview}"] button[popovertargetaction="hide"]`);
			expect(await isOpen(page, preview)).toBe(false);
		} finally {
			await noScript.close();
		}
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 900 },
	]) {
		it(`no page (one of each template) scrolls sideways at ${viewport.width}×${viewport.height}, preview open or not`, { timeout: 180_000 }, async () => {
			await withPage(viewport, async (page) => {
				const wide: string[] = [];
				const overflow = () =>
					page.evaluate(() => ({
						scrollWidth: document.scrollingElement!.scrollWidth,
						innerWidth,
						wide: [...document.querySelectorAll('body *')]
							.filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
							.slice(0, 3)
							.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
					}));
				let opened = 0;
				for (const path of pages) {
					await page.goto(server.url + path);
					const closed = await overflow();
					if (closed.scrollWidth > closed.innerWidth) wide.push(`${path || '(home)'}: ${closed.wide.join(', ')}`);
					const preview = await page.evaluate(() => document.querySelector('button.cite-marker')?.getAttribute('popovertarget') ?? null);
					if (preview === null) continue;
					await clickFirst(page, 'button.cite-marker');
					expect(await isOpen(page, preview), path).toBe(true);
					opened++;
					const open = await overflow();
					const box = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().toJSON(), preview);
					if (open.scrollWidth > open.innerWidth || box.x < 0 || box.right > viewport.width) wide.push(`${path || '(home)'} with a preview open: ${open.wide.join(', ')}`);
				}
				expect(wide).toEqual([]);
				expect(opened).toBeGreaterThan(5);
			});
		});
	}
});
