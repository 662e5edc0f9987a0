import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { checkDateTags } from '../../packages/starlight-verbatim-citations/src/pages/date-tags.ts';
import { namedReportProblems, reportWordSpans } from '../../packages/starlight-verbatim-citations/src/rules/claims/report-named.ts';
import { syntheticCorpus, syntheticMeta } from './synthetic-corpus.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { reportLabel } from '../../packages/starlight-verbatim-citations/src/reading/report-label.ts';

const corpus = syntheticCorpus({
	'000': 'Trump is angry that Sessions recused himself, people close to him said.\n',
	'001': 'Sessions said on Monday he would stay in the job.\n',
	'002': 'The president was frustrated with Sessions.\n',
	'003': 'Sessions offered to resign, according to a senior official.\n',
	'004': 'Sessions offered to resign, according to a senior official.\n',
});

/** The rule's problems for one page over `of` (the synthetic corpus unless given), with its labels checked. */
function problemsOf(mdx: string, of = corpus) {
	const pages = [parseMdxPage('src/content/docs/page.mdx', mdx)];
	const { ledger, problems } = checkPages(of, pages);
	const dates = checkDateTags(of, pages);
	expect([...problems, ...dates.problems]).toEqual([]);
	return namedReportProblems(ledger, dates.dates, [...of.byId.keys()], of);
}

describe('the report a sentence names is a report it cites', () => {
	it('refuses "Report 002 says" citing only report 001, naming the report and the fix', () => {
		const [problem, ...rest] = problemsOf('Report 002 says he would stay<Cite source="001" quote="he would stay in the job" />.\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'src/content/docs/page.mdx', line: 1, code: 'report-named-uncited' });
		expect(problem!.message.split('\n')[0]).toBe('This sentence names report 002 but does not cite it (it cites report 001): «Report 002 says he would stay.»');
		expect(problem!.hint).toContain('cite report 002');
		expect(problem!.hint).toContain('name the report you cite (report 001)');
	});

	it('refuses a list of reports with one of them uncited, and accepts it when each is cited', () => {
		const list = 'Reports 003 and 004 say he offered to resign<Cite source="003" quote="Sessions offered to resign" />.\n';
		expect(problemsOf(list).map((p) => p.message.split('\n')[0])).toEqual(['This sentence names report 004 but does not cite it (it cites report 003): «Reports 003 and 004 say he offered to resign.»']);
		expect(problemsOf('Reports 002, 003 and 004 say so<Cite source="003" quote="Sessions offered to resign" /><Cite source="002" quote="frustrated with Sessions" />.\n').map((p) => p.message)).toEqual([
			expect.stringContaining('names report 004'),
		]);
		expect(problemsOf('Reports 003 and 004 say he offered to resign<Cite source="003" quote="Sessions offered to resign" /><Cite source="004" quote="Sessions offered to resign" />.\n')).toEqual([]);
	});

	it('accepts the wording the copy rule asks for when both reports are cited', () => {
		expect(problemsOf("Report 003 says he offered to resign, and report 004 repeats report 003's sentence word for word<Cite source=\"003\" quote=\"Sessions offered to resign\" /><Cite source=\"004\" quote=\"Sessions offered to resign\" />.\n")).toEqual([]);
	});

	it('counts a <ReportDate> of the report in the same sentence as citing it', () => {
		expect(problemsOf('Report 001 says that <ReportDate source="001" words="on Monday" /> Trump was frustrated<Cite source="002" quote="frustrated with Sessions" />.\n')).toMatchObject([]);
		expect(problemsOf('Report 001 says that Trump was frustrated<Cite source="002" quote="frustrated with Sessions" />. He stayed <ReportDate source="001" words="on Monday" />.\n')).toHaveLength(1);
	});

	it('refuses "all five reports", "both reports" and "three reports" with fewer reports cited', () => {
		const [all] = problemsOf('All five reports say Trump is angry<Cite source="000" quote="Trump is angry" />.\n');
		expect(all).toMatchObject({ code: 'report-count-uncited' });
		expect(all!.message.split('\n')[0]).toBe('This sentence speaks of five reports («All five reports») but cites 1 (report 000): «All five reports say Trump is angry.»');
		expect(problemsOf('Both reports say so<Cite source="003" quote="Sessions offered to resign" />.\n')).toHaveLength(1);
		expect(problemsOf('Three reports say so<Cite source="003" quote="Sessions offered to resign" /><Cite source="004" quote="Sessions offered to resign" />.\n')).toHaveLength(1);
		expect(problemsOf('Both reports say so, and report 004 repeats report 003\'s sentence word for word<Cite source="003" quote="Sessions offered to resign" /><Cite source="004" quote="Sessions offered to resign" />.\n')).toEqual([]);
	});

	it('does not read a part of the reports as all of them, nor a number of something else', () => {
		expect(problemsOf('Two of the five reports say so<Cite source="003" quote="Sessions offered to resign" /><Cite source="004" quote="Sessions offered to resign" />.\n')).toEqual([]);
		expect(problemsOf('Report 000 says two people spoke<Cite source="000" quote="people close to him said" />.\n')).toEqual([]);
	});

	it('reads names only in sentences that cite, each sentence on its own', () => {
		expect(problemsOf('Report 002 is short.\n\nReport 001 says he would stay<Cite source="001" quote="he would stay in the job" />.\n')).toEqual([]);
		expect(problemsOf('Report 001 says he would stay<Cite source="001" quote="he would stay in the job" />. Report 002 says he was frustrated<Cite source="002" quote="frustrated with Sessions" />.\n')).toEqual([]);
	});
});

describe('a report named by its label is named by the label its metadata gives', () => {
	const dated = createCorpus(
		[
			['000', 'Trump is angry that Sessions recused himself, people close to him said.\n', '2017-07-26'],
			['001', 'Sessions said on Monday he would stay in the job.\n', undefined],
			['003', 'Sessions offered to resign, according to a senior official.\n', '2017-06-07'],
		].map(([id, text, dateline]) => ({ meta: { ...syntheticMeta(id!), ...(dateline ? { dateline } : {}) }, text: text!, sha256: '0'.repeat(64), byteLength: text!.length })),
	);
	const labelProblems = (mdx: string) => problemsOf(mdx, dated);

	it('gives dated reports their day and month and undated ones "undated"', () => {
		expect(reportLabel(dated.byId.get('000')!.meta)).toBe('the 26 July report (000)');
		expect(reportLabel(dated.byId.get('003')!.meta)).toBe('the 7 June report (003)');
		expect(reportLabel(dated.byId.get('001')!.meta)).toBe('an undated report (001)');
	});

	it('accepts the labels, singly and in lists', () => {
		expect(labelProblems('The 26 July report (000) says Trump is angry<Cite source="000" quote="Trump is angry" />.\n')).toEqual([]);
		expect(labelProblems('An undated report (001) says he would stay<Cite source="001" quote="he would stay in the job" />.\n')).toEqual([]);
		expect(labelProblems('The 7 June and 26 July reports (003 and 000) agree<Cite source="003" quote="Sessions offered to resign" /><Cite source="000" quote="Trump is angry" />.\n')).toEqual([]);
	});

	it('refuses a label that belongs to another report, naming the right one and where it comes from', () => {
		const [problem, ...rest] = labelProblems('The 7 June report (000) says Trump is angry<Cite source="000" quote="Trump is angry" />.\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'src/content/docs/page.mdx', line: 1, code: 'report-label-wrong' });
		expect(problem!.message.split('\n')[0]).toBe('This sentence names report 000 by the label «7 June report (000)», but report 000 is the 26 July report (its dateline in docs-data/sources.yaml): «The 7 June report (000) says Trump is angry.»');
		expect(problem!.hint).toContain('the 26 July report (000)');
	});

	it('refuses "undated" for a dated report and a date for an undated one, and a bare bracket', () => {
		expect(labelProblems('An undated report (003) says he offered<Cite source="003" quote="Sessions offered to resign" />.\n').map((p) => p.code)).toEqual(['report-label-wrong']);
		expect(labelProblems('The 26 July report (001) says he would stay<Cite source="001" quote="he would stay in the job" />.\n').map((p) => p.code)).toEqual(['report-label-wrong']);
		expect(labelProblems('A report (001) says he would stay<Cite source="001" quote="he would stay in the job" />.\n').map((p) => p.code)).toEqual(['report-label-wrong']);
	});

	it('still checks that a report named by its label is cited', () => {
		expect(labelProblems('The 26 July report (000) says he would stay<Cite source="001" quote="he would stay in the job" />.\n').map((p) => p.code)).toEqual(['report-named-uncited']);
	});
});

describe('the words of a report label are the site’s, not a claim’s', () => {
	it('marks the label with its day and month, or "undated", as speaking of the reports', () => {
		const spans = (sentence: string) => reportWordSpans(sentence, ['000', '003', '004']).map(({ start, end }) => sentence.slice(start, end));
		expect(spans('The 7 June report (003) says so.')).toEqual(['7 June report (003']);
		expect(spans('The 7 June and 26 July reports (003 and 000) agree.')).toEqual(['7 June and 26 July reports (003 and 000']);
		expect(spans('An undated report (004) says so, and report 000 too.')).toEqual(['undated report (004', 'report 000']);
	});
});
