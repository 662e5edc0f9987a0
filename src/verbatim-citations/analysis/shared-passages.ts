import type { Corpus, Source } from '../engine/corpus.ts';

/**
 * Finds text that two reports share: copied or lightly rewritten sentences, which are not
 * independent corroboration of each other.
 *
 * Method: word shingling (Broder, 1997). Each report becomes a list of word tokens, compared
 * case-insensitively with apostrophes and quote marks dropped (so “Sessions’ decision” and
 * "Sessions' decision" compare equal) while every token keeps its offsets in the unmodified text.
 * Every run of SHINGLE_WORDS consecutive tokens is a shingle; two reports share a passage where
 * they share shingles. Matching shingles on the same diagonal (position in A minus position in B)
 * are chained into one passage, bridging up to MAX_GAP_WORDS changed words ("expressed" for "made
 * clear"), so a lightly reworded sentence is one passage, not several.
 *
 * Why 8 words: in these reports every phrase that recurs by accident ("the attorney general",
 * "the Russia investigation", "White House press secretary Sean Spicer") is shorter than 8 words,
 * while copied sentences share runs of 10 words and more. Tests pin both sides.
 */
export const SHINGLE_WORDS = 8;
export const MAX_GAP_WORDS = 3;

export interface Token {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘`´][\p{L}\p{N}]+)*/gu;

/** Word tokens with offsets; apostrophes inside words are dropped for comparison only. */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0].toLowerCase().replace(/['’‘`´]/g, ''),
		start: m.index,
		end: m.index + m[0].length,
	}));
}

/** One side of a shared passage. */
export interface PassageSide {
	sourceId: string;
	start: number;
	end: number;
	text: string;
}

export interface SharedPassage {
	/** Stable id: the two sides' report ids and offsets. */
	id: string;
	a: PassageSide;
	b: PassageSide;
	/** Words in the shorter side. */
	words: number;
}

interface Run {
	aFrom: number;
	aTo: number;
	bFrom: number;
	bTo: number;
}

function shingles(tokens: Token[]): Map<string, number[]> {
	const map = new Map<string, number[]>();
	for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
		const key = tokens
			.slice(i, i + SHINGLE_WORDS)
			.map((t) => t.word)
			.join(' ');
		map.set(key, [...(map.get(key) ?? []), i]);
	}
	return map;
}

function side(source: Source, tokens: Token[], from: number, to: number): PassageSide {
	const start = tokens[from]!.start;
	const end = tokens[to - 1]!.end;
	return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

/** Chains shingle hits `(i in A, j in B)` into maximal passages. */
function passagesFromHits(a: Source, b: Source, tokensA: Token[], tokensB: Token[], hits: { i: number; j: number }[]): SharedPassage[] {
	hits.sort((x, y) => x.i - x.j - (y.i - y.j) || x.i - y.i);
	const runs: Run[] = [];
	for (const { i, j } of hits) {
		const last = runs.at(-1);
		const sameDiagonal = last && last.aFrom - last.bFrom === i - j;
		if (last && sameDiagonal && i <= last.aTo + MAX_GAP_WORDS) {
			last.aTo = Math.max(last.aTo, i + SHINGLE_WORDS);
			last.bTo = Math.max(last.bTo, j + SHINGLE_WORDS);
		} else {
			runs.push({ aFrom: i, aTo: i + SHINGLE_WORDS, bFrom: j, bTo: j + SHINGLE_WORDS });
		}
	}
	// Runs on neighbouring diagonals (a word added or removed) that overlap in A become one passage.
	runs.sort((x, y) => x.aFrom - y.aFrom);
	const merged: Run[] = [];
	for (const run of runs) {
		const last = merged.at(-1);
		if (last && run.aFrom <= last.aTo + MAX_GAP_WORDS && Math.abs(run.bFrom - last.bTo) <= SHINGLE_WORDS + MAX_GAP_WORDS) {
			last.aTo = Math.max(last.aTo, run.aTo);
			last.bFrom = Math.min(last.bFrom, run.bFrom);
			last.bTo = Math.max(last.bTo, run.bTo);
		} else {
			merged.push({ ...run });
		}
	}
	return merged.map((run) => {
		const sideA = side(a, tokensA, run.aFrom, run.aTo);
		const sideB = side(b, tokensB, run.bFrom, run.bTo);
		return {
			id: `${a.id}-${sideA.start}-${sideA.end}~${b.id}-${sideB.start}-${sideB.end}`,
			a: sideA,
			b: sideB,
			words: Math.min(run.aTo - run.aFrom, run.bTo - run.bFrom),
		};
	});
}

/**
 * Every passage shared by any two reports of the corpus. Each report is tokenized once, and one
 * index of all shingles finds the pairs that share anything, so unrelated reports cost nothing
 * beyond their own shingles.
 */
export function findSharedPassages(corpus: Corpus): SharedPassage[] {
	const sources = corpus.sources;
	const tokens = sources.map((s) => tokenize(s.text));
	const index = new Map<string, { report: number; at: number }[]>();
	tokens.forEach((list, report) => {
		for (const [key, positions] of shingles(list)) {
			const postings = index.get(key) ?? [];
			for (const at of positions) postings.push({ report, at });
			index.set(key, postings);
		}
	});
	const hitsByPair = new Map<number, { i: number; j: number }[]>();
	for (const postings of index.values()) {
		if (postings.length < 2) continue;
		for (const x of postings) {
			for (const y of postings) {
				if (x.report >= y.report) continue;
				const pair = x.report * sources.length + y.report;
				const hits = hitsByPair.get(pair) ?? [];
				hits.push({ i: x.at, j: y.at });
				hitsByPair.set(pair, hits);
			}
		}
	}
	return [...hitsByPair.keys()]
		.sort((p, q) => p - q)
		.flatMap((pair) => {
			const x = Math.floor(pair / sources.length);
			const y = pair % sources.length;
			return passagesFromHits(sources[x]!, sources[y]!, tokens[x]!, tokens[y]!, hitsByPair.get(pair)!);
		});
}

/** The passages one report shares, each seen from that report's side. */
export function passagesOf(sourceId: string, passages: readonly SharedPassage[]): { here: PassageSide; twin: PassageSide; id: string }[] {
	return passages
		.filter((p) => p.a.sourceId === sourceId || p.b.sourceId === sourceId)
		.map((p) => (p.a.sourceId === sourceId ? { here: p.a, twin: p.b, id: p.id } : { here: p.b, twin: p.a, id: p.id }))
		.sort((x, y) => x.here.start - y.here.start);
}
