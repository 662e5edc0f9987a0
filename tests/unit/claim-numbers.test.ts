import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { claimNumberProblems, numbersOf } from '../../packages/starlight-verbatim-citations/src/rules/claims/claim-numbers.ts';
import type { AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const corpus = syntheticCorpus({
	'000': 'Two people close to Sessions said his resolve to stay is strong. The court twice struck down the ban.\n',
	'001': 'Seven of the nine justices agreed, and both chambers voted. It passed 52 to 48.\n',
});
const ids = [...corpus.byId.keys()];
const text = corpus.byId.get('000')!.text;
const frame: AttributionFrame = {
	sourceId: '000',
	frame: 'Two people close to Sessions said',
	governs: 'his resolve to stay is strong',
	kind: 'unnamed-source',
	who: 'two people close to Sessions',
	names: ['close to Sessions'],
	frameStart: 0,
	frameEnd: 33,
	start: 34,
	end: text.indexOf('.'),
};

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/page.mdx', mdx)]);
	expect(problems).toEqual([]);
	return claimNumberProblems(corpus, ledger, [frame], ids);
}
const first = (mdx: string) => problemsOf(mdx).map((p) => p.message.split('\n')[0]);

describe('the numbers of a claim sentence', () => {
	it('reads digits, number words, twice and both, not report ids, counts of reports or "both … and"', () => {
		expect(numbersOf('Four people, twice, 52 votes, all five of them, both sides', ids).map((n) => n.text)).toEqual(['Four', 'twice', '52', 'five', 'both']);
		expect(numbersOf('Report 000 and reports 001 and 000 say so; all five reports and both reports agree; two of the five reports.', ids)).toEqual([]);
		expect(numbersOf('Both Trump and Sessions spoke.', ids)).toEqual([]);
		expect(numbersOf('The two men clashed, and both men spoke; two men came, the two aides left.', ids).map((n) => n.text)).toEqual(['two', 'two']);
	});
});

describe('a number of a claim sentence occurs in the report sentences it cites', () => {
	it('refuses "Four people close to Sessions" citing "Two people close to Sessions said", quoting the cited sentence', () => {
		const problems = problemsOf('Four people close to Sessions say his resolve to stay is strong<Cite source="000" quote="his resolve to stay is strong" />.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'src/content/docs/page.mdx', line: 1, code: 'claim-number-unsupported' });
		expect(problems[0]!.message.split('\n')[0]).toBe('«Four» is not in the report sentences this sentence cites: «Four people close to Sessions say his resolve to stay is strong.»');
		expect(problems[0]!.message).toContain('Report 000: «Two people close to Sessions said his resolve to stay is strong.»');
		expect(problems[0]!.hint).toContain('Say it as the report does');
	});
	it('accepts the number the frame or the cited sentence gives, in words or digits, whatever the case', () => {
		expect(problemsOf('Two people close to Sessions say his resolve to stay is strong<Cite source="000" quote="his resolve to stay is strong" />.\n')).toEqual([]);
		expect(problemsOf('The court struck the ban down twice<Cite source="000" quote="struck down the ban" />.\n')).toEqual([]);
		expect(problemsOf('7 of 9 justices agreed<Cite source="001" quote="justices agreed" />.\n')).toEqual([]);
	});
	it('refuses "three times" for "twice", and a changed vote count', () => {
		expect(first('The court three times struck down the ban<Cite source="000" quote="struck down the ban" />.\n')).toEqual([
			'«three» is not in the report sentences this sentence cites: «The court three times struck down the ban.»',
		]);
		expect(first('It passed 53 to 48<Cite source="001" quote="It passed" />.\n')).toHaveLength(1);
	});
	it('does not ask for report ids or counts of reports, which are the site\'s own words', () => {
		expect(problemsOf('Report 001 and both reports say it passed<Cite source="001" quote="It passed" /><Cite source="000" quote="struck down the ban" />.\n')).toEqual([]);
	});
});
