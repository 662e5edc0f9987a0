import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../src/verbatim-citations/checks/mdx-page.ts';
import { uncitedParagraphs as uncitedInTree } from '../../src/verbatim-citations/checks/uncited-prose.ts';

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
