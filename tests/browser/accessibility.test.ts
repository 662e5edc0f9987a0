import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, htmlPagePaths, openSite, themeInitScript, type Theme } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';

const dist = join(projectRoot, 'dist');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES: Theme[] = ['light', 'dark'];

/** axe-core's WCAG 2.x A/AA violations on the page as it is now, one line per failing element. */
async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
	return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2.2 A/AA) in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(() => site?.close());

	async function open(theme: Theme, path: string): Promise<Page> {
		const context = await site.browser.newContext({ colorScheme: theme });
		await context.addInitScript(themeInitScript(theme));
		const page = await context.newPage();
		await page.goto(site.url + path);
		// The test must really be looking at the theme it names.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		return page;
	}

	const pages = htmlPagePaths(dist);
	it('finds the pages to check', () => {
		expect(pages).toContain('');
		expect(pages).toContain('sources/');
		expect(pages).toContain('sources/000/');
	});

	for (const theme of THEMES) {
		it.each(pages.map((path) => [path || '(home)', path]))(`${theme} theme: %s has no violations`, async (_name, path) => {
			const page = await open(theme, path);
			try {
				expect(await violations(page)).toEqual([]);
			} finally {
				await page.context().close();
			}
			// axe's time grows with the DOM (the longest pages hold a hundred previews of whole
			// report sentences) and the machine is shared: the limit is for hangs, not for speed.
		}, 120_000);

		it(`${theme} theme: an open citation preview has no violations`, async () => {
			const page = await open(theme, '');
			try {
				const marker = page.locator('button.cite-marker').first();
				await marker.click();
				const preview = page.locator(`#${await marker.getAttribute('popovertarget')}`);
				expect(await preview.evaluate((el) => el.matches(':popover-open'))).toBe(true);
				expect(await violations(page)).toEqual([]);
			} finally {
				await page.context().close();
			}
		});

		it(`${theme} theme: a highlighted target quote on a source page has no violations`, async () => {
			const overview = await open(theme, '');
			const href = await overview.locator('.cite-preview a[href*="#quote-"]').first().getAttribute('href');
			await overview.context().close();
			const page = await open(theme, href!.replace(/^\//, ''));
			try {
				expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MARK');
				expect(await violations(page)).toEqual([]);
			} finally {
				await page.context().close();
			}
		});
	}
});
