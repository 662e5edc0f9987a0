import { describe, expect, it } from 'vitest';
import { findLineagePassages } from '../../packages/starlight-verbatim-citations/src/lineage/reworded/both-tiers.ts';
import { unsaidCopyProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/copy-unsaid.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const original = 'The harbour board voted on Tuesday to close the old ferry pier in Wexford for good, citing storm damage to its pilings.';
const reworded = 'Citing damage that storms did to its pilings, the board of the harbour decided by a vote on Tuesday that the old Wexford ferry pier would close for good.';
const corpus = syntheticCorpus({
	a: `${original}\n\nThe mayor said nothing at all about it.\n`,
	b: `${reworded}\n\nFishermen plan a protest on Saturday.\n`,
	c: 'The ferry pier stays open, a board member insisted on Friday.\n',
});
const passages = findLineagePassages(corpus);

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/pier.mdx', mdx)]);
	expect(problems).toEqual([]);
	return unsaidCopyProblems(ledger, passages);
}

describe('a reworded copy (tier two) counts once, and is called a reworded copy', () => {
	it('finds the copy by tier two only', () => {
		expect(passages.map((p) => p.tier)).toEqual(['reworded']);
	});

	it('refuses the two reports cited for one claim unless the sentence says so, and suggests saying "reworded", not "word for word"', () => {
		const [problem, ...rest] = problemsOf('Reports a and b say the pier will close<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="the old Wexford ferry pier would close" />.\n');
		expect(rest).toEqual([]);
		expect(problem!.hint).toContain("reports a and b carry the same sentence, reworded");
		expect(problem!.hint).not.toContain('word for word');
	});

	it('accepts the group when the sentence says one rewords the other', () => {
		expect(problemsOf('Report a says the pier will close, and report b rewords its sentence<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="the old Wexford ferry pier would close" />.\n')).toEqual([]);
	});
});
