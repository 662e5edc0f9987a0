import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_LINE_LIMIT, headersFile, mergePolicies, parsePolicy } from '../../packages/starlight-verbatim-citations/src/integration/security-headers.ts';
import { metaPolicy } from '../../packages/starlight-verbatim-citations/src/components/routes/csp-meta.ts';
import { hasChromium, htmlPagePaths, openSite, pageHtml } from '../helpers/browser.ts';
import { buildSite, copyProject, projectRoot } from '../helpers/project.ts';
import { headersFor, parseHeadersFile } from '../helpers/serve.ts';

const dist = join(projectRoot, 'dist');

describe('the Content-Security-Policy of the built site', () => {
	const pages = htmlPagePaths(dist).map((path) => ({ path, html: pageHtml(dist, path) }));

	it('is a <meta> at the top of every page, allowing no inline script but by hash', () => {
		expect(pages.length).toBeGreaterThanOrEqual(8);
		for (const { path, html } of pages) {
			const policy = metaPolicy(html);
			expect(policy, `${path || '(home)'} has a CSP <meta>`).toBeDefined();
			const directives = parsePolicy(policy!);
			const scripts = directives.get('script-src') ?? [];
			expect(scripts).toContain("'self'");
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts).not.toContain("'unsafe-eval'");
			expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(3);
			expect(directives.get('default-src')).toEqual(["'self'"]);
			expect(directives.get('object-src')).toEqual(["'none'"]);
			expect(directives.has('script-src-elem') || directives.has('script-src-attr')).toBe(false);
			// Only the inline scripts before the policy escape it; they must be hashed too (for the header).
			const before = html.slice(0, html.indexOf('http-equiv="content-security-policy"'));
			expect(before.match(/<script(?![^>]*application\/ld\+json)/g)?.length ?? 0, 'scripts before the policy').toBeLessThanOrEqual(1);
		}
	});

	it('hashes every inline script on every page (none would be blocked)', () => {
		for (const { path, html } of pages) {
			const allowed = new Set(parsePolicy(metaPolicy(html)!).get('script-src'));
			for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
				// External scripts are covered by 'self'; JSON-LD data blocks are never executed.
				if (/\ssrc=/.test(attributes!) || /type="application\/ld\+json"/.test(attributes!)) continue;
				const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
				expect(allowed.has(hash), `${path || '(home)'}: inline script «${body!.trim().slice(0, 60)}…» is hashed`).toBe(true);
			}
		}
	});

	it('is also in _headers, with the other security headers, and text/plain for the raw reports', () => {
		const file = readFileSync(join(dist, '_headers'), 'utf8');
		for (const line of file.split('\n')) expect(line.length, `_headers line «${line.slice(0, 40)}…»`).toBeLessThanOrEqual(HEADERS_LINE_LIMIT);
		const rules = parseHeadersFile(file);
		const page = headersFor(rules, '/sources/000/');
		expect(page['Content-Security-Policy']).toBe(`${mergePolicies(pages.map(({ html }) => metaPolicy(html)!))} frame-ancestors 'none';`);
		expect(page['Content-Security-Policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(page['X-Content-Type-Options']).toBe('nosniff');
		expect(page['Referrer-Policy']).toBe('no-referrer');
		expect(headersFor(rules, '/sources/raw/000_b027d32706ab4d36.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
		expect(headersFor(rules, '/sources/000/')['Content-Type']).toBeUndefined();
	});

	it('merges page policies into one that allows what each allows', () => {
		expect(mergePolicies(["script-src 'self' 'sha256-a'; object-src 'none';", "script-src 'self' 'sha256-b'; object-src 'none';"])).toBe(
			"script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none';",
		);
		expect(mergePolicies(["img-src 'none';", "img-src 'self';"])).toBe("img-src 'self';");
		expect(headersFile("script-src 'self';", '/explainer/')).toMatch(/^\/explainer\/sources\/raw\/\*\n {2}Content-Type: text\/plain; charset=utf-8$/m);
	});

	it('is served from a production build (search present, not the development placeholder)', () => {
		const home = pages.find(({ path }) => path === '')!.html;
		expect(home).toContain('id="starlight__search"');
		expect(home).not.toContain('only available in production');
	});
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
/**
 * Issue 22, item 5: a frontmatter title and description, and a report's title in sources.yaml,
 * holding markup. Before: the page title was written unescaped into <title>, so an <img onerror>
 * landed in <head> ahead of the Content-Security-Policy <meta>, and ran on hosts without _headers.
 */
const PAYLOAD = '</title><img src=x onerror=alert(1)>';
const DESCRIPTION = `"><script>alert(2)</script> ${PAYLOAD}`;
const PAGE_TITLE = `How ${PAYLOAD} to read`;
const REPORT_TITLE = `Fixture report ${PAYLOAD}`;

/**
 * Reports are untrusted text. A fixture corpus whose only report contains markup proves that the
 * site shows it as text everywhere: on the report's page and in the citation preview; and so do
 * titles and descriptions (a page's frontmatter, a report's title in sources.yaml).
 */
describe('a report containing markup', () => {
	let project: ReturnType<typeof copyProject>;
	let out: string;
	const report = [
		'A fixture report that contains markup, for the escaping test.',
		'',
		`The visitor typed ${SCRIPT} into the comment box.`,
		'',
		`Then came ${IMG} and a stray </p></mark> & an &amp; entity.`,
		'',
	].join('\n');

	beforeAll(() => {
		project = copyProject();
		const sources = join(project.root, 'docs-data/sources');
		rmSync(sources, { recursive: true, force: true });
		mkdirSync(sources);
		writeFileSync(join(sources, '000_fixture.txt'), report);
		writeFileSync(join(sources, 'SHA256SUMS'), `${createHash('sha256').update(report).digest('hex')}  000_fixture.txt\n`);
		writeFileSync(
			join(project.root, 'docs-data/sources.yaml'),
			['- id: "000"', '  file: 000_fixture.txt', `  title: ${JSON.stringify(REPORT_TITLE)}`, '  summary: A report whose text contains HTML markup.', ''].join('\n'),
		);
		// The fixture report attributes nothing; the project's own frames and sentence notes are for its reports.
		writeFileSync(join(project.root, 'docs-data/attributions.yaml'), '"000": []\n');
		rmSync(join(project.root, 'docs-data/sentences.yaml'), { force: true });
		// Nor does it name the project's players: their roles are quoted from the project's reports.
		rmSync(join(project.root, 'docs-data/players.yaml'), { force: true });
		const docs = join(project.root, 'src/content/docs');
		rmSync(docs, { recursive: true, force: true });
		mkdirSync(docs, { recursive: true });
		writeFileSync(
			join(docs, 'index.mdx'),
			[
				'---',
				'title: Fixture',
				'---',
				'',
				"import { Cite } from 'starlight-verbatim-citations/components';",
				"import { Quote } from 'starlight-verbatim-citations/components';",
				'',
				`Someone typed a script tag<Cite source="000" quote="The visitor typed ${SCRIPT} into the comment box." />. Then: <Quote source="000" quote="${IMG}" />.`,
				'',
			].join('\n'),
		);
		// An editorial page (about/ needs no citation) whose title and description hold markup.
		mkdirSync(join(docs, 'about'));
		writeFileSync(
			join(docs, 'about/how-to-read.mdx'),
			['---', `title: ${JSON.stringify(PAGE_TITLE)}`, `description: ${JSON.stringify(`${DESCRIPTION} How to read the fixture.`)}`, '---', '', 'An editorial page of the fixture.', ''].join('\n'),
		);
		out = join(project.root, 'dist');
		const build = buildSite(project.root, {}, out);
		if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.output}`);
	});
	afterAll(() => project?.remove());

	const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

	it('renders the report text as text on its source page', () => {
		const source = html('sources/000');
		const tree = fromHtml(source);
		expect(selectAll('.source-text script, .source-text img', tree)).toEqual([]);
		const text = selectAll('.paragraph-text', tree).map((p) => toString(p).trim());
		expect(text).toContain(`The visitor typed ${SCRIPT} into the comment box.`);
		expect(text).toContain(`Then came ${IMG} and a stray </p></mark> & an &amp; entity.`);
		expect(source).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		// The cited words are highlighted as a whole, as text.
		expect(selectAll('mark.cited', tree).map((m) => toString(m))).toEqual(expect.arrayContaining([`The visitor typed ${SCRIPT} into the comment box.`, IMG]));
	});

	it('renders the quoted words as text in the citation preview and the reference list', () => {
		const tree = fromHtml(html(''));
		expect(selectAll('.sl-markdown-content script, .sl-markdown-content img', tree)).toEqual([]);
		// The preview marks the quoted words inside their whole report sentence.
		const previews = selectAll('.cite-preview-quote', tree).map((q) => toString(q));
		expect(previews).toEqual([`The visitor typed ${SCRIPT} into the comment box.`, IMG]);
		expect(selectAll('.cite-preview-sentence', tree).map((q) => toString(q))).toEqual([
			`“The visitor typed ${SCRIPT} into the comment box.”`,
			`“Then came ${IMG} and a stray </p></mark> & an &amp; entity.”`,
		]);
		expect(toString(select('.quotation', tree)!)).toBe(`“${IMG}”`);
		expect(selectAll('.reference-quote', tree).map((q) => toString(q))).toEqual(previews.map((p) => `“${p}”`));
	});

	describe('markup in a title or description', () => {
		const headChildren = (html: string) => (select('head', fromHtml(html))!.children.filter((c) => c.type === 'element') as Element[]);

		for (const [name, path, title] of [
			['an explainer page', 'about/how-to-read', () => PAGE_TITLE],
			// A report page's <title> is its id; the editorial title from sources.yaml is in the page.
			['a report page', 'sources/000', () => 'Report 000'],
		] as const) {
			it(`${name}: the title is text in <title>, nothing it holds becomes an element`, () => {
				const tree = fromHtml(html(path));
				expect(toString(select('title', tree)!)).toBe(`${title()} | Trump v. Sessions, 2017`);
				expect(selectAll('img, script:not([type="application/ld+json"]):not([src])', tree).filter((e) => /alert/.test(JSON.stringify(e)))).toEqual([]);
				// Parsed as a browser parses it: the title's markup is characters, never an element.
				expect(selectAll('img[onerror], head img', tree)).toEqual([]);
			});

			it(`${name}: the Content-Security-Policy <meta> comes first in <head>, after only <meta charset>`, () => {
				const [first, second] = headChildren(html(path));
				expect(first!.tagName).toBe('meta');
				expect(first!.properties.charSet).toBe('utf-8');
				expect(second!.tagName).toBe('meta');
				expect(second!.properties.httpEquiv).toEqual(['content-security-policy']);
				expect(html(path).indexOf('http-equiv="content-security-policy"')).toBeLessThan(1024);
			});
		}

		it("a report's title from sources.yaml is shown as text on its page and in the index", () => {
			for (const path of ['sources/000', 'sources']) {
				const tree = fromHtml(html(path));
				expect(toString(select('main', tree)!)).toContain(REPORT_TITLE);
				expect(selectAll('img[onerror]', tree)).toEqual([]);
			}
		});

		it('the JSON-LD holds the title and description as data, unchanged', () => {
			const tree = fromHtml(html('about/how-to-read'));
			const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
			expect(data.headline).toBe(PAGE_TITLE);
			expect(data.description).toMatch(new RegExp(`^${DESCRIPTION.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		});

		it('the description is an attribute value, not markup', () => {
			const tree = fromHtml(html('about/how-to-read'));
			expect(select('meta[name="description"]', tree)!.properties.content).toMatch(/^"><script>alert\(2\)<\/script> <\/title><img src=x onerror=alert\(1\)>/);
		});
	});

	describe.skipIf(!hasChromium)('in Chromium', () => {
		let site: Awaited<ReturnType<typeof openSite>>;
		beforeAll(async () => {
			site = await openSite(out);
		});
		afterAll(() => site?.close());

		async function inspect(path: string, open?: boolean) {
			const context = await site.browser.newContext();
			const page = await context.newPage();
			const dialogs: string[] = [];
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			const requests: string[] = [];
			page.on('request', (request) => requests.push(new URL(request.url()).pathname));
			try {
				await page.goto(site.url + path, { waitUntil: 'networkidle' });
				if (open) {
					for (const marker of await page.locator('button.cite-marker').all()) {
						await marker.click();
						const preview = page.locator(`[id="${await marker.getAttribute('popovertarget')}"]`);
						expect(await preview.evaluate((el) => el.matches(':popover-open'))).toBe(true);
					}
				}
				const state = await page.evaluate(() => ({
					scripts: [...document.querySelectorAll('main script, .cite-preview script')].length,
					images: document.querySelectorAll('main img').length,
					text: document.querySelector('main')!.textContent,
					previews: [...document.querySelectorAll('.cite-preview-quote')].map((el) => el.textContent),
					visible: [...document.querySelectorAll('.cite-preview')].filter((el) => el.matches(':popover-open')).length,
				}));
				return { ...state, dialogs, requests };
			} finally {
				await context.close();
			}
		}

		it('creates no script or image element from the report on its page, and shows the characters', async () => {
			const state = await inspect('sources/000/');
			expect(state.scripts).toBe(0);
			expect(state.images).toBe(0);
			expect(state.text).toContain(`The visitor typed ${SCRIPT} into the comment box.`);
			expect(state.text).toContain(`Then came ${IMG}`);
			expect(state.dialogs).toEqual([]);
			expect(state.requests.filter((p) => p.endsWith('/x'))).toEqual([]);
		});

		it('creates none in the open citation previews either', async () => {
			const state = await inspect('', true);
			expect(state.visible).toBe(1);
			expect(state.scripts).toBe(0);
			expect(state.images).toBe(0);
			// The marked words inside each preview's whole report sentence.
			expect(state.previews).toEqual([`The visitor typed ${SCRIPT} into the comment box.`, IMG]);
			expect(state.dialogs).toEqual([]);
			expect(state.requests.filter((p) => p.endsWith('/x'))).toEqual([]);
		});
	});
});

