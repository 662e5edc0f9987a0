import type { DateUse } from '../../pages/date-tags.ts';
import type { CitationLedger } from '../../pages/page-citations.ts';
import { show } from '../../pages/citation-messages.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "report 002", "reports 000 and 003", "reports 002, 003 and 004": the ids named, in order. */
function namedIds(sentence: string, ids: readonly string[]): string[] {
	if (ids.length === 0) return [];
	const id = `(?:${[...ids].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}-])`;
	const list = new RegExp(`\\breports?\\s+(${id}(?:(?:\\s*,\\s*|,?\\s+(?:and|or|nor)\\s+)${id})*)`, 'giu');
	const one = new RegExp(id, 'gu');
	return [...new Set([...sentence.matchAll(list)].flatMap((match) => [...match[1]!.matchAll(one)].map((m) => m[0])))];
}

/**
 * "all five reports", "both reports", "three reports": how many reports the sentence speaks for,
 * with the words that say it. A part of them ("two of the five reports") counts its part only,
 * which a sentence naming a number of reports already cites or names.
 */
function countedReports(sentence: string): { words: string; count: number }[] {
	const counts: { words: string; count: number }[] = [];
	for (const match of sentence.matchAll(/\bboth\s+(?:of\s+)?(?:the\s+|these\s+)?reports\b/giu)) counts.push({ words: match[0], count: 2 });
	const number = `(${NUMBER_WORDS.join('|')}|\\d{1,2})`;
	for (const match of sentence.matchAll(new RegExp(`(\\bof\\s+(?:the\\s+|these\\s+)?)?\\b(?:all\\s+(?:of\\s+)?(?:the\\s+)?)?${number}\\s+reports\\b`, 'giu'))) {
		if (match[1]) continue;
		const word = match[2]!.toLowerCase();
		counts.push({ words: match[0], count: /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word) + 2 });
	}
	return counts;
}

const reportList = (ids: readonly string[]) =>
	ids.length === 0 ? 'no report' : `report${ids.length > 1 ? 's' : ''} ${ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`}`;

/**
 * The report a claim sentence names is a report it cites: "Report 002 says …" with only a citation
 * of report 001 puts report 001's words in report 002's mouth, and "all five reports say …" with
 * one citation claims four confirmations the page does not show. A <ReportDate> of a report in the
 * sentence cites it too (its words are the report's, checked verbatim).
 */
export function namedReportProblems(ledger: CitationLedger, dates: readonly DateUse[], ids: readonly string[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const page of ledger.pages) {
		const sentences = new Map<string, { cited: Set<string>; line: number; column: number }>();
		for (const use of page.uses) {
			const entry = sentences.get(use.sentence) ?? { cited: new Set<string>(), line: use.line, column: use.column };
			entry.cited.add(use.sourceId);
			sentences.set(use.sentence, entry);
		}
		for (const date of dates) if (date.file === page.file) sentences.get(date.sentence)?.cited.add(date.sourceId);
		for (const [sentence, { cited, line, column }] of sentences) {
			if (sentence === '') continue;
			const citedIds = [...cited].sort();
			const at = { file: page.file, line, column };
			for (const id of namedIds(sentence, ids).filter((named) => !cited.has(named))) {
				problems.push({
					...at,
					code: 'report-named-uncited',
					message: `This sentence names report ${id} but does not cite it (it cites ${reportList(citedIds)}): ${show(sentence)}`,
					hint: `Either cite report ${id} for what the sentence says it says (find its words with \`verbatim-citations quote "words"\`), or name the report you cite (${reportList(citedIds)}).`,
				});
			}
			for (const { words, count } of countedReports(sentence).filter((c) => c.count > cited.size)) {
				problems.push({
					...at,
					code: 'report-count-uncited',
					message: `This sentence speaks of ${NUMBER_WORDS[count - 2] ?? count} reports («${words}») but cites ${cited.size} (${reportList(citedIds)}): ${show(sentence)}`,
					hint: `Either cite each of the ${count} reports for what the sentence says they say, or say only what the reports you cite say (${reportList(citedIds)}).`,
				});
			}
		}
	}
	return problems;
}

/** Editorial: which reports a sentence speaks for is the explainer's claim about its sources. */
export const reportNamedRule = editorialRule(
	'report-named',
	['report-named-uncited', 'report-count-uncited'],
	'A claim sentence that names a report ("report 002 says", "reports 000 and 003") cites it, and one that speaks for a number of reports ("all five reports", "both reports") cites that many.',
	{ message: 'This sentence names report 002 but does not cite it (it cites report 001): «Report 002 says the pier will close.»', fix: 'Either cite report 002 for what the sentence says it says, or name the report you cite (report 001).' },
	({ ledger, dates, corpus }) => namedReportProblems(ledger, dates, [...corpus.byId.keys()]),
);
