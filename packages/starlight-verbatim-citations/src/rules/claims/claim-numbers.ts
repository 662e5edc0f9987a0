import type { Corpus } from '../../engine/corpus.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import type { CitationLedger } from '../../pages/page-citations.ts';
import type { AttributionFrame } from '../../reading/attribution.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';
import { editorialRule } from '../core/rule.ts';
import { reportWordSpans } from './report-named.ts';
import { citedClaims, claimProblem, notCited } from './cited.ts';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 };
/**
 * What each number word counts. "one" is left out (a pronoun as often as a number: "no one",
 * "one of them"); "twice" and "thrice" are counts of times, "both" a count of two.
 */
const WORD_VALUES = new Map<string, string>([
	...UNITS.slice(2).map((word, i) => [word, String(i + 2)] as const),
	...Object.entries(TENS).map(([word, value]) => [word, String(value)] as const),
	['twice', '2 times'],
	['thrice', '3 times'],
	['both', '2'],
]);
const NUMBER = new RegExp(`\\b(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|${[...WORD_VALUES.keys()].join('|')})\\b`, 'giu');

/** What a number token counts: "Two", "2" and "both" are all "2". */
const valueOf = (token: string) => WORD_VALUES.get(token.toLowerCase()) ?? token.replace(/,/g, '');

/**
 * "the two men", "both men": a pair of people the sentence and its report name, referred back to,
 * not a count the report must give ("Sessions has repeatedly clashed with President Donald Trump"
 * is what "the two men have repeatedly clashed" cites).
 */
function isPair(sentence: string, at: number, token: string): boolean {
	const word = token.toLowerCase();
	if (word !== 'two' && word !== 'both') return false;
	if (!/^\s+(?:men|women)\b/iu.test(sentence.slice(at + token.length))) return false;
	return word === 'both' || /\bthe\s+$/iu.test(sentence.slice(0, at));
}

/**
 * The numbers of a claim sentence, each with the words that write it, leaving out the site's own
 * words: report ids and counts of reports ("report 002", "all five reports"), which the rule
 * report-named checks, the "both" of "both … and", and a pair of people referred back to ("the two men").
 */
export function numbersOf(sentence: string, ids: readonly string[]): { text: string; value: string }[] {
	const own = reportWordSpans(sentence, ids);
	return [...sentence.matchAll(NUMBER)]
		.filter((match) => !own.some((span) => match.index >= span.start && match.index < span.end))
		.filter((match) => !(match[0].toLowerCase() === 'both' && /^\s+(?:\S+\s+){0,5}?and\b/iu.test(sentence.slice(match.index + 4))))
		.filter((match) => !isPair(sentence, match.index!, match[0]))
		.map((match) => ({ text: match[0], value: valueOf(match[0]) }));
}

/**
 * A number the claim sentence gives (how many people, how many times, a vote) must be one the
 * report sentences it cites give, with the attribution frames that govern them: "Four people close
 * to Sessions" citing "Two people close to Sessions said" is refused, though its quote is exact.
 */
export function claimNumberProblems(
	corpus: Corpus,
	ledger: CitationLedger,
	frames: readonly AttributionFrame[],
	ids: readonly string[],
	sentenceSettings: Readonly<Record<string, ReportSentences>> = {},
): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const claim of citedClaims(corpus, ledger, frames, sentenceSettings)) {
		if (claim.sentence === '') continue;
		const support = new Set(claim.said.flatMap((words) => [...words.matchAll(NUMBER)].map((m) => valueOf(m[0]))));
		for (const number of numbersOf(claim.sentence, ids).filter((n) => !support.has(n.value))) {
			problems.push(
				claimProblem(claim, 'claim-number-unsupported', notCited([number.text]), `Say it as the report does (the number it gives, in words or digits), or cite the report sentence that gives «${number.text}».`),
			);
		}
	}
	return problems;
}

/** Editorial: a number is a claim, and only the reports can give it. */
export const claimNumbersRule = editorialRule(
	'claim-number-unsupported',
	['claim-number-unsupported'],
	'A number or number word ("two", "twice", "both", "52") in a claim sentence occurs in the report sentences it cites (with the frames that govern them), in words or digits; report ids and counts of reports are the site\'s own words.',
	{ message: '«Four» is not in the report sentences this sentence cites: «Four board members voted to close the pier.» Report 000: «Two board members said they voted to close the pier.»', fix: 'Say it as the report does (the number it gives, in words or digits), or cite the report sentence that gives «Four».' },
	({ corpus, ledger, frames, sentenceSettings }) => claimNumberProblems(corpus, ledger, frames, [...corpus.byId.keys()], sentenceSettings),
);
