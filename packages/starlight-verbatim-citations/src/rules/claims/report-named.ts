import type { DateUse } from '../../pages/date-tags.ts';
import type { CitationLedger } from '../../pages/page-citations.ts';
import { show } from '../../pages/citation-messages.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';
import type { Corpus } from '../../engine/corpus.ts';
import { reportLabel, reportLabelWords } from '../../reading/report-label.ts';
import { escapeRegExp, matchesOf } from './patterns.ts';

/** Number words from two: a count of reports is written with one of these or in digits. */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMBER = `(${NUMBER_WORDS.join('|')}|\\d{1,2})`;
const valueOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word.toLowerCase()) + 2);

/** "report 002", "reports 000 and 003", "reports 002, 003 and 004": each match, its ids in group 1. */
function reportListPattern(ids: readonly string[]): { list: RegExp; one: RegExp; labelled: RegExp } | undefined {
	if (ids.length === 0) return undefined;
	// Made once per list of ids, not once per sentence: the pattern holds every id of the corpus.
	// (Only used through matchesOf, which resets lastIndex, so one pattern serves every sentence.)
	const known = byList.get(ids);
	if (known) return known;
	const key = ids.join('\u0000');
	if (last?.key !== key) last = { key, pattern: listPattern(ids) };
	byList.set(ids, last.pattern);
	return last.pattern;
}
const byList = new WeakMap<readonly string[], { list: RegExp; one: RegExp; labelled: RegExp }>();
let last: { key: string; pattern: { list: RegExp; one: RegExp; labelled: RegExp } } | undefined;
function listPattern(ids: readonly string[]): { list: RegExp; one: RegExp; labelled: RegExp } {
	const id = `(?:${[...ids].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`;
	const list = `(${id}(?:(?:\\s*,\\s*|,?\\s+(?:and|or|nor)\\s+)${id})*)`;
	// "report 002", or a label's bracket: "the 26 July report (000)".
	return { list: new RegExp(`\\breports?\\s+\\(?${list}`, 'giu'), one: new RegExp(id, 'gu'), labelled: new RegExp(`\\breports?\\s+\\(${list}\\)`, 'giu') };
}

/** The ids a sentence names, in order. */
function namedIds(sentence: string, ids: readonly string[]): string[] {
	const pattern = reportListPattern(ids);
	if (!pattern) return [];
	return [...new Set(matchesOf(pattern.list, sentence).flatMap((match) => matchesOf(pattern.one, match[1]!).map((m) => m[0])))];
}

/**
 * A label's words before "report (000)" are the ones the report's metadata gives it ("26 July",
 * "undated"): a wrong date in a label tells the reader the wrong report as surely as a wrong id.
 */
function labelProblems(sentence: string, ids: readonly string[], corpus: Corpus, metadataFile: string): { id: string; written: string; right: string; actual: string }[] {
	const pattern = reportListPattern(ids);
	if (!pattern) return [];
	const wrong: { id: string; written: string; right: string; actual: string }[] = [];
	for (const match of matchesOf(pattern.labelled, sentence)) {
		// The label stands between the previous bracket (or clause) and "report".
		const before = sentence.slice(Math.max(0, match.index - 60), match.index).split(/[().;:]/).at(-1)!;
		const named = matchesOf(pattern.one, match[1]!).map((m) => m[0]);
		for (const id of named) {
			const meta = corpus.byId.get(id)?.meta;
			if (!meta) continue;
			const words = reportLabelWords(meta);
			const found = named.length === 1 ? new RegExp(`(?:^|\\s)${escapeRegExp(words)}\\s*$`, 'iu').test(before) : new RegExp(`(?:^|\\s)${escapeRegExp(words)}\\b`, 'iu').test(before);
			if (found) continue;
			const written = `${before.trim().replace(/^(?:the|an?)\s+/iu, '')} ${match[0]}`.trim();
			const actual = meta.dateline ? `the ${words} report (its dateline in ${metadataFile})` : `undated (it has no dateline in ${metadataFile})`;
			wrong.push({ id, written, right: reportLabel(meta), actual });
		}
	}
	return wrong;
}

/**
 * "all five reports", "both reports", "three reports", "two of the five reports": how many reports
 * the sentence speaks for, with the words that say it. Any other part of them ("one of the five
 * reports", "none of the five reports") is not a count of what it cites (`count` undefined).
 */
function countedReports(sentence: string): { words: string; at: number; count: number | undefined }[] {
	const counts: { words: string; at: number; count: number | undefined }[] = [];
	const add = (match: RegExpMatchArray, count: number | undefined) => counts.push({ words: match[0], at: match.index!, count });
	for (const match of sentence.matchAll(/\bboth\s+(?:of\s+)?(?:the\s+|these\s+)?reports\b/giu)) add(match, 2);
	for (const match of sentence.matchAll(new RegExp(`\\b${NUMBER}\\s+of\\s+(?:the\\s+|these\\s+)?${NUMBER}\\s+reports\\b`, 'giu'))) add(match, valueOf(match[1]!));
	for (const match of sentence.matchAll(new RegExp(`(\\bof\\s+(?:the\\s+|these\\s+)?)?\\b(?:all\\s+(?:of\\s+)?(?:the\\s+)?)?${NUMBER}\\s+reports\\b`, 'giu'))) {
		add(match, match[1] ? undefined : valueOf(match[2]!));
	}
	return counts;
}

/** A label's words before "report": "26 July", "7 June and 26 July", "undated". */
const LABEL_WORDS = /(?:(?:\d{1,2}\s+\p{Lu}\p{Ll}+|undated)(?:\s*,\s*|,?\s+and\s+|\s+))+$/u;
/** Where the label of a "report (000)" starts, or `at` when there is none. */
function labelStart(sentence: string, at: number): number {
	if (!/^reports?\s+\(/iu.test(sentence.slice(at))) return at;
	const words = LABEL_WORDS.exec(sentence.slice(Math.max(0, at - 60), at));
	return words ? at - words[0].length : at;
}

/** Where a sentence speaks of the reports themselves (their ids, how many): the site's own words, not a claim's. */
export function reportWordSpans(sentence: string, ids: readonly string[]): { start: number; end: number }[] {
	const pattern = reportListPattern(ids);
	const lists = pattern ? matchesOf(pattern.list, sentence).map((m) => ({ start: labelStart(sentence, m.index), end: m.index + m[0].length })) : [];
	return [...lists, ...countedReports(sentence).map((c) => ({ start: c.at, end: c.at + c.words.length }))];
}

const reportList = (ids: readonly string[]) =>
	ids.length === 0 ? 'no report' : `report${ids.length > 1 ? 's' : ''} ${ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`}`;

/**
 * The report a claim sentence names is a report it cites: "Report 002 says …" with only a citation
 * of report 001 puts report 001's words in report 002's mouth, and "all five reports say …" with
 * one citation claims four confirmations the page does not show. A <ReportDate> of a report in the
 * sentence cites it too (its words are the report's, checked verbatim).
 */
export function namedReportProblems(ledger: CitationLedger, dates: readonly DateUse[], ids: readonly string[], corpus?: Corpus, metadataFile = 'docs-data/sources.yaml'): SiteProblem[] {
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
			for (const { id, written, right, actual } of corpus ? labelProblems(sentence, ids, corpus, metadataFile) : []) {
				problems.push({
					...at,
					code: 'report-label-wrong',
					message: `This sentence names report ${id} by the label «${written}», but report ${id} is ${actual}: ${show(sentence)}`,
					hint: `Name it "${right}" (the label its metadata gives it), or plainly "report ${id}".`,
				});
			}
			for (const { words, count } of countedReports(sentence)) {
				if (count === undefined || count <= cited.size) continue;
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
	['report-named-uncited', 'report-count-uncited', 'report-label-wrong'],
	'A claim sentence that names a report ("report 002 says", "the 26 July report (000)") cites it and gives it the label its dateline gives it ("undated" without one), and one that speaks for a number of reports ("all five reports", "both reports") cites that many.',
	{ message: 'This sentence names report 002 but does not cite it (it cites report 001): «Report 002 says the pier will close.»', fix: 'Either cite report 002 for what the sentence says it says, or name the report you cite (report 001).' },
	({ ledger, dates, corpus, metadataLines }) => namedReportProblems(ledger, dates, [...corpus.byId.keys()], corpus, metadataLines.file),
);
