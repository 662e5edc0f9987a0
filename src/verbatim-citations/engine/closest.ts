/**
 * Finds the passage of a text that is closest to a quote that does not occur in it, so that an
 * editor sees the intended words and the first place they differ.
 *
 * Method: approximate substring matching (Sellers, 1980): the edit distance between the quote and
 * the best-matching substring of the text, computed in O(text × quote) time and O(quote) memory.
 * It runs only for quotes that failed, so its cost never touches a good build.
 */

export interface ClosestPassage {
	/** Offsets in the searched text. */
	start: number;
	end: number;
	/** Edit distance between the quote and `text.slice(start, end)`. */
	distance: number;
}

export function closestPassage(text: string, quote: string): ClosestPassage | undefined {
	const m = quote.length;
	if (m === 0 || text.length === 0) return undefined;
	// column[i] = distance of quote[0..i) to the best substring ending at the current text offset;
	// origin[i] = where that substring starts.
	let column = Array.from({ length: m + 1 }, (_, i) => i);
	let origin = new Array<number>(m + 1).fill(0);
	let best: ClosestPassage = { start: 0, end: 0, distance: m };
	for (let j = 1; j <= text.length; j++) {
		const next = new Array<number>(m + 1);
		const nextOrigin = new Array<number>(m + 1);
		next[0] = 0;
		nextOrigin[0] = j;
		for (let i = 1; i <= m; i++) {
			const substitute = column[i - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
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
		column = next;
		origin = nextOrigin;
		if (column[m]! < best.distance) best = { start: origin[m]!, end: j, distance: column[m]! };
	}
	return best.end > best.start ? best : undefined;
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
