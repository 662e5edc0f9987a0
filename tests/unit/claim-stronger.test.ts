import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { citedClaims } from '../../packages/starlight-verbatim-citations/src/rules/claims/cited.ts';
import { strongerProblems } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-stronger.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'The mayor could be on his way out. The mayor reportedly blames the board. The two men clashed over the pier.\n',
	'001': 'The board was frustrated at the vote. The council would not confirm the plan.\n',
});

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/page.mdx', mdx)]);
	expect(problems).toEqual([]);
	return strongerProblems(citedClaims(corpus, ledger, []));
}
const codes = (mdx: string) => problemsOf(mdx).map((p) => p.code);

describe('a claim keeps the hedges of what it cites', () => {
	it('refuses "is on his way out" for "could be on his way out", naming the hedge to keep', () => {
		const problems = problemsOf('The mayor is on his way out<Cite source="000" quote="The mayor could be on his way out." />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1, code: 'claim-hedge-dropped' });
		expect(problems[0]!.message.split('\n')[0]).toBe("This sentence drops the report's «could»: it says for certain what the report sentences it cites only hedge: «The mayor is on his way out.»");
		expect(problems[0]!.message).toContain('Report 000: «The mayor could be on his way out.»');
		expect(problems[0]!.hint).toContain('Keep the report\'s hedge («could», or a word of the same kind)');
	});
	it('refuses "blames" for "reportedly blames", and accepts a hedge of the same kind', () => {
		expect(codes('The mayor blames the board<Cite source="000" quote="blames the board" />.\n')).toEqual(['claim-hedge-dropped']);
		expect(codes('The mayor allegedly blames the board<Cite source="000" quote="blames the board" />.\n')).toEqual([]);
		expect(codes('The mayor may be on his way out<Cite source="000" quote="The mayor could be on his way out." />.\n')).toEqual([]);
	});
});

describe('a claim uses no word of certainty or strength its citations do not', () => {
	it('refuses "waged open war" for "clashed" and "furious" for "frustrated"', () => {
		const problems = problemsOf('The two men waged open war over the pier<Cite source="000" quote="over the pier" />.\n');
		expect(problems.map((p) => p.message.split('\n')[0])).toEqual(['«waged», «war» are stronger than the report sentences this sentence cites: «The two men waged open war over the pier.»']);
		expect(codes('The board was furious at the vote<Cite source="001" quote="at the vote" />.\n')).toEqual(['claim-stronger']);
		expect(codes('The board clearly was frustrated at the vote<Cite source="001" quote="at the vote" />.\n')).toEqual(['claim-stronger']);
	});
	it('accepts the report\'s own words and a strong word denied', () => {
		expect(codes('The two men clashed over the pier<Cite source="000" quote="over the pier" />.\n')).toEqual([]);
		expect(codes('The council did not confirm the plan<Cite source="001" quote="the plan" />.\n')).toEqual([]);
	});
});
