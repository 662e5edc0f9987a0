import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPagePaths, pageHtml } from '../helpers/browser.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';

const tree = (path: string): Root => fromHtml(pageHtml(dist, path));

/** Elements of `root` (with their ancestors) matching `test`. */
function withAncestors(root: Root, test: (el: Element) => boolean): { el: Element; ancestors: Element[] }[] {
	const found: { el: Element; ancestors: Element[] }[] = [];
	const walk = (node: Root | Element, ancestors: Element[]) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (test(child)) found.push({ el: child, ancestors });
			walk(child, [...ancestors, child]);
		}
	};
	walk(root, []);
	return found;
}

/** Text containers a preview must never sit in: its words would be read into the sentence. */
const PROSE = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'figcaption']);

describe('pages read as text', () => {
	beforeAll(ensureSiteBuilt);
	const pages = htmlPagePaths(dist).filter((path) => path !== '404.html');

	it('keeps every citation preview out of the sentence and out of the search index, still opened by its marker, and the reference lists out of the index', () => {
		let previews = 0;
		let references = 0;
		for (const path of pages) {
			const root = tree(path);
			for (const { el, ancestors } of withAncestors(root, (el) => el.properties.popover !== undefined && String(el.properties.className).includes('cite-preview'))) {
				previews++;
				const where = `${path}: preview ${String(el.properties.id)}`;
				expect(ancestors.filter((a) => PROSE.has(a.tagName)).map((a) => a.tagName), `${where} is inside text`).toEqual([]);
				expect(ancestors.some((a) => a.properties.dataPagefindIgnore !== undefined), `${where} is indexed by Pagefind`).toBe(true);
				expect(el.properties.role, `${where} has a role`).toBe('dialog');
				expect(String(el.properties.ariaLabel)).toMatch(/^Citation \d+: report \d{3}, paragraph \d+$/);
			}
			for (const marker of selectAll('button.cite-marker', root)) {
				const id = String(marker.properties.popoverTarget);
				expect(select(`[id="${id}"][popover]`, root), `${path}: marker ${String(marker.properties.id)} opens ${id}`).toBeDefined();
			}
			// The marker's number is apparatus, not words of the sentence: not in search excerpts.
			for (const cite of selectAll('.cite', root)) expect(cite.properties.dataPagefindIgnore, path).toBeDefined();
			// So is the reference list: its quotations are indexed on the reports' pages, not again on every citing page.
			for (const list of selectAll('section.references', root)) {
				references++;
				expect(list.properties.dataPagefindIgnore, `${path}: the reference list is indexed by Pagefind`).toBeDefined();
				const main = select('main[data-pagefind-body]', root);
				expect(main && selectAll('section.references', main).length, `${path}: the page's own text is still indexed`).toBe(1);
			}
		}
		expect(previews).toBeGreaterThan(50);
		expect(references).toBeGreaterThan(5);
	});

	it('folds who cites each paragraph of a report, and lists its sections under "On this page"', () => {
		for (const path of pages.filter((p) => /^sources\/\d{3}\/$/.test(p))) {
			const root = tree(path);
			const paragraphs = selectAll('.source-paragraph', root);
			expect(paragraphs.length, path).toBeGreaterThan(3);
			for (const paragraph of paragraphs) {
				const lists = selectAll('.cited-by', paragraph);
				const marks = selectAll('mark.cited', paragraph);
				expect(lists.length, `${path} ${String(paragraph.properties.id)}`).toBe(marks.length > 0 ? 1 : 0);
				for (const list of lists) {
					expect(list.tagName).toBe('details');
					expect(list.properties.open, 'folded until asked for').toBeUndefined();
					expect(toString(select('summary', list)!)).toMatch(/^Where paragraph \d+ is cited \(\d+ citations?\)$/);
				}
			}
			const toc = selectAll('starlight-toc a', root).map((a) => String(a.properties.href));
			expect(toc, path).toEqual(expect.arrayContaining(['#text', '#shared']));
			for (const href of toc) expect(select(href === '#_top' ? '#_top' : `[id="${href.slice(1)}"]`, root), `${path}: "On this page" links ${href}`).toBeDefined();
			// The text comes first: before the notes and the shared passages.
			const order = selectAll('h2[id]', root).map((h) => String(h.properties.id));
			expect(order.indexOf('text'), path).toBeLessThan(order.indexOf('shared'));
		}
	});

	it("gives search a report page's own words: its text indexed, the lists of who cites it, its notes, file name, checksum and counts not", () => {
		const ignored = (el: Element, ancestors: Element[]) => [el, ...ancestors].some((a) => a.properties.dataPagefindIgnore !== undefined);
		for (const path of pages.filter((p) => /^sources\/\d{3}\/$/.test(p))) {
			const root = tree(path);
			const main = select('main[data-pagefind-body]', root);
			expect(main, `${path}: the page is indexed`).toBeDefined();
			const inMain = (test: (el: Element) => boolean) => withAncestors(main as unknown as Root, test);
			const texts = inMain((el) => String(el.properties.className).includes('paragraph-text'));
			expect(texts.length, path).toBeGreaterThan(3);
			for (const { el, ancestors } of texts) expect(ignored(el, ancestors), `${path}: the report's text is indexed`).toBe(false);
			const apparatus = inMain((el) => /\b(?:cited-by|uncited-note|sha)\b/.test(String(el.properties.className).replaceAll(',', ' ')));
			expect(apparatus.length, path).toBeGreaterThan(0);
			for (const { el, ancestors } of apparatus) expect(ignored(el, ancestors), `${path}: ${String(el.properties.className)} is left out of the index`).toBe(true);
			const title = withAncestors(root, (el) => el.tagName === 'dd' && el === (select('.source-meta dd', root) as Element | undefined));
			expect(title.map(({ el, ancestors }) => ignored(el, ancestors)), `${path}: the editorial title is indexed`).toEqual([false]);
		}
	});

	it('gives the reports table a caption', () => {
		const caption = select('table.sources-table > caption', tree('sources/'));
		expect(caption && toString(caption)).toMatch(/reports/);
	});
});
