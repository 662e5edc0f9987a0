/**
 * Word tokens for comparing reports. Each token keeps its offsets in the unmodified report, so
 * anything found on folded words can be shown (and linked) as the report's own characters.
 */
export interface Token {
	/** The word as compared: lower case, apostrophes and quote marks dropped. */
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘`´][\p{L}\p{N}]+)*/gu;

/**
 * Word tokens with offsets. Case and apostrophes are folded for comparison only, so “Sessions’
 * decision” and "Sessions' decision" compare equal: copies change quote styles more than words.
 */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0].toLowerCase().replace(/['’‘`´]/g, ''),
		start: m.index,
		end: m.index + m[0].length,
	}));
}
