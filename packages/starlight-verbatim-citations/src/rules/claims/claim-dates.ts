import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';
import { citedClaims, claimProblem, notCited, type CitedClaim } from './cited.ts';
import { fold, foldedWords, sentenceWords } from './words.ts';
import { reportWordSpans } from './report-named.ts';

/** The sentence with the site's own words about the reports ("the 7 June report (003)") blanked. */
function withoutReportWords(sentence: string, ids: readonly string[]): string {
	let out = sentence;
	for (const { start, end } of reportWordSpans(sentence, ids)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
	return out;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const RELATIVE = ['yesterday', 'today', 'tomorrow', 'tonight', 'weekend', 'morning', 'afternoon', 'evening', 'overnight'];
/** The words of a date, folded: weekdays, months, and days told relative to another ("yesterday", "Tuesday afternoon"). */
export const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...RELATIVE].map(fold));

/**
 * The date words of a claim sentence: weekdays, months and relative days, whatever their case;
 * "May" only with its capital and inside the sentence (it opens many sentences as the verb).
 */
export function dateWords(sentence: string): string[] {
	return sentenceWords(sentence)
		.filter(({ word, opens }) => DATE_WORDS.has(fold(word)) || (word === 'May' && !opens))
		.map(({ word }) => word);
}

/**
 * A weekday, month or relative day ("on Monday", "in July", "Tuesday afternoon") in a claim sentence
 * must be one the report sentences it cites give: "On Wednesday" citing "on Monday" moves the event,
 * though the quote is exact. A date the engine works out (<ReportDate>) is not the sentence's words.
 */
export function claimDateProblems(claims: readonly CitedClaim[], ids: readonly string[] = []): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const claim of claims) {
		const cited = foldedWords(claim.said.join(' '));
		const missing = [...new Set(dateWords(withoutReportWords(claim.sentence, ids)).filter((word) => !cited.has(fold(word))))];
		if (missing.length === 0) continue;
		const words = missing.map((word) => `«${word}»`).join(', ');
		problems.push(
			claimProblem(claim, 'claim-date-unsupported', notCited(missing), `Cite the report sentence that says ${words}, or say it the way the report does (the day it gives, or <ReportDate> for a day it gives relative to its dateline).`),
		);
	}
	return problems;
}

/** Editorial: when something happened is a claim, and only the reports can give it. */
export const claimDatesRule = editorialRule(
	'claim-date-unsupported',
	['claim-date-unsupported'],
	'A weekday, month or relative day ("Monday", "July", "yesterday", "afternoon") in a claim sentence occurs in the report sentences it cites (with the frames that govern them), folded for case.',
	{
		message: '«Wednesday» is not in the report sentences this sentence cites: «On Wednesday, the board voted to close the pier.» Report 000: «On Monday, the board voted to close the pier.»',
		fix: 'Cite the report sentence that says «Wednesday», or say it the way the report does (the day it gives, or <ReportDate> for a day it gives relative to its dateline).',
	},
	({ corpus, ledger, frames, sentenceSettings }) => claimDateProblems(citedClaims(corpus, ledger, frames, sentenceSettings), [...corpus.byId.keys()]),
);
