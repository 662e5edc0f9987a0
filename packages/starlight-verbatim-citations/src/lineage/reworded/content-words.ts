import { eng as STOPWORDS } from 'stopword';
import unhomoglyph from 'unhomoglyph';
import { lemmaOf } from './wordnet-senses.ts';
import { boundedMemo } from '../tokens.ts';

/**
 * The content words of a text, folded so that a reworded copy keeps the words of its original:
 * look-alike letters folded to what they look like (Cyrillic «е» reads as «e»), case and
 * apostrophes dropped, hyphenated compounds split ("Spanish-speaking" compares as "Spanish"
 * "speaking", as "speaking Spanish" does), and each word replaced by its WordNet lemma
 * ("investigations" → "investigation"). Function words (the `stopword` package's English list)
 * carry no evidence of copying and are left out. Every word keeps its offsets in the text.
 */
export interface ContentWord {
	/** What is compared: the lemma, or an acronym's letters. */
	key: string;
	start: number;
	end: number;
	/** Written with a capital: part of a name ("State Department"). */
	capital: boolean;
	/** Written as an acronym ("U.S.", "FBI"): it may stand for a name spelled out in the other sentence. */
	acronym: boolean;
}

const FUNCTION = new Set([...STOPWORDS, 's', 'mr', 'mrs', 'ms']);
// Hyphens are not part of a word: compounds compare part by part.
const WORD = /(?:[\p{L}]\.){2,}|[\p{L}\p{N}]+(?:['’‘`´][\p{L}\p{N}]+)*/gu;
const ASCII = /^[\x00-\x7f]*$/u;

/** A word as a reader sees it: look-alike letters folded (only non-ASCII words: unhomoglyph maps «m» to «rn»). */
function readAs(word: string): string {
	if (ASCII.test(word)) return word;
	return [...word.normalize('NFD')]
		.map((c) => (ASCII.test(c) ? c : unhomoglyph(c)))
		.join('')
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

const cachedLemma = boundedMemo(lemmaOf, 200_000);

/** The content words of text[from, to). */
export function contentWords(text: string, from = 0, to = text.length): ContentWord[] {
	const out: ContentWord[] = [];
	const slice = text.slice(from, to);
	for (const match of slice.matchAll(WORD)) {
		const surface = readAs(match[0]);
		const start = from + match.index;
		const end = start + match[0].length;
		const letters = surface.replace(/\./g, '');
		const acronym = letters.length >= 2 && letters.length <= 5 && (/^(?:\p{Lu}\.){2,}$/u.test(surface) || /^\p{Lu}+$/u.test(surface));
		if (acronym) {
			out.push({ key: letters.toLowerCase(), start, end, capital: true, acronym });
			continue;
		}
		const lower = surface.toLowerCase().replace(/['’‘`´]s$/u, '').replace(/['’‘`´]/gu, '');
		if (lower.length < 2 || FUNCTION.has(lower)) continue;
		out.push({ key: cachedLemma(lower), start, end, capital: /^\p{Lu}/u.test(surface), acronym: false });
	}
	return out;
}

/** Whether a lower-case word is a function word (not evidence of copying). */
export const isFunctionWord = (word: string) => FUNCTION.has(word);
