import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildSite, projectRoot, type BuildResult } from '../helpers/project.ts';
import { checkLinks } from '../helpers/links.ts';

const fixture = join(projectRoot, 'tests/fixtures/plugin-site');

/** A copy of the fixture site whose plugin call and Starlight options are changed. */
function fixtureWith(pluginOptions: string, starlightOptions = ''): string {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.tmp', 'plugin-options-'));
	cpSync(fixture, root, { recursive: true });
	const config = join(root, 'astro.config.mjs');
	const text = readFileSync(config, 'utf8');
	const call = /verbatimCitations\(\{[^)]*\}\)/;
	if (!call.test(text)) throw new Error('the fixture config has no verbatimCitations({ ... }) call: the test is stale');
	writeFileSync(config, text.replace(call, `verbatimCitations({ ${pluginOptions} })`).replace("title: 'Harbour fixture',", `title: 'Harbour fixture',${starlightOptions}`));
	return root;
}

const html = (root: string, path: string) => fromHtml(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

describe('a site with its own route, noun and features, and its own MarkdownContent override', () => {
	let root: string;
	let build: BuildResult;

	beforeAll(() => {
		root = fixtureWith(
			"corpus: 'reports', minQuoteLength: 6, editorialFolders: ['notes/'], sourcesRoute: 'library/documents', sourceNoun: { singular: 'letter', plural: 'letters' }, referenceList: false, jsonLd: false, lineage: false, ledger: false, securityHeaders: false",
			" components: { MarkdownContent: './src/components/OwnContent.astro' },",
		);
		mkdirSync(join(root, 'src/components'), { recursive: true });
		writeFileSync(
			join(root, 'src/components/OwnContent.astro'),
			"---\nimport Default from '@astrojs/starlight/components/MarkdownContent.astro';\nimport { CitationsFooter } from 'starlight-verbatim-citations/components';\n---\n<Default><slot /><p id=\"site-own-footer\">The site's own words.</p><CitationsFooter /></Default>\n",
		);
		// Astro's `site` is deliberately unset.
		build = buildSite(root);
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('builds, and warns once that the site keeps its override, naming what to render inside it', () => {
		expect(build.status, build.output).toBe(0);
		const warnings = build.output.match(/components\.MarkdownContent is overridden by the site/g) ?? [];
		expect(warnings).toHaveLength(1);
		expect(build.output).toContain('Render <CitationsFooter />');
		expect(build.output).not.toContain('components.Head is overridden');
	});

	it("keeps the site's override, with the previews rendered inside it and no reference list", () => {
		const page = html(root, '');
		expect(select('#site-own-footer', page)).toBeDefined();
		expect(selectAll('.cite-preview', page).length).toBeGreaterThan(0);
		expect(select('#references', page)).toBeUndefined();
		expect(select('script[type="application/ld+json"]', page)).toBeUndefined();
	});

	it('serves the sources under its route, named with its noun', () => {
		expect(existsSync(join(root, 'dist/library/documents/index.html'))).toBe(true);
		expect(existsSync(join(root, 'dist/sources'))).toBe(false);
		expect(readFileSync(join(root, 'dist/library/documents/raw/ferry-union.txt'))).toEqual(readFileSync(join(fixture, 'reports/sources/ferry-union.txt')));
		expect(toString(select('h1', html(root, 'library/documents'))!)).toBe('The letters');
		expect(toString(select('h1', html(root, 'library/documents/board'))!)).toBe('Letter board');
		// lineage: false: no shared-passages section, no lineage table on the index.
		expect(select('#shared', html(root, 'library/documents/board'))).toBeUndefined();
		expect(select('#lineage', html(root, 'library/documents'))).toBeUndefined();
		const marker = select('.cite-marker', html(root, ''))!;
		expect(String(marker.properties.ariaLabel)).toMatch(/^Citation 1: letter \w+, paragraph \d+$/);
	});

	it('leaves no broken link or fragment, though the reference list is off', async () => {
		const { broken, links } = await checkLinks(join(root, 'dist'));
		// Starlight links /favicon.svg on every page; the fixture site ships no public/ folder.
		expect(broken.filter((link) => !link.includes('/favicon.svg '))).toEqual([]);
		expect(links).toBeGreaterThan(10);
	});

	it('writes no localhost address anywhere, with site unset', () => {
		const pages = ['', 'library/documents', 'library/documents/board'].map((path) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
		for (const page of pages) expect(page).not.toMatch(/localhost/);
	});
});

describe('a site page where the plugin serves its sources', () => {
	it('is refused with the file, not silently replaced', () => {
		const root = fixtureWith("corpus: 'reports', minQuoteLength: 6, editorialFolders: ['notes/'], ledger: false, securityHeaders: false, sourcesRoute: 'documents'");
		try {
			mkdirSync(join(root, 'src/content/docs/documents'), { recursive: true });
			writeFileSync(join(root, 'src/content/docs/documents/index.mdx'), '---\ntitle: Our documents\n---\n\nA page of the site.\n');
			const build = buildSite(root);
			expect(build.status).not.toBe(0);
			expect(build.output).toContain('src/content/docs/documents/index.mdx:1:1  [route-taken]');
			expect(build.output).toContain('sourcesRoute');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
