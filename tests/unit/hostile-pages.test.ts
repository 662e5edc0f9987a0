import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFiles } from '../../packages/starlight-verbatim-citations/src/checks/page-files.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { scanCitationTags } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';
import { componentProblems } from '../../packages/starlight-verbatim-citations/src/pages/page-components.ts';
import { uncitedProseProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-prose.ts';
import { lowerCaseStarts } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-sentences.ts';
import { ruleOf } from '../../packages/starlight-verbatim-citations/src/rules/registry.ts';

/**
 * Issue 22, item 3: pages nobody checked. Markdown pages and symbolic links were published
 * unchecked; uncited claims passed in a table row, in a page-local <Editorial>, in a {<p>…</p>}
 * expression, after a sentence starting in lower case and in a "See [link]." pointer's text; and
 * <Cite> without its import passed the check, then crashed the render with no file or line.
 */
const IMPORT = "import { Cite, Quote, Editorial } from 'starlight-verbatim-citations/components';\n\n";
const DIR = 'src/content/docs';
const check = (body: string, others: { file: string; text: string }[] = [], imports = IMPORT) =>
	uncitedProseProblems([parseMdxPage(`${DIR}/disputes/x.mdx`, `---\ntitle: X\n---\n\n${imports}${body}`), ...others.map(({ file, text }) => parseMdxPage(file, text))], DIR, ['about/']).filter(
		(p) => p.file === `${DIR}/disputes/x.mdx`,
	);
const CITE = '<Cite source="000" quote="abcd" />';

describe('pages the check cannot read are refused', () => {
	const root = mkdtempSync(join(tmpdir(), 'hostile-pages-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, DIR, 'disputes'), { recursive: true });
	writeFileSync(join(root, DIR, 'index.mdx'), '---\ntitle: Home\n---\n');
	writeFileSync(join(root, DIR, 'disputes/plain.md'), '---\ntitle: Plain\n---\n\nTrump fired Sessions.\n');
	writeFileSync(join(root, DIR, '_draft.md'), 'Starlight skips files whose name starts with an underscore.\n');
	writeFileSync(join(root, 'outside.mdx'), '---\ntitle: Outside\n---\n\nTrump fired Sessions.\n');
	symlinkSync(join(root, 'outside.mdx'), join(root, DIR, 'disputes/linked.mdx'));

	it('lists only the .mdx files, and refuses a Markdown page and a symbolic link with the fix', () => {
		const { pages, problems } = pageFiles(root, DIR);
		expect(pages).toEqual([`${DIR}/index.mdx`]);
		expect(problems.map(({ file, line, code }) => ({ file, line, code }))).toEqual([
			{ file: `${DIR}/disputes/linked.mdx`, line: 1, code: 'page-unchecked' },
			{ file: `${DIR}/disputes/plain.md`, line: 1, code: 'page-unchecked' },
		]);
		expect(problems[0]!.message).toMatch(/is a symbolic link/);
		expect(problems[0]!.hint).toMatch(/Replace the link with the file itself/);
		expect(problems[1]!.message).toMatch(/is a Markdown page: Starlight would publish it, but it cannot carry <Cite>/);
		expect(problems[1]!.hint).toBe(`Rename it to ${DIR}/disputes/plain.mdx (git mv ${DIR}/disputes/plain.md ${DIR}/disputes/plain.mdx) and cite its claims, or move it out of ${DIR}.`);
		expect(ruleOf('page-unchecked')?.explainer).toBe('error');
		expect(ruleOf('page-unchecked')?.severity).toBe('error');
	});
});

describe('a component used without its import', () => {
	it('is a check error naming the line and the import to add', () => {
		const { tree } = parseMdxPage('x.mdx', '---\ntitle: T\n---\n\nTrump left<Cite source="000" quote="abcd" />.\n');
		expect(componentProblems(tree!)).toEqual([
			{
				line: 5,
				column: 11,
				code: 'component-unimported',
				message: '<Cite> is used, but this page does not import Cite: the page would crash while it renders.',
				hint: "Add at the top of the page: import { Cite } from 'starlight-verbatim-citations/components';",
			},
		]);
		expect(ruleOf('component-unimported')?.severity).toBe('error');
	});

	it('accepts imported components, renamed ones, Fragment and HTML elements', () => {
		const { tree } = parseMdxPage('x.mdx', `import { Cite as C } from 'starlight-verbatim-citations/components';\nimport Card from './Card.astro';\n\nA<C source="000" quote="abcd" /> <Card /> <Fragment>x</Fragment> <span>y</span>\n`);
		expect(componentProblems(tree!)).toEqual([]);
	});

	it('refuses a page-local Editorial, which shows no label', () => {
		const { tree } = parseMdxPage('x.mdx', `export const Editorial = (props) => props.children;\n\n<Editorial>\nTrump fired Sessions.\n</Editorial>\n`);
		expect(componentProblems(tree!).map((p) => [p.line, p.code, p.message.slice(0, 80)])).toEqual([[3, 'component-unimported', '<Editorial> on this page is not the one from starlight-verbatim-citations/compon']]);
	});
});

describe('uncited claims in places the prose rule did not read', () => {
	it('in a table: each body row needs its own citation', () => {
		const problems = check(`| Date | Event |\n| --- | --- |\n| 24 July | Trump called him beleaguered${CITE} |\n| 25 July | Sessions resigned |\n`);
		expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([[10, 'paragraph-uncited', 'This paragraph has no citation: «| 25 July | Sessions resigned |»']]);
	});

	it('inside a page-local component named Editorial (no label shown)', () => {
		const local = "import { Cite } from 'starlight-verbatim-citations/components';\nexport const Editorial = (props) => props.children;\n\n";
		const problems = check(`Cited${CITE}.\n\n<Editorial>\nTrump fired Sessions.\n</Editorial>\n`, [], local);
		expect(problems.map((p) => p.message)).toContain('This paragraph has no citation: «Trump fired Sessions.»');
		// The package's own Editorial still exempts its text.
		expect(check(`Cited${CITE}.\n\n<Editorial>\nThe editors frame it.\n</Editorial>\n`)).toEqual([]);
	});

	it('in a {<p>…</p>} expression, and in an element written on one line', () => {
		expect(check(`Cited${CITE}.\n\n{<p>Trump fired Sessions.</p>}\n`).map((p) => [p.code, p.message])).toEqual([['expression-text', 'This {…} expression writes words the check cannot read: «Trump fired Sessions.»']]);
		expect(check(`Cited${CITE}.\n\n{/* a comment writes nothing */}\n`)).toEqual([]);
		expect(check(`Cited${CITE}.\n\n<p>Trump fired Sessions.</p>\n`).map((p) => p.message)).toEqual(['This paragraph has no citation: «Trump fired Sessions.»']);
	});

	it('after a sentence that starts in lower case', () => {
		expect(check(`Trump called him beleaguered${CITE}. then Trump fired him and Sessions left.\n`).map((p) => p.message)).toEqual([
			'This sentence has no citation of its own: «then Trump fired him and Sessions left.»',
		]);
		expect(lowerCaseStarts('The U.S. attorney general said so, etc. and more.')).toEqual(['The U.S. attorney general said so, etc. and more.']);
	});

	it('in the text of a "See [link]." pointer, unless it is the linked page\'s title or navigation words', () => {
		const other = { file: `${DIR}/disputes/recusal.mdx`, text: '---\ntitle: The recusal\n---\n\nText.\n' };
		expect(check(`Cited${CITE}. See [Trump fired Sessions in July](../recusal/).\n`, [other]).map((p) => p.message)).toEqual([
			'This sentence has no citation of its own: «See Trump fired Sessions in July.»',
		]);
		expect(check(`Cited${CITE}. See [the recusal](../recusal/) and [where the reports differ](../../differences/).\n`, [other])).toEqual([]);
	});
});

describe('a table read as the site renders it (GFM)', () => {
	it('reads each cell as its own claim, so a cell is checked against its own citation, not the whole table', () => {
		const page = parseMdxPage('src/content/docs/page.mdx', '| Who | Why |\n| --- | --- |\n| Trump | He called him <Quote source="000" quote="beleaguered" /> |\n');
		const tags = scanCitationTags(page.tree!).tags;
		expect(tags.map((t) => t.sentence)).toEqual(['He called him “beleaguered”']);
	});
});
