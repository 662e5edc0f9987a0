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

/** Skeletons of the words met so far: a corpus repeats its words, and each skeleton costs a scan of Unicode's table. */
const skeletons = new Map<string, string>();
function wordSkeleton(word: string): string {
	// Plain ASCII words are their own skeleton but for the few letters confusables.txt maps (`m` → `rn`, `l`/`I`), which both sides share.
	let found = skeletons.get(word);
	if (found === undefined) {
		found = skeleton(word);
		if (skeletons.size < 100_000) skeletons.set(word, found);
	}
	return found;
}

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
