/**
 * What "verbatim" tolerates, decided in one place.
 *
 * Rule: a quote matches a passage of a report when the two are identical after every run of
 * whitespace (spaces, tabs, line breaks, no-break spaces: JavaScript's `\s`) in each is folded to a
 * single space, and leading and trailing whitespace of the quote is dropped. Nothing else is
 * normalised: case, punctuation, straight versus curly quotes, hyphens versus dashes, accents and
 * Unicode forms must all be exactly as in the report.
 *
 * And a quote is whole words: a match whose first (or last) character is a letter or digit, with
 * a letter, digit or combining mark of the report right before (or after) it, has cut a word of the
 * report ("likely" inside "unlikely") and is not a quote of it (`cutEnds`).
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
/** Inside a word: letters, digits, and the combining marks that belong to the letter before them. */
const WORD_PART = /[\p{L}\p{N}\p{M}]/u;

/** The code point ending just before UTF-16 offset `at` (whole, when it is a surrogate pair). */
function codePointBefore(text: string, at: number): string {
	if (at <= 0) return '';
	const low = text.charCodeAt(at - 1);
	const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[at - 2]!);
	return text.slice(pair ? at - 2 : at - 1, at);
}

/** The code point starting at UTF-16 offset `at`. */
function codePointAt(text: string, at: number): string {
	const point = text.codePointAt(at);
	return point === undefined ? '' : String.fromCodePoint(point);
}

/** Which ends of the span `[start, end)` of `text` cut a word of it ("likely" in "unlikely"). */
export function cutEnds(text: string, start: number, end: number): { start: boolean; end: boolean } {
	const first = codePointAt(text, start);
	const last = codePointBefore(text, end);
	return {
		start: WORD_PART.test(first) && WORD_PART.test(codePointBefore(text, start)),
		end: WORD_PART.test(last) && WORD_PART.test(codePointAt(text, end)),
	};
}

/**
 * Widens `[start, end)` of `text` to the whole words it cuts, whatever their script: the quote an
 * editor should use instead of one that starts or ends inside a word.
 */
export function widenToWholeWords(text: string, start: number, end: number): [number, number] {
	while (start > 0 && WORD_PART.test(codePointBefore(text, start)) && WORD_PART.test(codePointAt(text, start))) {
		start -= codePointBefore(text, start).length;
	}
	while (end < text.length && WORD_PART.test(codePointAt(text, end)) && WORD_PART.test(codePointBefore(text, end))) {
		end += codePointAt(text, end).length;
	}
	return [start, end];
}

/**
 * Widens offsets `[from, to)` to whole words (letters and digits), for showing a near miss to a
 * person: "is stro" becomes "is strong", without pulling in the punctuation around it.
 */
export function widenToWords(text: string, from: number, to: number): [number, number] {
	while (from > 0 && WORD_CHARACTER.test(text[from - 1]!) && WORD_CHARACTER.test(text[from]!)) from--;
	while (to < text.length && WORD_CHARACTER.test(text[to]!) && WORD_CHARACTER.test(text[to - 1]!)) to++;
	return [from, to];
}
