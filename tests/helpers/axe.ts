import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own script, read once per test file. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.x A/AA rules the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on the styles (colours, stylesheets) of the kinds of element a
 * page is made of, not on its text or attribute values: per template and theme is enough for them.
 * color-contrast is also most of axe's time on a long page.
 */
export const VISUAL_RULES = ['color-contrast', 'link-in-text-block', 'css-orientation-lock'];

export interface AxeOutcome {
	/** How many rules passed: proof that axe really ran. */
	passes: number;
	/** One line per failing element: rule, impact, target, summary. */
	violations: string[];
}

/**
 * Runs axe-core's WCAG rules on the page as it is now. axe is put into the page once per page load
 * and then run as often as the test needs (both themes, a state after a click): @axe-core/playwright
 * injects its 500 KiB script again and opens a blank page to merge results on every analysis, which
 * was most of the accessibility suite's time. The pages have no frames, so `axe.run` over the
 * document is the whole analysis.
 */
export async function runAxe(page: Page, { tags = WCAG_TAGS, skip = [] }: { tags?: string[]; skip?: string[] } = {}): Promise<AxeOutcome> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async ({ values, skip }) => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
		interface AxeResults {
			passes: unknown[];
			violations: { id: string; impact?: string; nodes: { target: string[]; failureSummary?: string }[] }[];
		}
		// Only violations are reported element by element; passes are counted by rule. Collecting every
		// passing element's details was a quarter of axe's time on the longest pages, for nothing read.
		const rules = Object.fromEntries(skip.map((rule) => [rule, { enabled: false }]));
		const result = await axe.run(document, { runOnly: { type: 'tag', values }, rules, resultTypes: ['violations'] });
		return {
			passes: result.passes.length,
			violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`)),
		};
	}, { values: tags, skip });
}
