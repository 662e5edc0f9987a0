import type { SiteProblem } from '../../engine/site-problem.ts';
import { show } from '../../pages/citation-messages.ts';
import { editorialRule } from '../core/rule.ts';
import { citedClaims, type CitedClaim } from './cited.ts';
import { fold, foldedWords, WORD } from './words.ts';

/**
 * Hedges, by what they hedge: a claim keeps one of the same family where its report has one. Folded.
 * ("reports that" is left out: it is how the reports cite each other, not a hedge on the fact;
 * "would" too: in reported speech it is the past of "will" as often as a condition.)
 */
export const HEDGES: Record<string, string[]> = {
	possibility: ['could', 'may', 'might', 'possibly', 'possible', 'perhaps', 'potentially'],
	likelihood: ['likely', 'unlikely', 'probably', 'probable'],
	hearsay: ['reportedly', 'allegedly', 'alleged', 'rumour', 'rumoured', 'purportedly'],
	appearance: ['apparently', 'appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'suggests', 'suggested'],
};
const FAMILY = new Map(Object.entries(HEDGES).flatMap(([family, words]) => words.map((word) => [fold(word), family] as const)));
/** Words a hedge reaches over on its way to what it hedges ("could be on his way out", "may have been"). */
const LINKS = new Set(['be', 'been', 'have', 'has', 'had', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'not', 'also', 'still', 'soon', 'on', 'in', 'at', 'of']);

/**
 * Words of certainty and of strength: a claim uses one only where the report sentences it cites
 * do ("clearly", "proves"; "furious" for "frustrated", "waged open war" for "clashed",
 * "insisted" for "said"). Folded.
 */
export const STRONG = new Set(
	[
		'clearly', 'certainly', 'certain', 'definitely', 'undoubtedly', 'obviously', 'indeed', 'surely', 'prove', 'proves', 'proved', 'proof', 'confirms',
		'furious', 'furiously', 'enraged', 'outraged', 'outrage', 'rage', 'raged', 'raging', 'fury', 'savaged', 'savage', 'waged', 'war', 'abusive', 'vicious',
		'viciously', 'bitterly', 'bitter', 'hostile', 'livid', 'scathing', 'brutal', 'blasted', 'lashed', 'berated', 'slammed', 'demanded', 'ordered',
		'threatened', 'insisted', 'insists', 'begged', 'branded', 'spineless', 'humiliated', 'humiliating', 'declared', 'admitted', 'conceded', 'attacked',
		'fought', 'fight', 'furore', 'hatred', 'hates', 'despises', 'enemy',
	].map(fold),
);

/** Each hedge of a text with the first word it reaches over: «could» → «way» in "could be on his way out". */
function hedgesOf(text: string): { hedge: string; family: string; head: string | undefined }[] {
	const words = [...text.matchAll(WORD)].map((m) => m[0]);
	return words.flatMap((word, i) => {
		const family = FAMILY.get(fold(word));
		if (!family) return [];
		const head = words.slice(i + 1, i + 6).find((next) => !LINKS.has(next.toLowerCase()));
		return [{ hedge: word, family, head: head && fold(head) }];
	});
}

/**
 * Two ways a claim says more than its report: it drops the hedge the report puts on what the claim
 * restates ("Sessions is on his way out" for "Sessions could be on his way out"), or it uses a word
 * of certainty or strength the report sentences do not ("blames" is fine where they say
 * "blamed"; "furious" is not where they say "frustrated").
 */
export function strongerProblems(claims: readonly CitedClaim[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const { file, line, column, sentence, said, shown } of claims) {
		const mine = foldedWords(sentence);
		const cited = foldedWords(said.join(' '));
		const at = { file, line, column };
		const keptFamilies = new Set([...mine].map((word) => FAMILY.get(word)).filter(Boolean));
		const dropped = [...new Map(said.flatMap(hedgesOf).filter((h) => h.head && mine.has(h.head) && !keptFamilies.has(h.family)).map((h) => [h.family, h])).values()];
		if (dropped.length > 0) {
			const hedges = dropped.map((h) => `«${h.hedge}»`).join(', ');
			problems.push({
				...at,
				code: 'claim-hedge-dropped',
				message: `This sentence drops the report's ${hedges}: it says for certain what the report sentences it cites only hedge: ${show(sentence)}\n${shown.join('\n')}`,
				hint: `Keep the report's hedge (${hedges}, or a word of the same kind) in the sentence, or cite the report sentence that says it without one.`,
			});
		}
		const stronger = [
			...new Set(
				[...sentence.matchAll(WORD)]
					// "would not confirm": a strong word denied is not a claim made.
					.filter((m) => !/\b(?:not|never|no)\s+(?:\S+\s+)?$/iu.test(sentence.slice(Math.max(0, m.index - 24), m.index)))
					.map((m) => m[0])
					.filter((word) => STRONG.has(fold(word)) && !cited.has(fold(word))),
			),
		];
		if (stronger.length > 0) {
			const words = stronger.map((word) => `«${word}»`).join(', ');
			problems.push({
				...at,
				code: 'claim-stronger',
				message: `${words} ${stronger.length > 1 ? 'are' : 'is'} stronger than the report sentences this sentence cites: ${show(sentence)}\n${shown.join('\n')}`,
				hint: `Say it the way the report does (its own verb and adjective, with its hedges), or cite the report sentence that says ${words}.`,
			});
		}
	}
	return problems;
}

/** Editorial: how sure and how strong a claim is belongs to the report. */
export const claimStrongerRule = editorialRule(
	'claim-stronger',
	['claim-hedge-dropped', 'claim-stronger'],
	'A claim sentence keeps the hedge its cited report sentences put on what it restates ("could", "reportedly", "likely", "appears": a word of the same kind), and uses no word of certainty or strength ("clearly", "proves", "furious", "waged war", "insisted") they do not.',
	{
		message: "This sentence drops the report's «could»: it says for certain what the report sentences it cites only hedge: «The pier is closing.» Report 000: «The pier could be closing.»",
		fix: 'Keep the report\'s hedge («could», or a word of the same kind) in the sentence, or cite the report sentence that says it without one.',
	},
	({ corpus, ledger, frames, sentenceSettings }) => strongerProblems(citedClaims(corpus, ledger, frames, sentenceSettings)),
);
