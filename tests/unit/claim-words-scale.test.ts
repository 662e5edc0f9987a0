import { describe, expect, it } from 'vitest';
import { namedReportProblems, reportWordSpans } from '../../packages/starlight-verbatim-citations/src/rules/claims/report-named.ts';
import { matchesOf } from '../../packages/starlight-verbatim-citations/src/rules/claims/patterns.ts';
import type { CitationLedger } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { siteWordSpans } from '../../packages/starlight-verbatim-citations/src/rules/claims/words.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What siteWordSpans answered before it looked names up: one case-insensitive search of the sentence per name. */
function searchedPerName(sentence: string, names: readonly string[]): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	for (const name of new Set(names))
		for (const m of sentence.matchAll(new RegExp(`["“‘']${escape(name)}["”’']`, 'giu'))) spans.push({ start: m.index, end: m.index + m[0].length });
	return spans.sort((a, b) => a.start - b.start);
}

describe("the claim rules' site words, at the size of a large site", () => {
	const names = ['What the reports disagree on', 'Mueller', "Trump's confidence in Sessions", 'The recusal', 'A.G. (acting)', ''];

	it('finds the same quoted page names as one search per name did', () => {
		for (const sentence of [
			'See "What the reports disagree on" and ‘Mueller’ for more.',
			'Under “what the REPORTS disagree on”, report 002 says so.',
			"Under “Trump's confidence in Sessions” and 'The recusal', twice: 'The recusal'.",
			'Mueller is named, not quoted: "Mueller\'s office" is not a page.',
			'"A.G. (acting)" and "A.G. [acting]" and "" and \'\'.',
			'"Mueller"Mueller"Mueller" overlapping quotes',
			'No quotation marks at all.',
		]) {
			expect(siteWordSpans(sentence, names), sentence).toEqual(searchedPerName(sentence, names));
		}
		expect(siteWordSpans('See "Mueller".', names)).toEqual([{ start: 4, end: 13 }]);
	});

	it('looks a sentence up in time that does not grow with the number of page names', () => {
		const sentence = 'Report 001 says so, as "Page 17" and the section ‘Bench page 3’ explain, with more words after them to read.';
		const time = (count: number) => {
			const many = Array.from({ length: count }, (_, i) => `Bench page ${i}`);
			const started = performance.now();
			for (let i = 0; i < 200; i++) siteWordSpans(sentence, many);
			return { ms: performance.now() - started, spans: siteWordSpans(sentence, many) };
		};
		time(100); // warm up
		const small = time(100);
		const large = time(20_000);
		expect(small.spans).toEqual([{ start: 49, end: 63 }]);
		expect(large.spans).toEqual(small.spans);
		// 200 times the names: a search per name took about 200 times as long (seconds); a look-up, the same time.
		expect(large.ms).toBeLessThan(small.ms * 20 + 50);
	});

	it('reads "report 002" and counts of reports the same whether the corpus has 5 or 2,000 ids (the pattern is kept per list of ids)', () => {
		const few = ['000', '001', '002', '003', '004'];
		const many = Array.from({ length: 2000 }, (_, i) => String(i).padStart(3, '0'));
		const sentence = 'Reports 002 and 004 say so, and all five reports agree, report 1999 not.';
		const words = (ids: string[]) => reportWordSpans(sentence, ids).map(({ start, end }) => sentence.slice(start, end));
		expect(words(few)).toEqual(['Reports 002 and 004', 'all five reports']);
		expect(words(many)).toEqual(['Reports 002 and 004', 'report 1999', 'all five reports']);
		expect(words(few)).toEqual(['Reports 002 and 004', 'all five reports']);
	});

	it('finds every match of a pattern as matchAll does, without copying the pattern, and leaves it ready for the next text', () => {
		const patterns = [/\breports?\s+(\d+)/giu, /(?<![\p{L}])x*/gu, /a/g, /report/giu];
		const texts = ['Reports 002 and report 4, reports 13.', '', 'xx yx x', 'aaa', 'no match here', 'Report REPORT report'];
		for (const pattern of patterns)
			for (const text of texts) {
				const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
				expect(matchesOf(pattern, text).map((m) => [m.index, ...m]), `${pattern} on ${text}`).toEqual(expected);
				expect(pattern.lastIndex).toBe(0);
			}
	});

	it('reads the report ids of a sentence in time that does not grow with the number of reports', () => {
		// matchAll copied the pattern of every id for each sentence: at 2,000 reports 400 times the
		// copies of five ids' pattern (sentences × reports over a check).
		const sentence = 'Claim bc on page pbia, which reports 002 and 004 say and all five reports agree.';
		const ids = (count: number) => Array.from({ length: count }, (_, i) => String(i).padStart(3, '0'));
		const time = (list: string[]) => {
			reportWordSpans(sentence, list); // the pattern is made once per list
			const started = performance.now();
			for (let i = 0; i < 5000; i++) reportWordSpans(sentence, list);
			return performance.now() - started;
		};
		const [few, many] = [ids(5), ids(4000)];
		time(few); // warm up
		const small = time(few);
		const large = time(many);
		expect(reportWordSpans(sentence, many)).toEqual(reportWordSpans(sentence, few));
		// Copying the 4,000 ids' pattern took 12 times as long as five ids' (96 ms against 8 for 2,000
		// sentences); reading the same pattern, the same time (12 ms against 11).
		expect(large).toBeLessThan(small * 4 + 40);
		const ledger = (text: string) => ({ pages: [{ file: 'a.mdx', uses: [{ sentence: text, sourceId: '002', line: 1, column: 1 }] }] }) as unknown as CitationLedger;
		expect(namedReportProblems(ledger(sentence), [], many).map((p) => p.code)).toEqual(['report-named-uncited', 'report-count-uncited']);
		expect(namedReportProblems(ledger('Reports 002 and 3999 say so.'), [], many).map((p) => p.message.slice(0, 42))).toEqual(['This sentence names report 3999 but does n']);
	});
});
