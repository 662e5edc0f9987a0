import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';

const dist = join(projectRoot, 'dist');
const SCREEN = { width: 1280, height: 900 };

describe.skipIf(!hasChromium)('reading a page in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(() => site?.close());

	it(`fits the full text of report 003 within 2 screens at ${SCREEN.width}×${SCREEN.height}, citations folded`, async () => {
		const page = await site.browser.newPage({ viewport: SCREEN });
		try {
			await page.goto(`${site.url}sources/003/`);
			const measured = await page.evaluate(() => ({
				text: document.querySelector('.source-text')!.getBoundingClientRect().height,
				page: document.scrollingElement!.scrollHeight,
				unfolded: [...document.querySelectorAll('.cited-by li a')].filter((a) => a.checkVisibility()).length,
				folds: document.querySelectorAll('details.cited-by').length,
			}));
			console.log(`report 003 at ${SCREEN.width}×${SCREEN.height}: full text ${Math.round(measured.text)} px, page ${measured.page} px`);
			expect(measured.folds).toBeGreaterThan(3);
			expect(measured.unfolded, 'citing places are folded').toBe(0);
			expect(measured.text).toBeLessThanOrEqual(2 * SCREEN.height);
		} finally {
			await page.close();
		}
	});

	it('sets each report-page label on the line of its value, on a wide screen and a phone', async () => {
		for (const viewport of [SCREEN, { width: 390, height: 844 }]) {
			const page = await site.browser.newPage({ viewport });
			try {
				await page.goto(`${site.url}sources/000/`);
				const offsets = await page.evaluate(() =>
					[...document.querySelectorAll('.source-meta > dt')].map((dt) => ({
						label: dt.textContent!.trim(),
						off: Math.abs(dt.getBoundingClientRect().top - dt.nextElementSibling!.getBoundingClientRect().top),
					})),
				);
				expect(offsets.length).toBeGreaterThan(4);
				for (const { label, off } of offsets) expect(off, `${label} at ${viewport.width} px`).toBeLessThan(4);
			} finally {
				await page.close();
			}
		}
	});

	it('unfolds who cites the words a link points at, and only that paragraph', async () => {
		const page = await site.browser.newPage({ viewport: SCREEN });
		try {
			await page.goto(`${site.url}sources/003/`);
			const fragment = await page.evaluate(() => document.querySelector('mark.cited[id]')!.id);
			await page.goto(`${site.url}sources/003/#${fragment}`);
			const shown = await page.evaluate(() =>
				[...document.querySelectorAll('.source-paragraph')]
					.filter((p) => [...p.querySelectorAll('.cited-by li a')].some((a) => a.checkVisibility()))
					.map((p) => ({ id: p.id, hasTarget: p.querySelector(':target') !== null })),
			);
			expect(shown).toEqual([{ id: expect.stringMatching(/^p-\d+$/), hasTarget: true }]);
		} finally {
			await page.close();
		}
	});

	it('fills only the words a link points at; the report\'s other highlights step back to an underline, on screen and in print', async () => {
		const page = await site.browser.newPage({ viewport: SCREEN });
		try {
			await page.goto(`${site.url}sources/000/`);
			const fragment = await page.evaluate(() => [...document.querySelectorAll('mark.cited[id]')].at(-1)!.id);
			const before = await page.evaluate(() => getComputedStyle(document.querySelector('mark.cited')!).backgroundColor);
			await page.goto(`${site.url}sources/000/#${fragment}`);
			const styles = await page.evaluate((id) => {
				const look = (el: Element) => ({ background: getComputedStyle(el).backgroundColor, line: getComputedStyle(el).textDecorationLine });
				const others = [...document.querySelectorAll('mark.cited')].filter((m) => m.id !== id && !m.contains(document.getElementById(id)));
				return { target: look(document.getElementById(id)!), others: others.map(look), count: others.length };
			}, fragment);
			expect(styles.count).toBeGreaterThan(5);
			expect(styles.target.background).not.toBe('rgba(0, 0, 0, 0)');
			expect(styles.others.every((o) => o.background === 'rgba(0, 0, 0, 0)' && o.line.includes('underline'))).toBe(true);
			// Without a target every cited passage is filled, and a printed page keeps its highlighting.
			expect(before).not.toBe('rgba(0, 0, 0, 0)');
			await page.emulateMedia({ media: 'print' });
			expect(await page.evaluate(() => getComputedStyle(document.querySelector('mark.cited')!).printColorAdjust)).toBe('exact');
		} finally {
			await page.close();
		}
	});

	it('gives search excerpts of cited sentences without preview text or marker numbers', async () => {
		const page = await site.browser.newPage({ viewport: SCREEN });
		try {
			await page.goto(`${site.url}disputes/recusal/`);
			// A cited sentence of the page, as it reads without its markers.
			const sentence = await page.evaluate(() => {
				const p = [...document.querySelectorAll('.sl-markdown-content p')].find((el) => el.querySelector('.cite'))!;
				const copy = p.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.cite, .cite-independence').forEach((el) => el.remove());
				return copy.textContent!.replace(/\s+/g, ' ').trim();
			});
			const words = sentence.split(' ').slice(0, 8).join(' ');
			// Pagefind's own API, the one Starlight's search box calls. (A string, so that Vite does
			// not rewrite the dynamic import for Node.)
			const base = new URL(site.url).pathname;
			const found = (await page.evaluate(`(async () => {
				const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
				await pagefind.init();
				const search = await pagefind.search(${JSON.stringify(words)});
				return Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			})()`)) as { url: string; excerpt: string; content: string }[];
			const here = found.find((r) => r.url.endsWith('/disputes/recusal/'));
			expect(here, `Pagefind finds «${words}» on the page`).toBeDefined();
			const excerpt = here!.excerpt.replace(/<\/?mark>/g, '');
			expect(excerpt.length).toBeGreaterThan(40);
			expect(here!.content).not.toMatch(/Read it in report|Close|Reference \d+/);
			expect(excerpt).not.toMatch(/Read it in report|Close|\bReport \d{3}, paragraph \d+/);
			// The sentence is indexed whole, no number from a marker inside it.
			expect(here!.content.replace(/\s+/g, ' ')).toContain(sentence);
		} finally {
			await page.close();
		}
	});
});
