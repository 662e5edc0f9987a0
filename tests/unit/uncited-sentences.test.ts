import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { uncitedSentences as inTree } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-sentences.ts';

/** The titles of the pages the examples link to: a pointer's link text is the linked page's title. */
const TITLES: Record<string, string> = { '../recusal/': 'The recusal', '../offer/': 'The offer', '../comey/': 'Comey' };
const uncited = (mdx: string) => inTree(parseMdxPage('page.mdx', mdx).tree!, (href) => TITLES[href]);

describe('every factual sentence carries its own citation', () => {
	it('reports a sentence without a citation in a cited paragraph, with its line', () => {
		const mdx = 'Intro.<Cite source="000" quote="abcd" /> Then an uncited claim. And a cited one<Cite source="000" quote="efgh" />.\n';
		expect(uncited(mdx)).toEqual([{ line: 1, text: 'Then an uncited claim.' }]);
	});

	it('gives a marker written after the full stop to the sentence before it', () => {
		expect(uncited('One claim.<Cite source="000" quote="abcd" /> Another.<Quote source="000" quote="efgh" />\n')).toEqual([]);
	});

	it('reads a quotation as one word, whatever full stops it holds', () => {
		expect(uncited('He said: <Quote source="000" quote="It was late. Nobody came. Mr. Smith left." />\n')).toEqual([]);
	});

	it('ends the sentence where a quotation that ends in a full stop ends', () => {
		expect(uncited('Trump tweeted: <Quote source="001" quote="So where is the investigation A.G." /> It does not say which investigation.\n')).toEqual([
			{ line: 1, text: 'It does not say which investigation.' },
		]);
	});

	it('does not break a sentence after Mr., Mrs., Dr. or St.', () => {
		expect(uncited('Report 002 names him only as Mr. Comey<Cite source="002" quote="Mr. Comey" />.\n')).toEqual([]);
	});

	it('counts a worked-out date as the sentence\'s citation', () => {
		expect(uncited('That Tuesday is <ReportDate source="003" words="on Tuesday" />.\n')).toEqual([]);
	});

	it('lets a sentence that only points to other pages go without one', () => {
		expect(uncited('A claim<Cite source="000" quote="abcd" />. See [the recusal](../recusal/) and [the offer](../offer/). See also [Comey](../comey/).\n')).toEqual([]);
		expect(uncited('A claim<Cite source="000" quote="abcd" />. See [the recusal](../recusal/), which says more.\n')).toEqual([{ line: 1, text: 'See the recusal, which says more.' }]);
	});

	it('skips editorial notes, headings and paragraphs without any citation (the paragraph rule names those)', () => {
		expect(uncited('## A heading. Two.\n\n<Editorial>\nOne. Two.\n</Editorial>\n\nNo citation here. None.\n')).toEqual([]);
	});

	it('checks each list item on its own', () => {
		const mdx = '- Cited<Cite source="000" quote="abcd" />. Not cited.\n- Fine<Cite source="000" quote="efgh" />.\n';
		expect(uncited(mdx)).toEqual([{ line: 1, text: 'Not cited.' }]);
	});
});

describe('the prose rule on pages', () => {
	it('gives a paragraph without a citation and a sentence without one their own codes, and exempts editorial folders', async () => {
		const { uncitedProseProblems } = await import('../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-prose.ts');
		const long = `Uncited ${'word '.repeat(30)}end.`;
		const page = parseMdxPage('docs/story.mdx', `${long}\n\nCited<Cite source="000" quote="abcd" />. Not cited.\n`);
		const about = parseMdxPage('docs/about/x.mdx', 'Not cited.\n');
		const problems = uncitedProseProblems([page, about], 'docs', ['about/']);
		expect(problems.map((p) => [p.code, p.line])).toEqual([['paragraph-uncited', 1], ['sentence-uncited', 3]]);
		expect(problems[0]!.message).toMatch(/…»$/);
		expect(problems[1]!.message).toBe('This sentence has no citation of its own: «Not cited.»');
	});
});
