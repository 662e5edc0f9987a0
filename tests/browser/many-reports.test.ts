import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { addGeneratedReports } from '../helpers/many-reports.ts';
import { buildSite, copyProject } from '../helpers/project.ts';

const REPORTS = 50;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * The pages that list every report (the overview's "who covers what" grid, the reports index) with
 * fifty reports, added through add-source on a copy of the site: on a phone and a desktop, the page
 * never scrolls sideways and every report a row lists is on screen, labelled.
 */
describe.skipIf(!hasChromium)(`pages listing every report, with ${REPORTS} reports`, () => {
	const project = copyProject();
	let site: Awaited<ReturnType<typeof openSite>>;
	let ids: string[] = [];
	beforeAll(async () => {
		ids = await addGeneratedReports(project.root, REPORTS);
		const built = buildSite(project.root);
		if (built.status !== 0) throw new Error(`The ${REPORTS}-report copy did not build:\n${built.output.slice(-3000)}`);
		site = await openSite(join(project.root, 'dist'));
	});
	afterAll(async () => {
		await site?.close();
		project.remove();
	});

	const overflow = (path: string, viewport: typeof PHONE) =>
		site.browser.newPage({ viewport }).then(async (page) => {
			try {
				await page.goto(`${site.url}${path}`);
				return await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					// Every element drawn past the right edge of the screen, except inside a box that scrolls on its own.
					outside: [...document.querySelectorAll('main *')]
						.filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > window.innerWidth + 1)
						.filter((e) => !e.closest('.table-scroll, .expressive-code, pre'))
						.slice(0, 5)
						.map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
				}));
			} finally {
				await page.close();
			}
		});

	for (const viewport of [PHONE, DESKTOP]) {
		it(`never scrolls the overview, the reports index or a report page sideways at ${viewport.width} px`, async () => {
			for (const path of ['', 'sources/', `sources/${ids.at(-1)}/`]) {
				const { scrollWidth, outside } = await overflow(path, viewport);
				expect(outside, `/${path} at ${viewport.width} px`).toEqual([]);
				expect(scrollWidth, `/${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
			}
		});
	}

	it('lists each page of the grid with the reports it cites, each labelled and on screen, on a phone', async () => {
		const page = await site.browser.newPage({ viewport: PHONE });
		try {
			await page.goto(site.url);
			const cells = await page.evaluate(() =>
				[...document.querySelectorAll('.coverage-grid td')].map((td) => ({
					cited: td.querySelector('a') !== null,
					shown: td.checkVisibility(),
					label: getComputedStyle(td, '::before').content,
					right: td.getBoundingClientRect().right,
				})),
			);
			const cited = cells.filter((c) => c.cited);
			expect(cited.length).toBeGreaterThan(0);
			expect(cited.every((c) => c.shown && c.right <= PHONE.width && /^"Report \d+: "$/.test(c.label)), JSON.stringify(cited.find((c) => !c.shown || c.right > PHONE.width))).toBe(true);
			// The reports a page does not cite are left out of its line rather than shown as 50 dashes.
			expect(cells.filter((c) => !c.cited).every((c) => !c.shown)).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('shows every report in the index as a labelled block on a phone, its link on screen', async () => {
		const page = await site.browser.newPage({ viewport: PHONE });
		try {
			await page.goto(`${site.url}sources/`);
			const rows = await page.evaluate(() =>
				[...document.querySelectorAll('.sources-table tbody tr')].map((tr) => ({
					id: tr.querySelector('th a')?.textContent,
					right: Math.max(...[...tr.children].map((c) => c.getBoundingClientRect().right)),
					labelled: [...tr.querySelectorAll('td')].every((td) => /^".+: "$/.test(getComputedStyle(td, '::before').content)),
				})),
			);
			const expected = JSON.parse(readFileSync(join(project.root, 'dist/citations.json'), 'utf8')).reports.map((r: { id: string }) => r.id);
			expect(rows.map((r) => r.id)).toEqual(expected);
			expect(expected).toHaveLength(REPORTS);
			expect(rows.every((r) => r.right <= PHONE.width && r.labelled)).toBe(true);
		} finally {
			await page.close();
		}
	});
});
