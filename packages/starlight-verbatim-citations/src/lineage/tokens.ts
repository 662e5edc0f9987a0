/**
 * Word tokens for comparing reports. Each token keeps its offsets in the unmodified report, so
 * anything found on folded words can be shown (and linked) as the report's own characters.
 */
export interface Token {
	/** The word as compared: lower case, apostrophes and quote marks dropped, then its confusable skeleton. */
	word: string;
	start: number;
	end: number;
}

import { skeleton } from '../corpus/look-alikes.ts';

const WORD = /[\p{L}\p{N}]+(?:['’‘`´][\p{L}\p{N}]+)*/gu;

/**
 * A function of one word remembered for the words met so far: a corpus repeats its words, and each
 * answer costs a scan of a table (Unicode's confusables, WordNet's index). At most `limit` words are
 * kept, so a hostile corpus of unique words cannot grow it without bound.
 */
export function boundedMemo<T>(compute: (word: string) => T, limit: number): (word: string) => T {
	const known = new Map<string, T>();
	return (word) => {
		let found = known.get(word);
		if (found === undefined) {
			found = compute(word);
			if (known.size < limit) known.set(word, found);
		}
		return found;
	};
}

// Plain ASCII words are their own skeleton but for the few letters confusables.txt maps (`m` → `rn`, `l`/`I`), which both sides share.
const wordSkeleton = boundedMemo(skeleton, 100_000);

/**
 * Word tokens with offsets. Case and apostrophes are folded for comparison only, so “Sessions’
 * decision” and "Sessions' decision" compare equal: copies change quote styles more than words.
 * Words are compared by their confusable skeleton, so a copy typed with Cyrillic «е» for Latin «e»
 * is still found as a copy (issue 22).
 */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: wordSkeleton(m[0].toLowerCase().replace(/['’‘`´]/g, '')),
		start: m.index,
		end: m.index + m[0].length,
	}));
}
