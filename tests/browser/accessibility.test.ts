import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, VISUAL_RULES, type AxeOutcome } from '../helpers/axe.ts';
import { hasChromium, openSite, themeInitScript, type Theme } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { tabPool, type TabPool } from '../helpers/tabs.ts';

const dist = join(projectRoot, 'dist');
const THEMES: Theme[] = ['light', 'dark'];

/** axe-core's WCAG 2.x A/AA violations on the page as it is now, one line per failing element. */
function violations(outcome: AxeOutcome): string[] {
	expect(outcome.passes, 'axe ran its rules').toBeGreaterThan(10);
	return outcome.violations;
}

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2.2 A/AA) in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	/** As many tabs as tests run at once (vitest.config.ts, maxConcurrency), each stored-light from its first document. */
	let tabs: TabPool;
	beforeAll(async () => {
		site = await openSite(dist);
		tabs = tabPool(site.browser, {
			size: 2,
			blank: `${site.url}favicon.svg`,
			context: { colorScheme: 'light' },
			prepare: (context) => context.addInitScript(themeInitScript('light')),
		});
	});
	afterAll(async () => {
		await tabs?.close();
		await site?.close();
	});

	/** Loads a page in the light theme (stored, as a returning reader's choice, and preferred by the system). */
	async function open(page: Page, path: string): Promise<void> {
		await page.goto(site.url + path);
		// The test must really be looking at the theme it names.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	}

	/** Switches the loaded page to the dark theme as a reader does: the theme picker, with a dark system preference. */
	async function toDark(page: Page): Promise<void> {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.locator('starlight-theme-select select:visible').first().selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
	}

	/**
	 * axe in both themes from one page load: light as loaded, then dark after the theme picker
	 * switched it. `prepare` puts the page into the state under test; it runs before each analysis
	 * (a theme switch may close an open preview).
	 */
	function bothThemes(path: () => Promise<string>, prepare: (page: Page) => Promise<void> = async () => {}): Record<Theme, Promise<AxeOutcome>> {
		let light!: (outcome: AxeOutcome) => void;
		let failed!: (error: unknown) => void;
		const lightDone = new Promise<AxeOutcome>((resolve, reject) => ((light = resolve), (failed = reject)));
		const dark = (async () => {
			try {
				const target = await path();
				return await tabs.use(async (page) => {
					await open(page, target);
					await prepare(page);
					light(await runAxe(page));
					await toDark(page);
					await prepare(page);
					return runAxe(page);
				});
			} catch (error) {
				failed(error);
				throw error;
			}
		})();
		// A failure before the light analysis is reported by both tests; a dark-only failure by the dark one.
		lightDone.catch(() => {});
		dark.catch(() => {});
		return { light: lightDone, dark };
	}

	/** Each analysis started once, when the first of its two tests (light, dark) asks for it. */
	const analyses = new Map<string, Record<Theme, Promise<AxeOutcome>>>();
	function analysis(key: string, start: () => Record<Theme, Promise<AxeOutcome>>): Record<Theme, Promise<AxeOutcome>> {
		if (!analyses.has(key)) analyses.set(key, start());
		return analyses.get(key)!;
	}

	it('reports a violation when there is one (the checks below can fail)', async () => {
		const found = await tabs.use(async (page) => {
			await open(page, '');
			await page.evaluate(() => {
				const faint = document.createElement('p');
				faint.textContent = 'Barely legible text';
				faint.style.color = '#777';
				faint.style.background = '#888';
				const picture = document.createElement('img');
				picture.src = '/favicon.svg';
				document.querySelector('main')!.append(faint, picture);
			});
			return { all: await runAxe(page), text: await runAxe(page, { skip: VISUAL_RULES }) };
		});
		expect(found.all.violations.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
		// Without the visual rules: the image is still found, the colours are not analysed.
		expect(found.text.violations.map((line) => line.split(' ')[0])).toEqual(['image-alt']);
	});

	/** Opens the first citation preview of the page and proves it is open. */
	async function openPreview(page: Page): Promise<void> {
		const marker = page.locator('button.cite-marker').first();
		const preview = page.locator(`#${await marker.getAttribute('popovertarget')}`);
		if (!(await preview.evaluate((el) => el.matches(':popover-open')))) await marker.click();
		expect(await preview.evaluate((el) => el.matches(':popover-open'))).toBe(true);
	}

	/** The first citation link's target: a source page with the quoted words highlighted as :target. */
	let targetPath: Promise<string> | undefined;
	const highlightedTarget = () =>
		(targetPath ??= tabs.use(async (overview) => {
			await open(overview, '');
			const href = await overview.locator('.cite-preview a[href*="#quote-"]').first().getAttribute('href');
			return href!.replace(/^\//, '');
		}));
	async function isHighlighted(page: Page): Promise<void> {
		expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MARK');
	}

	// Every page as loaded is analysed during its visit in pages.test.ts (every rule in both themes on
	// one page of each template, the rules that read text on the others); here, the states a visit
	// does not reach.
	for (const theme of THEMES) {
		it(`${theme} theme: an open citation preview has no violations`, async () => {
			expect(violations(await analysis('open preview', () => bothThemes(async () => '', openPreview))[theme])).toEqual([]);
		});

		it(`${theme} theme: a highlighted target quote on a source page has no violations`, async () => {
			expect(violations(await analysis('highlighted target', () => bothThemes(highlightedTarget, isHighlighted))[theme])).toEqual([]);
		});
	}
});
