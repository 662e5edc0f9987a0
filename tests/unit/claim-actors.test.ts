import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { citedClaims } from '../../packages/starlight-verbatim-citations/src/rules/claims/cited.ts';
import { actorProblems, mentionsOf } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-actors.ts';
import type { Player } from '../../packages/starlight-verbatim-citations/src/schemas/players.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'On Monday, the mayor had called his harbour master "beleaguered". The mayor and the harbour master met.\n',
});
const players: Player[] = [
	{ id: 'mayor', name: 'Ann Lee', aliases: ['Lee', 'the mayor', 'Mayor Ann Lee'] },
	{ id: 'master', name: 'Bo Kay', aliases: ['Kay', 'the harbour master'] },
];

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/page.mdx', mdx)]);
	expect(problems).toEqual([]);
	return actorProblems(citedClaims(corpus, ledger, []), players);
}

describe('who does what to whom', () => {
	it('finds the people a text names by any form of name, the longest first, article and case aside', () => {
		expect(mentionsOf('Mayor Ann Lee met his harbour master; Lee left.', players).map((m) => m.player)).toEqual(['mayor', 'master', 'mayor']);
	});
	it('refuses subject and object exchanged around the cited verb, naming both people', () => {
		const problems = problemsOf('Kay called Lee beleaguered<Cite source="000" quote="beleaguered" />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1, code: 'claim-actors-swapped' });
		expect(problems[0]!.message.split('\n')[0]).toBe('This sentence has Bo Kay do to Ann Lee what the report sentences it cites have Ann Lee do to Bo Kay: «Kay called Lee beleaguered.»');
		expect(problems[0]!.hint).toContain('(Ann Lee first)');
	});
	it('accepts the cited order, a passive with "by", and a list', () => {
		expect(problemsOf('Lee called Kay beleaguered<Cite source="000" quote="beleaguered" />.\n')).toEqual([]);
		expect(problemsOf('Kay was called beleaguered by Lee<Cite source="000" quote="beleaguered" />.\n')).toEqual([]);
		expect(problemsOf('Kay and Lee met<Cite source="000" quote="harbour master met" />.\n')).toEqual([]);
	});
});
