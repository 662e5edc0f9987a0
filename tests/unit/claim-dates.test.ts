import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { citedClaims, forgetClaims } from '../../packages/starlight-verbatim-citations/src/rules/claims/cited.ts';
import { claimDateProblems, dateWords } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-dates.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'Sessions announced his recusal on Monday. The mayor praised the pier. He said the Russian plan had failed. The board met in July.\n',
	'001': 'The harbour master, a former sailor, closed the pier. Tuesday afternoon, the board voted.\n',
});
const page = (mdx: string) => parseMdxPage('src/content/docs/page.mdx', `---\ntitle: The pier story\n---\n\n## What the reports disagree on\n\n${mdx}`);

function claimsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [page(mdx)]);
	expect(problems).toEqual([]);
	return citedClaims(corpus, ledger, []);
}
const dates = (mdx: string) => claimDateProblems(claimsOf(mdx));

describe('a weekday, month or relative day of a claim sentence occurs in the report sentences it cites', () => {
	it('reads weekdays, months and relative days, and "May" only as a name', () => {
		expect(dateWords('On Monday in July, yesterday afternoon, it may rain; in May too.')).toEqual(['Monday', 'July', 'yesterday', 'afternoon', 'May']);
		expect(dateWords('May it rain.')).toEqual([]);
	});
	it('refuses "On Wednesday" citing "on Monday", with the cited sentence and the fix', () => {
		const problems = dates('On Wednesday, Sessions announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.code).toBe('claim-date-unsupported');
		expect(problems[0]!.message.split('\n')[0]).toBe('«Wednesday» is not in the report sentences this sentence cites: «On Wednesday, Sessions announced his recusal.»');
		expect(problems[0]!.hint).toContain('or say it the way the report does');
	});
	it('accepts the day the cited sentence gives, whatever its case', () => {
		expect(dates('On monday, Sessions announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n')).toEqual([]);
		expect(dates('On Tuesday afternoon the board voted<Cite source="001" quote="the board voted" />.\n')).toEqual([]);
		expect(dates('The board met in August<Cite source="000" quote="The board met" />.\n')).toHaveLength(1);
	});

	it('makes the claims of one check once for every claim rule (the same ledger, corpus, frames and settings), anew for another', () => {
		const { ledger } = checkPages(corpus, [page('On Monday, Sessions announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n')]);
		const [settings, frames] = [{}, []];
		const first = citedClaims(corpus, ledger, frames, settings);
		expect(citedClaims(corpus, ledger, frames, settings)).toBe(first);
		// Another ledger, other frames or other settings: claims of their own, with the same answers.
		const again = checkPages(corpus, [page('On Monday, Sessions announced his recusal<Cite source="000" quote="Sessions announced his recusal" />.\n')]).ledger;
		expect(citedClaims(corpus, again, frames, settings)).not.toBe(first);
		expect(citedClaims(corpus, again, frames, settings)).toEqual(first);
		expect(citedClaims(corpus, ledger, frames, {})).not.toBe(first);
		expect(citedClaims(corpus, ledger, frames, {})).toEqual(first);
		expect(citedClaims(corpus, ledger, [], settings)).not.toBe(first);
		expect(claimDateProblems(first)).toEqual([]);
		// Forgotten once the check is done (the ledger lives on through the build): made anew, the same answers.
		forgetClaims(ledger);
		expect(citedClaims(corpus, ledger, frames, settings)).not.toBe(first);
		expect(citedClaims(corpus, ledger, frames, settings)).toEqual(first);
	});
});

describe('a report label is not a date of the claim', () => {
	it('reads the month of "the 7 June report (001)" as the label, and a month outside it as the claim’s', () => {
		const mdx = 'The 7 June report (001) says the board voted<Cite source="001" quote="the board voted" />.\n';
		expect(claimDateProblems(claimsOf(mdx), ['000', '001'])).toEqual([]);
		expect(claimDateProblems(claimsOf('The 7 June report (001) says the board voted in June<Cite source="001" quote="the board voted" />.\n'), ['000', '001']).map((p) => p.message.split('\n')[0])).toEqual([
			'«June» is not in the report sentences this sentence cites: «The 7 June report (001) says the board voted in June.»',
		]);
	});
});
