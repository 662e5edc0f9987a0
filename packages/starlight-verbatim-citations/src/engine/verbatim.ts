/**
 * What "verbatim" tolerates, decided in one place.
 *
 * Rule: a quote matches a passage of a report when the two are identical after every run of
 * whitespace (spaces, tabs, line breaks, no-break spaces: JavaScript's `\s`) in each is folded to a
 * single space, and leading and trailing whitespace of the quote is dropped. Nothing else is
 * normalised: case, punctuation, straight versus curly quotes, hyphens versus dashes, accents and
 * Unicode forms must all be exactly as in the report.
 *
 * And a quote is whole words, as a reader sees them: a match that starts or ends inside a word of
 * the report ("likely" inside "unlikely") is not a quote of it (`cutEnds`). A boundary is inside a
 * word when the visible characters on both sides of it are letters, digits or combining marks, or
 * when it falls next to an apostrophe or hyphen that has a letter on each side ("can’t",
 * "anti-Trump"). Default-ignorable characters (soft hyphen, zero-width joiner, word joiner) are
 * invisible: they neither split a word nor bound one.
 */

const WHITESPACE_RUN = /\s+/g;

/** Text with whitespace runs folded, and for each folded character its offset in the original. */
export interface FoldedText {
	text: string;
	/**
	 * `offsets[i]` is the original offset of folded character `i`. Typed, not a number[]: one entry
	 * per character of every report, kept for the whole build (at 2,000 reports a JavaScript array
	 * of them took 120 MB of heap; these take 40 MB, outside it). A JavaScript string is shorter than 2³².
	 */
	offsets: Uint32Array;
}

/** Folds whitespace runs to one space, remembering where each character came from. */
export function foldWhitespace(original: string): FoldedText {
	// Split and joined, the same text as replace(/\s+/g, ' ') but one flat string: appending piece by
	// piece, or replace(), made a tree of a node per piece, 50 to 80 MB more heap at 2,000 reports
	// than the 13 MB of the text itself (measured with process.memoryUsage after a full GC).
	const text = original.split(WHITESPACE_RUN).join(' ');
	// Folding only shortens: the original's length is room enough.
	const offsets = new Uint32Array(original.length);
	let length = 0;
	let last = 0;
	for (const match of original.matchAll(WHITESPACE_RUN)) {
		for (let i = last; i < match.index; i++) offsets[length++] = i;
		offsets[length++] = match.index;
		last = match.index + match[0].length;
	}
	for (let i = last; i < original.length; i++) offsets[length++] = i;
	return { text, offsets: length === original.length ? offsets : offsets.slice(0, length) };
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

/** Invisible characters a reader does not see: they do not split a word (U+00AD soft hyphen, joiners). */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Letters (and their marks): an apostrophe or a hyphen between two of them is inside the word. */
const LETTER = /^[\p{L}\p{M}]$/u;
/** Apostrophes and hyphens that join the letters on either side into one word ("can’t", "anti-Trump"). */
const JOINER = /^['\u2019\u002d\u2010\u2011]$/u;

/** The nearest visible code point before `at`, with its offset; '' at the start of the text. */
function visibleBefore(text: string, at: number): { point: string; at: number } {
	let point = codePointBefore(text, at);
	while (point !== '' && INVISIBLE.test(point)) {
		at -= point.length;
		point = codePointBefore(text, at);
	}
	return { point, at: at - point.length };
}

/** The nearest visible code point at or after `at`, with its offset; '' at the end of the text. */
function visibleAt(text: string, at: number): { point: string; at: number } {
	let point = codePointAt(text, at);
	while (point !== '' && INVISIBLE.test(point)) {
		at += point.length;
		point = codePointAt(text, at);
	}
	return { point, at };
}

/** Whether offset `at` of `text` falls inside a word as a reader sees it (see the rule above). */
function insideWord(text: string, at: number): boolean {
	const before = visibleBefore(text, at);
	const after = visibleAt(text, at);
	if (WORD_PART.test(before.point) && WORD_PART.test(after.point)) return true;
	// "can|’t": a letter, then an apostrophe or hyphen followed by a letter.
	if (LETTER.test(before.point) && JOINER.test(after.point)) {
		return LETTER.test(visibleAt(text, after.at + after.point.length).point);
	}
	// "can’|t": an apostrophe or hyphen with a letter before it, then a letter.
	if (JOINER.test(before.point) && LETTER.test(after.point)) return LETTER.test(visibleBefore(text, before.at).point);
	return false;
}

/** Which ends of the span `[start, end)` of `text` cut a word of it ("likely" in "unlikely"). */
export function cutEnds(text: string, start: number, end: number): { start: boolean; end: boolean } {
	return { start: insideWord(text, start), end: insideWord(text, end) };
}

/**
 * Widens `[start, end)` of `text` to the whole words it cuts, whatever their script: the quote an
 * editor should use instead of one that starts or ends inside a word.
 */
export function widenToWholeWords(text: string, start: number, end: number): [number, number] {
	while (start > 0 && insideWord(text, start)) start -= codePointBefore(text, start).length;
	while (end < text.length && insideWord(text, end)) end += codePointAt(text, end).length;
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
