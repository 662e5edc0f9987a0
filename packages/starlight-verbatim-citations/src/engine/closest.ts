/**
 * Finds the passage of a text that is closest to a quote that does not occur in it, so that an
 * editor sees the intended words and the first place they differ.
 *
 * Method, bounded so that a failing quote of any length costs about one pass over the text:
 *
 * 1. Anchors: the quote's word n-grams (3 words; 2 or 1 when no 3-word run is shared) that occur
 *    exactly in the text. Each anchor votes for a diagonal: where the quote would start in the text
 *    if that n-gram were in its place. Cost: one pass over the text's words.
 * 2. The few diagonals with the most votes become windows a little wider than the quote, inside one
 *    segment (a paragraph): a suggestion never runs across a segment boundary.
 * 3. In each window, approximate substring matching (Sellers, 1980): the edit distance between the
 *    quote and the best-matching substring, O(window × quote) time, O(quote) memory.
 *
 * A quote that shares no word at all with the text falls back to step 3 over the whole text only
 * when that is small (`FULL_SEARCH_CELLS`); otherwise nothing is close and nothing is suggested.
 */

export interface ClosestPassage {
	/** Offsets in the searched text. */
	start: number;
	end: number;
	/** Edit distance between the quote and `text.slice(start, end)`. */
	distance: number;
}

/** A range `[start, end)` of the text that a passage must stay inside (a paragraph, say). */
export type Segment = readonly [start: number, end: number];

/** How many windows get the exact edit-distance search. */
const CANDIDATES = 3;
/** An n-gram that occurs more often than this in the quote does not vote. */
const MAX_REPEATS = 4;
/** Below this many DP cells (text × quote) an anchorless quote is searched everywhere. */
const FULL_SEARCH_CELLS = 4_000_000;

/** Where the words (runs of non-space) of `text[from, to)` start and end. */
interface Words {
	starts: number[];
	ends: number[];
	strings: string[];
}

function wordsOf(text: string, from: number, to: number): Words {
	const words: Words = { starts: [], ends: [], strings: [] };
	const pattern = /\S+/g;
	pattern.lastIndex = from;
	for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
		const end = Math.min(to, match.index + match[0].length);
		words.starts.push(match.index);
		words.ends.push(end);
		words.strings.push(end === match.index + match[0].length ? match[0] : text.slice(match.index, end));
	}
	return words;
}

/** Sellers' DP of `quote` against `text[from, to)`: the best substring there and its distance. */
function sellers(text: string, from: number, to: number, quote: string): ClosestPassage | undefined {
	const m = quote.length;
	// column[i] = distance of quote[0..i) to the best substring ending at the current text offset;
	// origin[i] = where that substring starts.
	let column = new Int32Array(m + 1);
	let origin = new Int32Array(m + 1);
	let next = new Int32Array(m + 1);
	let nextOrigin = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) {
		column[i] = i;
		origin[i] = from;
	}
	let best: ClosestPassage = { start: from, end: from, distance: m };
	for (let j = from + 1; j <= to; j++) {
		const character = text.charCodeAt(j - 1);
		next[0] = 0;
		nextOrigin[0] = j;
		for (let i = 1; i <= m; i++) {
			const substitute = column[i - 1]! + (quote.charCodeAt(i - 1) === character ? 0 : 1);
			const skipText = column[i]! + 1;
			const skipQuote = next[i - 1]! + 1;
			if (substitute <= skipText && substitute <= skipQuote) {
				next[i] = substitute;
				nextOrigin[i] = origin[i - 1]!;
			} else if (skipText <= skipQuote) {
				next[i] = skipText;
				nextOrigin[i] = origin[i]!;
			} else {
				next[i] = skipQuote;
				nextOrigin[i] = nextOrigin[i - 1]!;
			}
		}
		[column, next] = [next, column];
		[origin, nextOrigin] = [nextOrigin, origin];
		if (column[m]! < best.distance) best = { start: origin[m]!, end: j, distance: column[m]! };
	}
	return best.end > best.start ? best : undefined;
}

interface Window {
	segment: number;
	/** Index (in its segment's words) of the first word of the window, and one past the last. */
	first: number;
	last: number;
	votes: number;
}

/**
 * Windows of the text where the quote's word n-grams line up, best first. Each n-gram occurrence
 * votes for (segment, diagonal band); a band's score counts its neighbour's votes too, since a
 * quote with words left out or added drifts from one diagonal to the next.
 */
function anchoredWindows(segmentWords: readonly Words[], quoteWords: readonly string[], n: number): Window[] {
	// Words are numbered by the quote's vocabulary, and an n-gram is one number (base V), so the
	// pass over a long text builds no strings.
	const vocabulary = new Map<string, number>();
	for (const word of quoteWords) if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
	const base = vocabulary.size + 1;
	const gramOf = (ids: ArrayLike<number>, at: number): number => {
		let gram = 0;
		for (let k = 0; k < n; k++) gram = gram * base + ids[at + k]!;
		return gram;
	};
	const quoteIds = quoteWords.map((word) => vocabulary.get(word)!);
	const grams = new Map<number, number[]>();
	for (let j = 0; j + n <= quoteIds.length; j++) {
		const gram = gramOf(quoteIds, j);
		const at = grams.get(gram);
		if (at) at.push(j);
		else grams.set(gram, [j]);
	}
	const band = Math.max(4, Math.ceil(quoteWords.length / 8));
	const buckets = Math.ceil((Math.max(...segmentWords.map((w) => w.strings.length), 0) + quoteWords.length) / band) + 2;
	const votes = new Map<number, number>();
	segmentWords.forEach(({ strings }, segment) => {
		const ids = new Int32Array(strings.length);
		for (let i = 0; i < strings.length; i++) ids[i] = vocabulary.get(strings[i]!) ?? -1;
		next: for (let i = 0; i + n <= ids.length; i++) {
			for (let k = 0; k < n; k++) if (ids[i + k]! < 0) continue next;
			const at = grams.get(gramOf(ids, i));
			// An n-gram the quote repeats often ("of the") says little about where it belongs and
			// would cost (its text occurrences × quote occurrences) votes.
			if (!at || at.length > MAX_REPEATS) continue;
			for (const j of at) {
				const key = segment * buckets + Math.floor((i - j + quoteWords.length) / band);
				votes.set(key, (votes.get(key) ?? 0) + 1);
			}
		}
	});
	const windows: Window[] = [];
	const slack = band + 4;
	for (const [key, count] of votes) {
		const segment = Math.floor(key / buckets);
		const bucket = key % buckets;
		const score = count + (votes.get(key + 1) ?? 0) + (votes.get(key - 1) ?? 0);
		const start = bucket * band - quoteWords.length;
		windows.push({ segment, first: Math.max(0, start - slack), last: start + band + quoteWords.length + slack, votes: score });
	}
	return windows.sort((a, b) => b.votes - a.votes || a.segment - b.segment || a.first - b.first);
}

/**
 * The substring of `text` closest to `quote` in edit distance, never running across the ends of a
 * segment (default: the whole text is one segment). Undefined when nothing is close.
 */
export function closestPassage(
	text: string,
	quote: string,
	segments: readonly Segment[] = [[0, text.length]],
	maxDistance = Number.POSITIVE_INFINITY,
): ClosestPassage | undefined {
	return closestPassages(text, quote, { segments, maxDistance, count: 1 })[0];
}

export interface ClosestOptions {
	/** Ranges a passage must stay inside; default: the whole text. */
	segments?: readonly Segment[];
	/**
	 * A stretch shorter than the quote by more than this many characters cannot be within that
	 * many edits of it, and is not searched; passages farther than this are not returned.
	 */
	maxDistance?: number;
	/** How many passages, each from a different segment, closest first. */
	count?: number;
}

/**
 * The closest passages, at most one per segment, closest first: the windows are ranked over all
 * segments together, so a quote finder searching many reports (one segment each) pays for the
 * edit-distance search of a few windows in all, not a few per report.
 */
export function closestPassages(text: string, quote: string, options: ClosestOptions = {}): ClosestPassage[] {
	const { segments = [[0, text.length]], maxDistance = Number.POSITIVE_INFINITY, count = 1 } = options;
	const m = quote.length;
	if (m === 0 || text.length === 0) return [];
	const quoteWords = quote.split(/\s+/).filter(Boolean);
	const segmentWords = segments.map(([start, end]) => wordsOf(text, start, end));
	let windows: Window[] = [];
	for (let n = Math.min(3, quoteWords.length); n >= 1 && windows.length === 0; n--) {
		windows = anchoredWindows(segmentWords, quoteWords, n);
	}
	const bySegment = new Map<number, ClosestPassage>();
	const consider = (segment: number, near: ClosestPassage | undefined) => {
		const current = bySegment.get(segment);
		if (near && near.distance <= maxDistance && (!current || near.distance < current.distance)) bySegment.set(segment, near);
	};
	if (windows.length === 0) {
		if (text.length * m <= FULL_SEARCH_CELLS) {
			segments.forEach(([start, end], segment) => {
				if (end > start && m - (end - start) <= maxDistance) consider(segment, sellers(text, start, end, quote));
			});
		}
	} else {
		// A window that overlaps one already searched adds little but its cost: skip it.
		const searched: Segment[] = [];
		const budget = CANDIDATES + count - 1;
		for (const window of windows) {
			// Windows far behind the best in votes are chance matches of a few words.
			if (searched.length === budget || window.votes * 4 < windows[0]!.votes) break;
			const { starts, ends } = segmentWords[window.segment]!;
			const [segmentStart, segmentEnd] = segments[window.segment]!;
			const from = Math.max(segmentStart, window.first < starts.length ? starts[window.first]! : segmentEnd);
			const to = Math.min(segmentEnd, window.last < ends.length ? ends[window.last]! : segmentEnd);
			if (to <= from || searched.some(([start, end]) => from < end && start < to)) continue;
			searched.push([from, to]);
			if (m - (to - from) > maxDistance) continue;
			consider(window.segment, sellers(text, from, to, quote));
		}
	}
	return [...bySegment.values()].sort((a, b) => a.distance - b.distance || a.start - b.start).slice(0, count);
}

/** Where two strings first differ: an index and the character each has there (undefined at the end). */
export interface FirstDifference {
	index: number;
	expected: string | undefined;
	received: string | undefined;
}

/** The first index at which `received` departs from `expected`, or undefined when they are equal. */
export function firstDifference(expected: string, received: string): FirstDifference | undefined {
	const a = Array.from(expected);
	const b = Array.from(received);
	const length = Math.max(a.length, b.length);
	for (let i = 0; i < length; i++) {
		if (a[i] !== b[i]) return { index: i, expected: a[i], received: b[i] };
	}
	return undefined;
}

const CHARACTER_NAMES: Record<string, string> = {
	"'": 'straight apostrophe',
	'"': 'straight double quote',
	'\u2018': 'left single curly quote',
	'\u2019': 'right single curly quote (curly apostrophe)',
	'\u201c': 'left double curly quote',
	'\u201d': 'right double curly quote',
	'-': 'hyphen',
	'\u2013': 'en dash',
	'\u2014': 'em dash',
	'\u2026': 'ellipsis',
	' ': 'space',
	'\u00a0': 'no-break space',
};

/** Names a character for an error message: `’ (U+2019, right single curly quote (curly apostrophe))`. */
export function describeCharacter(character: string | undefined): string {
	if (character === undefined) return 'the end of the text';
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = CHARACTER_NAMES[character];
	return name ? `${character} (${code}, ${name})` : `${character} (${code})`;
}
