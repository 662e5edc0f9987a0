import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';
import { sharedBuild, SUB_PATH_BUILD } from '../helpers/shared-build.ts';
import { serveDist } from '../helpers/serve.ts';

const BASE = SUB_PATH_BUILD.SITE_BASE;

/**
 * Any static host: the site built for a sub-path (SITE_BASE) and served there by a plain static
 * server, which answers 404 for everything outside the sub-path, as a GitHub Pages project site does.
 */
describe(`the site built for and served under ${BASE}`, () => {
	/** Built once per run with the nginx test (tests/outside/nginx.test.ts), which serves the same build. */
	let outDir: string;
	let server: Awaited<ReturnType<typeof serveDist>>;
	let pages: { file: string; html: string }[] = [];

	beforeAll(async () => {
		const build = await sharedBuild(SUB_PATH_BUILD);
		if (build.status !== 0) throw new Error(`astro build with SITE_BASE=${BASE} failed:\n${build.output}`);
		outDir = build.outDir;
		pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => join(e.parentPath, e.name))
			.map((file) => ({ file: relative(outDir, file), html: readFileSync(file, 'utf8') }));
		server = await serveDist(outDir, BASE);
	});
	afterAll(async () => {
		await server?.close();
	});

	it('has no broken link or missing fragment (linkinator over HTTP, recursive, fragments)', async () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/explainer\/$/);
		const { broken, ok } = await checkLinks(server.url);
		expect(broken).toEqual([]);
		// It really crawled the site over HTTP: every page (but the 404 page) and every raw report.
		const expected = pages
			.map(({ file }) => file.replace(/(^|\/)index\.html$/, '$1'))
			.filter((path) => path !== '404.html')
			.concat(readdirSync(join(outDir, 'sources/raw')).map((name) => `sources/raw/${name}`))
			.map((path) => `${server.url}${path}`);
		expect(expected.length).toBeGreaterThan(8);
		expect(ok).toEqual(expect.arrayContaining(expected));
	});

	it('puts the sub-path in every citation link', () => {
		let citations = 0;
		for (const { file, html } of pages) {
			const tree = fromHtml(html);
			for (const link of selectAll('.cite-preview a, .references a, .cited-by a, .source-meta a', tree)) {
				const href = String(link.properties.href);
				// In-page links, and where the editors found a report (its url, shown on its page), stay as they are.
				if (href.startsWith('#') || /^https?:\/\//.test(href)) continue;
				expect(href, `${href} on ${file}`).toMatch(/^\/explainer\//);
				citations++;
			}
		}
		expect(citations).toBeGreaterThan(10);
	});

	it('keeps every root-relative URL in every page under the sub-path', () => {
		for (const { file, html } of pages) {
			const urls = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
			expect(urls.length, file).toBeGreaterThan(0);
			expect(urls.filter((url) => !url.startsWith(BASE)), file).toEqual([]);
		}
	});

	it('scopes the _headers rules to the sub-path', () => {
		const headers = readFileSync(join(outDir, '_headers'), 'utf8');
		expect(headers).toMatch(/^\/explainer\/\*$/m);
		expect(headers).toMatch(/^\/explainer\/sources\/raw\/\*$/m);
	});
});
