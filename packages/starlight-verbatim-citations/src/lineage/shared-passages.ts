import type { Corpus, Source } from '../engine/corpus.ts';
import { tokenize, type Token } from './tokens.ts';
import { align, isFunctionWord, type Step } from './word-alignment.ts';
import { sentenceBounds } from './sentences.ts';
import { groupOf } from '../engine/group-once.ts';

export { tokenize, type Token } from './tokens.ts';

/**
 * Finds text that two reports share, copied word for word or reworded: such passages are not
 * independent corroboration of each other.
 *
 * Method: seed and extend, as in sequence search (BLAST; Altschul et al., 1990) applied to words.
 * Each report becomes word tokens, compared case-insensitively with apostrophes and quote marks
 * dropped (tokens.ts). Every run of SEED_WORDS consecutive tokens is a seed; one index of all seeds
 * of the corpus finds the places where two reports share one. Around each such place a local
 * word alignment (word-alignment.ts) extends the match across swapped, added and dropped words.
 * An alignment with at least MIN_SHARED_WORDS identical words is a shared passage.
 *
 * The thresholds are calibrated on synthetic edits of real sentences (tests/unit/reworded-copies.test.ts),
 * not on the five reports: copies with up to four random edits are found, and stock phrases
 * ("Attorney General Jeff Sessions", "White House press secretary Sean Spicer") never are, because
 * they are shorter than MIN_SHARED_WORDS and the alignment cannot grow them across unrelated words.
 */
export const SEED_WORDS = 4;
export const MIN_SHARED_WORDS = 9;
/**
 * A seed found more often than this in the whole corpus is a stock phrase, not evidence of copying:
 * it is not used as a seed (a copy is still found through its other seeds). This also keeps the
 * number of candidate places linear in the corpus size instead of quadratic in a phrase's frequency.
 */
export const MAX_SEED_OCCURRENCES = 64;
/** Words of context on each side of a seed for the first alignment; doubled while the alignment reaches the window's edge. */
const WINDOW = 12;

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
	/** Words that are identical on both sides (after folding case and quote marks); for a reworded copy, its matched content words. */
	words: number;
	/** How it was found: nine or more identical words (exact, the default), or sentences reworded (tier two, reworded-sentences.ts). */
	tier?: 'exact' | 'reworded';
	/** A reworded copy's score (reworded-sentences.ts). */
	score?: number;
}

interface Span {
	aFrom: number;
	aTo: number;
	bFrom: number;
	bTo: number;
	matched: number;
}

/** Drops weak ends (a lone matching word after a gap), so a passage starts and ends on two shared words. */
function trimWeakEnds(steps: Step[]): Step[] {
	const strong = (k: number) => steps[k]?.op === 'same' && steps[k + 1]?.op === 'same';
	let first = 0;
	while (first < steps.length && !strong(first)) first++;
	let last = steps.length - 2;
	while (last >= first && !strong(last)) last--;
	return first <= last ? steps.slice(first, last + 2) : [];
}

const sameCount = (steps: readonly Step[]) => steps.filter((s) => s.op === 'same').length;

/**
 * Cuts a passage back to the sentence where it stops being shared: the words after the last
 * sentence end inside the alignment (on either side) stay only if they would be a shared passage
 * on their own; fewer shared words are a coincidence ("… countries. The …", or a stock phrase
 * opening the next sentence of both), not more copied text. Likewise before the first.
 */
function trimAtSentences(steps: Step[], sentenceA: Int32Array, sentenceB: Int32Array): Step[] {
	const boundaries = (list: Step[]) => {
		const at: number[] = [];
		let lastA = -1;
		let lastB = -1;
		list.forEach((step, k) => {
			const a = 'a' in step ? sentenceA[step.a]! : lastA;
			const b = 'b' in step ? sentenceB[step.b]! : lastB;
			if (k > 0 && (a !== lastA || b !== lastB)) at.push(k);
			lastA = a;
			lastB = b;
		});
		return at;
	};
	let out = steps;
	for (let changed = true; changed && out.length > 0; ) {
		changed = false;
		const at = boundaries(out);
		if (at.length === 0) break;
		if (sameCount(out.slice(at.at(-1)!)) < MIN_SHARED_WORDS) {
			out = trimWeakEnds(out.slice(0, at.at(-1)!));
			changed = true;
		} else if (sameCount(out.slice(0, at[0]!)) < MIN_SHARED_WORDS) {
			out = trimWeakEnds(out.slice(at[0]!));
			changed = true;
		}
	}
	return out;
}

interface PairText {
	words: readonly string[];
	/** Sentence number of each word. */
	sentence: Int32Array;
}

/** Local alignment in a window around the seed at (i in A, j in B), widened until the alignment fits inside. */
function alignAround(a: PairText, b: PairText, i: number, j: number): Span | undefined {
	for (let window = WINDOW; ; window *= 2) {
		const a0 = Math.max(0, i - window);
		const a1 = Math.min(a.words.length, i + SEED_WORDS + window);
		const b0 = Math.max(0, j - window);
		const b1 = Math.min(b.words.length, j + SEED_WORDS + window);
		const raw = align(a.words.slice(a0, a1), b.words.slice(b0, b1), 'local').steps.map((s): Step => {
			if (s.op === 'dropped') return { op: s.op, a: s.a + a0 };
			if (s.op === 'added') return { op: s.op, b: s.b + b0 };
			return { op: s.op, a: s.a + a0, b: s.b + b0 };
		});
		if (raw.length === 0) return undefined;
		const first = raw.find((s) => 'a' in s && 'b' in s) as { a: number; b: number };
		const last = raw.findLast((s) => 'a' in s && 'b' in s) as { a: number; b: number };
		const atEdge = (first.a === a0 && a0 > 0) || (last.a === a1 - 1 && a1 < a.words.length) || (first.b === b0 && b0 > 0) || (last.b === b1 - 1 && b1 < b.words.length);
		if (atEdge) continue;
		const steps = trimAtSentences(trimWeakEnds(raw), a.sentence, b.sentence);
		if (steps.length === 0) return undefined;
		const inA = steps.flatMap((s) => ('a' in s ? [s.a] : []));
		const inB = steps.flatMap((s) => ('b' in s ? [s.b] : []));
		return { aFrom: inA[0]!, aTo: inA.at(-1)! + 1, bFrom: inB[0]!, bTo: inB.at(-1)! + 1, matched: sameCount(steps) };
	}
}

const covers = (span: Span, i: number, j: number) => span.aFrom <= i && i < span.aTo && span.bFrom <= j && j < span.bTo;
const overlapsBoth = (x: Span, y: Span) => x.aFrom < y.aTo && y.aFrom < x.aTo && x.bFrom < y.bTo && y.bFrom < x.bTo;

/**
 * Two-hit rule (as in gapped BLAST): a seed is extended only when a second seed of the same pair
 * lies near it, on the same or a nearby diagonal (a few words added or dropped). A lone shared
 * four-word run is usually a coincidence; a copied passage of MIN_SHARED_WORDS words almost always
 * keeps five consecutive words (two overlapping seeds) or two separate seeds. This keeps the
 * alignments few on large corpora; the calibration test measures what it costs in recall.
 */
function supported(hits: readonly [number, number][], k: number): boolean {
	const [i, j] = hits[k]!;
	for (const step of [-1, 1]) {
		for (let n = k + step; n >= 0 && n < hits.length; n += step) {
			const [i2, j2] = hits[n]!;
			if (Math.abs(i2 - i) > NEAR) break;
			if (Math.abs(i2 - j2 - (i - j)) <= NEAR_DIAGONAL && Math.abs(j2 - j) <= NEAR) return true;
		}
	}
	return false;
}
const NEAR = 32;
const NEAR_DIAGONAL = 8;

/** The shared passages of one pair of reports, from the places where they share a seed. */
function pairPassages(a: PairText, b: PairText, hits: [number, number][]): Span[] {
	hits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const tried: Span[] = [];
	const kept: Span[] = [];
	for (const [k, [i, j]] of hits.entries()) {
		if (!supported(hits, k)) continue;
		if (tried.some((span) => covers(span, i, j))) continue;
		const span = alignAround(a, b, i, j);
		if (!span) continue;
		tried.push(span);
		if (span.matched < MIN_SHARED_WORDS) continue;
		const rival = kept.findIndex((k) => overlapsBoth(k, span));
		if (rival === -1) kept.push(span);
		else if (kept[rival]!.matched < span.matched) kept[rival] = span;
	}
	return kept.sort((x, y) => x.aFrom - y.aFrom);
}

function sentenceOfEachToken(text: string, tokens: readonly Token[]): Int32Array {
	const bounds = sentenceBounds(text);
	const out = new Int32Array(tokens.length);
	let sentence = 0;
	tokens.forEach((token, k) => {
		while (sentence < bounds.length - 1 && bounds[sentence]!.end <= token.start) sentence++;
		out[k] = sentence;
	});
	return out;
}

function side(source: Source, tokens: Token[], from: number, to: number): PassageSide {
	const start = tokens[from]!.start;
	const end = tokens[to - 1]!.end;
	return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

/**
 * Every passage shared by any two reports of the corpus. Each report is tokenized once and one
 * index of all seeds finds the pairs that share anything, so unrelated reports cost nothing beyond
 * their own seeds, and alignment runs only where a seed is shared.
 */
export function findSharedPassages(corpus: Corpus): SharedPassage[] {
	const sources = corpus.sources;
	const tokens = sources.map((s) => tokenize(s.text));
	const words = tokens.map((list) => list.map((t) => t.word));
	const texts = sources.map((source, n): PairText => ({ words: words[n]!, sentence: sentenceOfEachToken(source.text, tokens[n]!) }));
	// Words become small integers and a seed's key is a 53-bit hash of its four codes: far cheaper
	// than string keys at hundreds of thousands of seeds. Two seeds that collide only cost one
	// wasted alignment, because the alignment compares the words themselves.
	const ids = new Map<string, number>();
	const codes = words.map((list) => Int32Array.from(list, (word) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1)));
	const content = words.map((list) => Uint8Array.from(list, (word) => (isFunctionWord(word) ? 0 : 1)));
	const index = new Map<number, number[]>();
	codes.forEach((list, report) => {
		for (let at = 0; at + SEED_WORDS <= list.length; at++) {
			let h1 = 0x811c9dc5;
			let h2 = 0x9747b28c;
			let contentWords = 0;
			for (let k = at; k < at + SEED_WORDS; k++) {
				h1 = Math.imul(h1 ^ list[k]!, 0x01000193);
				h2 = Math.imul(h2 ^ list[k]!, 0x5bd1e995) ^ (h2 >>> 13);
				contentWords += content[report]![k]!;
			}
			// A seed of function words only ("that he would be") is no evidence of copying.
			if (contentWords === 0) continue;
			const key = (h1 >>> 0) * 2 ** 21 + (h2 & 0x1fffff);
			const postings = index.get(key);
			// Postings pack (report, position) into one number: positions stay far below 2^24.
			if (postings) postings.push(report * 2 ** 24 + at);
			else index.set(key, [report * 2 ** 24 + at]);
		}
	});
	const hitsByPair = new Map<number, number[]>();
	for (const postings of index.values()) {
		if (postings.length < 2 || postings.length > MAX_SEED_OCCURRENCES) continue;
		for (let x = 0; x < postings.length; x++) {
			for (let y = x + 1; y < postings.length; y++) {
				const rx = Math.floor(postings[x]! / 2 ** 24);
				const ry = Math.floor(postings[y]! / 2 ** 24);
				if (rx === ry) continue;
				const pair = rx * sources.length + ry;
				// A hit packs (position in A, position in B) the same way.
				const hit = (postings[x]! % 2 ** 24) * 2 ** 24 + (postings[y]! % 2 ** 24);
				const hits = hitsByPair.get(pair);
				if (hits) hits.push(hit);
				else hitsByPair.set(pair, [hit]);
			}
		}
	}
	return [...hitsByPair.keys()]
		.sort((p, q) => p - q)
		.flatMap((pair) => {
			const x = Math.floor(pair / sources.length);
			const y = pair % sources.length;
			return pairPassages(texts[x]!, texts[y]!, hitsByPair.get(pair)!.map((hit): [number, number] => [Math.floor(hit / 2 ** 24), hit % 2 ** 24])).map((span) => {
				const sideA = side(sources[x]!, tokens[x]!, span.aFrom, span.aTo);
				const sideB = side(sources[y]!, tokens[y]!, span.bFrom, span.bTo);
				return { id: `${sideA.sourceId}-${sideA.start}-${sideA.end}~${sideB.sourceId}-${sideB.start}-${sideB.end}`, a: sideA, b: sideB, words: span.matched };
			});
		});
}

/** The two reports of a passage: how passages are grouped for lookups by report (engine/group-once.ts). */
export const passageReports = (passage: SharedPassage): readonly string[] => [passage.a.sourceId, passage.b.sourceId];

/** The passages that have a side in this report, in list order (grouped once per list: a lookup costs that report's passages). */
export function passagesIn(sourceId: string, passages: readonly SharedPassage[]): readonly SharedPassage[] {
	return groupOf(passages, passageReports, sourceId);
}

/** The passages one report shares, each seen from that report's side. */
export function passagesOf(sourceId: string, passages: readonly SharedPassage[]): { here: PassageSide; twin: PassageSide; id: string; words: number; tier: SharedPassage['tier'] }[] {
	return passagesIn(sourceId, passages)
		.map(({ a, b, id, words, tier }) => ({ ...(a.sourceId === sourceId ? { here: a, twin: b } : { here: b, twin: a }), id, words, tier }))
		.sort((x, y) => x.here.start - y.here.start);
}
