import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { citedClaims } from '../../packages/starlight-verbatim-citations/src/rules/claims/cited.ts';
import { claimNameProblems, namingWords, vocabularyOf } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-names.ts';
import { fold } from '../../packages/starlight-verbatim-citations/src/rules/claims/words.ts';
import type { Player } from '../../packages/starlight-verbatim-citations/src/schemas/players.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'Sessions announced his recusal on Monday. The mayor praised the pier. He said the Russian plan had failed. The board met in July.\n',
	'001': 'The harbour master, a former sailor, closed the pier. Tuesday afternoon, the board voted.\n',
});
const ids = [...corpus.byId.keys()];
const players: Player[] = [{ id: 'sessions', name: 'Jeff Sessions', aliases: ['Jeff Sessions', 'Sessions', 'the attorney general'] }, { id: 'mueller', name: 'Robert Mueller', aliases: ['Mueller'] }];
const page = (mdx: string) => parseMdxPage('src/content/docs/page.mdx', `---\ntitle: The pier story\n---\n\n## What the reports disagree on\n\n${mdx}`);

function claimsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [page(mdx)]);
	expect(problems).toEqual([]);
	return citedClaims(corpus, ledger, []);
}
const names = (mdx: string) => claimNameProblems(claimsOf(mdx), corpus, [page(mdx)], players);

describe('folding a word for comparison', () => {
	it('ignores case, possessives, simple inflection, demonyms and spelling variants', () => {
		expect(['Sessions', "Sessions'", 'sessions’s', 'SESSION'].map(fold)).toEqual(['session', 'session', 'session', 'session']);
		expect(fold('recused')).toBe(fold('recusing'));
		expect(fold('Clintons')).toBe(fold('Clinton'));
		expect(fold('Sessions')).not.toBe(fold('Spicer'));
		expect(fold('Russian')).toBe(fold('Russia'));
		expect(fold('advisor')).toBe(fold('adviser'));
	});
});

describe('the naming words of a claim sentence', () => {
	const vocabulary = vocabularyOf(['The board met. Citing the mayor, it spoke of Alabama and then Alabama again.']);
	it('reads capitalised words and titles, not an opening capital on a common word, dates, numbers or report words', () => {
		expect(namingWords('Citing Politico, the former senator from Alabama met Trump on Monday, report 000 says.', ids, vocabulary)).toEqual(['Politico', 'former', 'senator', 'Alabama', 'Trump']);
		expect(namingWords('The board met.', ids, vocabulary)).toEqual([]);
		expect(namingWords('Alabama voted.', ids, vocabulary)).toEqual(['Alabama']);
	});
	it('leaves out a name said to be absent and a page title in quotation marks', () => {
		expect(namingWords('The report does not tie it to Clinton.', ids, vocabulary)).toEqual([]);
		expect(namingWords('See "What the reports disagree on".', ids, vocabulary, ['What the reports disagree on'])).toEqual([]);
	});
});

describe('a name, title or role of a claim sentence occurs in the report sentences it cites', () => {
	it('refuses "a former senator from Alabama" citing a sentence that gives neither, quoting the words and the cited sentence', () => {
		const problems = names('Sessions, a former senator from Alabama, announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'src/content/docs/page.mdx', line: 7, code: 'claim-name-unsupported' });
		expect(problems[0]!.message.split('\n')[0]).toBe('«former», «senator», «Alabama» are not in the report sentences this sentence cites: «Sessions, a former senator from Alabama, announced his recusal.»');
		expect(problems[0]!.message).toContain('Report 000: «Sessions announced his recusal on Monday.»');
		expect(problems[0]!.hint).toContain('Cite the report sentence that says «former», «senator», «Alabama», or say it the way the report does');
	});
	it('refuses a person swapped for another', () => {
		expect(names('Mueller announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n')[0]!.message).toMatch(/^«Mueller» is not/u);
	});
	it('accepts the names and titles the cited sentence gives, folded, and another form of name of the same person', () => {
		expect(names('Sessions\' recusal was announced<Cite source="000" quote="Sessions announced his recusal" />.\n')).toEqual([]);
		expect(names('The attorney general announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n')).toEqual([]);
		expect(names('A former sailor closed the pier<Cite source="001" quote="closed the pier" />.\n')).toEqual([]);
	});
	it('reads a cited sentence that opens with a pronoun with the sentence before it', () => {
		expect(names('The mayor said the Russia plan had failed<Cite source="000" quote="the Russian plan had failed" />.\n')).toEqual([]);
	});
});
