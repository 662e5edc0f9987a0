import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../helpers/project.ts';

/**
 * Issue 22, item 5: a frontmatter title and description, and a report's title in sources.yaml,
 * holding markup. Before: the page title was written unescaped into <title>, so an <img onerror>
 * landed in <head> ahead of the Content-Security-Policy <meta>, and ran on hosts without _headers.
 */
const PAYLOAD = '</title><img src=x onerror=alert(1)>';
const DESCRIPTION = `"><script>alert(2)</script> ${PAYLOAD}`;

describe('markup in a title or description', () => {
	let project: ReturnType<typeof copyProject>;
	let out: string;
	let pageTitle: string;
	let reportTitle: string;

	beforeAll(() => {
		project = copyProject();
		project.edit('src/content/docs/about/how-to-read.mdx', (text) =>
			text.replace(/^title: .*$/m, `title: ${JSON.stringify(`How ${PAYLOAD} to read`)}`).replace(/^description: (.*)$/m, (_, d: string) => `description: ${JSON.stringify(`${DESCRIPTION} ${d}`)}`),
		);
		pageTitle = `How ${PAYLOAD} to read`;
		project.edit('docs-data/sources.yaml', (text) => text.replace(/^ {2}title: (Sessions' allies.*)$/m, (_, t: string) => `  title: ${JSON.stringify(`${t} ${PAYLOAD}`)}`));
		reportTitle = `Sessions' allies say Trump is campaigning to make him quit ${PAYLOAD}`;
		out = join(project.root, 'dist');
		const build = buildSite(project.root, {}, out);
		if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
	});
	afterAll(() => project?.remove());

	const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
	const headChildren = (html: string) => (select('head', fromHtml(html))!.children.filter((c) => c.type === 'element') as Element[]);

	for (const [name, path, title] of [
		['an explainer page', 'about/how-to-read', () => pageTitle],
		// A report page's <title> is its id; the editorial title from sources.yaml is in the page.
		['a report page', 'sources/000', () => 'Report 000'],
	] as const) {
		it(`${name}: the title is text in <title>, nothing it holds becomes an element`, () => {
			const html = page(path);
			const tree = fromHtml(html);
			expect(toString(select('title', tree)!)).toBe(`${title()} | Trump v. Sessions, 2017`);
			expect(selectAll('img, script:not([type="application/ld+json"]):not([src])', tree).filter((e) => /alert/.test(JSON.stringify(e)))).toEqual([]);
			// Parsed as a browser parses it: the title's markup is characters, never an element.
			expect(selectAll('img[onerror], head img', tree)).toEqual([]);
		});

		it(`${name}: the Content-Security-Policy <meta> comes first in <head>, after only <meta charset>`, () => {
			const [first, second] = headChildren(page(path));
			expect(first!.tagName).toBe('meta');
			expect(first!.properties.charSet).toBe('utf-8');
			expect(second!.tagName).toBe('meta');
			expect(second!.properties.httpEquiv).toEqual(['content-security-policy']);
			expect(page(path).indexOf('http-equiv="content-security-policy"')).toBeLessThan(1024);
		});
	}

	it("a report's title from sources.yaml is shown as text on its page and in the index", () => {
		for (const path of ['sources/000', 'sources']) {
			const tree = fromHtml(page(path));
			expect(toString(select('main', tree)!)).toContain(reportTitle);
			expect(selectAll('img[onerror]', tree)).toEqual([]);
		}
	});

	it('the JSON-LD holds the title and description as data, unchanged', () => {
		const tree = fromHtml(page('about/how-to-read'));
		const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
		expect(data.headline).toBe(pageTitle);
		expect(data.description).toMatch(new RegExp(`^${DESCRIPTION.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});

	it('the description is an attribute value, not markup', () => {
		const tree = fromHtml(page('about/how-to-read'));
		expect(select('meta[name="description"]', tree)!.properties.content).toMatch(/^"><script>alert\(2\)<\/script> <\/title><img src=x onerror=alert\(1\)>/);
	});
});
