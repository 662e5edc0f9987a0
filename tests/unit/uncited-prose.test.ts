import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { uncitedParagraphs as uncitedInTree } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-paragraphs.ts';
import { isEditorialPage, uncitedProseProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-prose.ts';

const uncitedParagraphs = (mdx: string) => {
	const { tree } = parseMdxPage('page.mdx', mdx);
	return tree ? uncitedInTree(tree) : [];
};

describe('uncitedParagraphs', () => {
	it('reports a prose paragraph without a citation, with its line', () => {
		const mdx = '---\ntitle: T\n---\n\nCited<Cite source="000" quote="abcd" />.\n\nNot cited at all.\n';
		expect(uncitedParagraphs(mdx)).toEqual([{ line: 7, text: 'Not cited at all.' }]);
	});

	it('accepts a <Quote> as a citation, and checks list items one by one', () => {
		const mdx = '- He said <Quote source="000" quote="abcd" />.\n- Uncited item.\n';
		expect(uncitedParagraphs(mdx).map((p) => p.text)).toEqual(['Uncited item.']);
	});

	it('exempts everything inside <Editorial>, and headings', () => {
		const mdx = '## A heading\n\n<Editorial>\nThe editors speak here.\n\nAnd here.\n</Editorial>\n';
		expect(uncitedParagraphs(mdx)).toEqual([]);
	});

	it('does not count a citation tag shown as code', () => {
		const mdx = 'Write `<Cite source="000" quote="abcd" />` after the words.\n';
		expect(uncitedParagraphs(mdx)).toHaveLength(1);
	});

	it('ignores import lines and returns nothing for a document that does not parse', () => {
		expect(uncitedParagraphs("import Cite from './Cite.astro';\n")).toEqual([]);
		expect(uncitedParagraphs('<Cite source="000"\n')).toEqual([]);
	});
});

describe('uncitedProseProblems: the problems of whole pages', () => {
	const page = (file: string, mdx: string) => parseMdxPage(file, mdx);
	it('names the file and line of each uncited paragraph, quoting it cut at 99 characters past 100', () => {
		const long = `${'word '.repeat(30).trim()}.`;
		const problems = uncitedProseProblems([page('src/content/docs/players/lee.mdx', `Short one.\n\n${long}\n`)], 'src/content/docs', ['about']);
		expect(problems).toEqual([
			{
				file: 'src/content/docs/players/lee.mdx',
				line: 1,
				column: 1,
				code: 'paragraph-uncited',
				message: 'This paragraph has no citation: «Short one.»',
				hint: 'Add a <Cite> or <Quote> for each factual sentence, or put framing that is not reporting inside <Editorial>.',
			},
			expect.objectContaining({ line: 3, message: `This paragraph has no citation: «${long.slice(0, 99)}…»` }),
		]);
		const hundred = `${'x'.repeat(99)}.`;
		expect(uncitedProseProblems([page('src/content/docs/a.mdx', `${hundred}\n`)], 'src/content/docs', [])[0]!.message).toBe(`This paragraph has no citation: «${hundred}»`);
	});
	it('skips pages in the editorial folders and pages that do not parse', () => {
		expect(isEditorialPage('src/content/docs/about/method.mdx', 'src/content/docs', ['about'])).toBe(true);
		expect(isEditorialPage('src/content/docs/players/about.mdx', 'src/content/docs', ['about'])).toBe(false);
		const pages = [page('src/content/docs/about/method.mdx', 'Framing only.\n'), page('src/content/docs/broken.mdx', 'A <Cite source=\n'), page('src/content/docs/ok.mdx', 'Uncited.\n')];
		expect(pages[1]!.tree).toBeUndefined();
		expect(uncitedProseProblems(pages, 'src/content/docs', ['about']).map((p) => p.file)).toEqual(['src/content/docs/ok.mdx']);
	});
});
