/**
 * What "verbatim" tolerates, decided in one place.
 *
 * Rule: a quote matches a passage of a report when the two are identical after every run of
 * whitespace (spaces, tabs, line breaks, no-break spaces: JavaScript's `\s`) in each is folded to a
 * single space, and leading and trailing whitespace of the quote is dropped. Nothing else is
 * normalised: case, punctuation, straight versus curly quotes, hyphens versus dashes, accents and
 * Unicode forms must all be exactly as in the report.
 */

const WHITESPACE_RUN = /\s+/g;

/** Text with whitespace runs folded, and for each folded character its offset in the original. */
export interface FoldedText {
	text: string;
	/** `offsets[i]` is the original offset of folded character `i`. */
	offsets: number[];
}

/** Folds whitespace runs to one space, remembering where each character came from. */
export function foldWhitespace(original: string): FoldedText {
	let text = '';
	const offsets: number[] = [];
	let last = 0;
	for (const match of original.matchAll(WHITESPACE_RUN)) {
		for (let i = last; i < match.index; i++) offsets.push(i);
		text += original.slice(last, match.index) + ' ';
		offsets.push(match.index);
		last = match.index + match[0].length;
	}
	for (let i = last; i < original.length; i++) offsets.push(i);
	text += original.slice(last);
	return { text, offsets };
}

/** A quote as it is matched: trimmed and whitespace-folded. */
export function normaliseQuote(quote: string): string {
	return quote.trim().replace(WHITESPACE_RUN, ' ');
}

/** Original offsets `[start, end)` of a match at folded offsets `[from, to)`, `to > from`. */
export function originalRange(folded: FoldedText, from: number, to: number): [number, number] {
	return [folded.offsets[from]!, folded.offsets[to - 1]! + 1];
}

/** Every folded offset at which `needle` occurs in `haystack`, overlapping occurrences included. */
export function findAll(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (needle === '') return found;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Widens offsets `[from, to)` to whole words (letters and digits), for showing a near miss to a
 * person: "is stro" becomes "is strong", without pulling in the punctuation around it.
 */
export function widenToWords(text: string, from: number, to: number): [number, number] {
	while (from > 0 && WORD_CHARACTER.test(text[from - 1]!) && WORD_CHARACTER.test(text[from]!)) from--;
	while (to < text.length && WORD_CHARACTER.test(text[to]!) && WORD_CHARACTER.test(text[to - 1]!)) to++;
	return [from, to];
}
