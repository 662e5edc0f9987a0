import type { Corpus } from '../../engine/corpus.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import type { MdxPage } from '../../pages/mdx-page.ts';
import type { Player } from '../../schemas/players.ts';
import { editorialRule } from '../core/rule.ts';
import type { CitedClaim } from './cited.ts';
import { citedClaims, claimProblem, notCited } from './cited.ts';
import { DATE_WORDS } from './claim-dates.ts';
import { reportWordSpans } from './report-named.ts';
import { fold, foldedWords, pageNames, sentenceWords, siteWordSpans, supportedWord, WORD } from './words.ts';

/**
 * Titles and roles: who a person is is a claim too ("a former senator", "the press secretary"),
 * whatever its case. Folded forms.
 */
export const ROLE_WORDS = new Set(
	['former', 'senator', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'director', 'chairman', 'chairwoman', 'governor', 'congressman', 'congresswoman', 'lawmaker', 'deputy', 'chief', 'ambassador', 'judge', 'minister', 'leader', 'speaker', 'veteran', 'financier', 'republican', 'democrat', 'prosecutor', 'lawyer', 'attorney', 'counsel', 'general', 'mayor', 'candidate', 'nominee', 'official'].map(fold),
);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'both', 'all']);

/**
 * The words of a claim sentence that name something: capitalised words (a capital that only opens
 * the sentence or a quotation counts when the reports or the claim sentences write the word with a
 * capital elsewhere too, and never in lower case: "Citing", "The" and "Elsewhere" do not, "Trump" does) and titles and roles. Left to
 * other rules: dates (claim-date-unsupported), numbers (claim-number-unsupported) and the site's
 * words about reports ("Report 002", "All five reports": report-named).
 */
export function namingWords(sentence: string, ids: readonly string[], vocabulary: Vocabulary, names: readonly string[] = []): string[] {
	const own = [...reportWordSpans(sentence, ids), ...siteWordSpans(sentence, names)];
	return sentenceWords(sentence)
		.filter(({ at }) => !own.some((span) => at >= span.start && at < span.end))
		// "does not tie it to Clinton", "without the official": a name said to be absent is not a claim the report gives it.
		.filter(({ at }) => !/\b(?:not|never|without|nor)\b[^,;:.]{0,40}$/iu.test(sentence.slice(Math.max(0, at - 48), at)))
		.filter(({ word, opens }) => {
			const folded = fold(word);
			if (DATE_WORDS.has(folded) || NUMBER_WORDS.has(word.toLowerCase()) || /^\p{N}/u.test(word) || word === 'I') return false;
			if (ROLE_WORDS.has(folded)) return true;
			if (!/^\p{Lu}/u.test(word)) return false;
			return !opens || (vocabulary.proper.has(word) && !vocabulary.lowercase.has(word.toLowerCase()));
		})
		.map(({ word }) => word);
}

/** How the reports and the claim sentences write their words: what tells a name from a word that opens a sentence. */
export interface Vocabulary {
	/** Words written in lower case somewhere. */
	lowercase: Set<string>;
	/** Words written with a capital where they do not open a sentence. */
	proper: Set<string>;
}

/** The vocabulary of the reports and the claim sentences. */
export function vocabularyOf(texts: readonly string[]): Vocabulary {
	const vocabulary: Vocabulary = { lowercase: new Set(), proper: new Set() };
	for (const text of texts)
		for (const { word, opens } of sentenceWords(text)) {
			if (/^\p{Ll}/u.test(word)) vocabulary.lowercase.add(word);
			else if (/^\p{Lu}/u.test(word) && !opens) vocabulary.proper.add(word);
		}
	return vocabulary;
}

/**
 * What a claim sentence names (people, places, organisations, titles and roles) must be in the
 * report sentences it cites, with the frames that govern them: "Sessions, a former senator from
 * Alabama, announced …" citing a sentence that gives neither is refused, though its quote is exact.
 */
export function claimNameProblems(claims: readonly CitedClaim[], corpus: Corpus, pages: readonly MdxPage[], players: readonly Player[]): SiteProblem[] {
	const ids = [...corpus.byId.keys()];
	const names = pageNames(pages);
	const vocabulary = vocabularyOf([...corpus.sources.map((source) => source.text), ...claims.map((claim) => claim.sentence)]);
	// The people of players.yaml are named, wherever their name stands.
	for (const alias of players.flatMap((player) => player.aliases)) for (const m of alias.matchAll(WORD)) if (/^\p{Lu}/u.test(m[0])) vocabulary.proper.add(m[0]);
	const problems: SiteProblem[] = [];
	for (const claim of claims) {
		const text = [...claim.said, ...claim.antecedents].join(' … ');
		const cited = { text, words: foldedWords(text) };
		const missing = [...new Set(namingWords(claim.sentence, ids, vocabulary, names).filter((word) => !supportedWord(word, cited, players)))];
		if (missing.length === 0) continue;
		const words = missing.map((word) => `«${word}»`).join(', ');
		problems.push(claimProblem(claim, 'claim-name-unsupported', notCited(missing), `Cite the report sentence that says ${words}, or say it the way the report does (the names and titles it gives).`));
	}
	return problems;
}

/** Editorial: a name or a title is a claim, and only the reports can give it. */
export const claimNamesRule = editorialRule(
	'claim-name-unsupported',
	['claim-name-unsupported'],
	'A name, capitalised term, title or role ("Alabama", "The Washington Post", "former senator", "press secretary") in a claim sentence occurs in the report sentences it cites (with the frames that govern them), folded for case, possessives and simple inflection; another form of name a players.yaml entry gives for the same person, the report ids and counts of reports, and the title of a page or heading of the site in quotation marks are allowed.',
	{
		message: '«former», «senator», «Alabama» are not in the report sentences this sentence cites: «Sessions, a former senator from Alabama, announced his recusal.» Report 000: «Sessions announced his recusal on Thursday.»',
		fix: 'Cite the report sentence that says «former», «senator», «Alabama», or say it the way the report does (the names and titles it gives).',
	},
	({ corpus, ledger, frames, sentenceSettings, pages, players }) => claimNameProblems(citedClaims(corpus, ledger, frames, sentenceSettings), corpus, pages, players),
);
