import unhomoglyph from 'unhomoglyph';

/**
 * Unicode's confusable skeleton of a text (UTS #39, section 4): decomposed, each character mapped
 * to the prototype it is confusable with (the table of Unicode's confusables.txt, as packaged by
 * `unhomoglyph`), decomposed again. Two texts a reader cannot tell apart have one skeleton: a copy
 * of a report typed with Cyrillic «е» for Latin «e» is still the same words.
 */
export function skeleton(text: string): string {
	return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * Characters that reorder how text displays without being seen (LRM, RLM, the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069): bytes reading «dias tnediserp eht» under a
 * right-to-left override display as «the president said», so a quote checked against the bytes would
 * not be what a reader sees.
 */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

const SCRIPTS = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Armenian', /\p{Script=Armenian}/u],
	['Cherokee', /\p{Script=Cherokee}/u],
] as const;

const scriptOf = (letter: string) => SCRIPTS.find(([, re]) => re.test(letter))?.[0];

export interface LookAlike {
	kind: 'bidi' | 'mixed-script';
	/** The word as it stands in the report (for bidi: the character's code point). */
	word: string;
	/** What it looks like: the word's skeleton, or the character's name. */
	looksLike: string;
	/** The first character that gives it away, and its script. */
	character: string;
	script?: string;
	/** UTF-16 offset of the word or character in the text. */
	index: number;
	count: number;
}

/**
 * The first bidi control, else the first word mixing letters of two scripts (Latin with
 * Cyrillic, Greek…), in a report, and how many there are. A word in one script throughout is
 * not flagged: quotes in Greek or Russian are text, not disguise.
 */
export function findLookAlike(text: string): LookAlike | undefined {
	const bidi = [...text.matchAll(BIDI)];
	if (bidi.length > 0) {
		const first = bidi[0]!;
		return { kind: 'bidi', word: first[0], looksLike: '', character: first[0], index: first.index, count: bidi.length };
	}
	const mixed: { word: string; index: number; odd: string; script: string; main: string }[] = [];
	for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
		const word = match[0];
		// Cheap test first: almost every word is ASCII.
		if (/^[A-Za-z]+$/.test(word)) continue;
		const scripts = new Map<string, string>();
		for (const letter of word) {
			const script = scriptOf(letter);
			if (script && !scripts.has(script)) scripts.set(script, letter);
		}
		if (scripts.size < 2) continue;
		// The letter that is not in the word's main script (the first script met) gives it away.
		const [[main], [script, odd]] = [...scripts] as [[string, string], [string, string]];
		mixed.push({ word, index: match.index, odd, script, main });
	}
	if (mixed.length === 0) return undefined;
	const { word, index, odd, script, main } = mixed[0]!;
	// What a reader takes it for: the other script's letters replaced by their look-alikes.
	const looksLike = [...word].map((letter) => (scriptOf(letter) === main ? letter : skeleton(letter))).join('');
	return { kind: 'mixed-script', word, looksLike, character: odd, script, index, count: mixed.length };
}
