import type { Corpus } from '../../engine/corpus.ts';
import { contentWords, type ContentWord } from './content-words.ts';
import { sentenceBounds } from '../sentences.ts';
import type { SharedPassage } from '../shared-passages.ts';
import { frequentSenses } from './wordnet-senses.ts';

/**
 * Tier two of the lineage: reworded copies that keep too few identical words in a row for the exact
 * tier (shared-passages.ts) — reordered, renamed ("the State Department" → "the Department of
 * State"), turned to the passive, a quotation turned into reported speech, two sentences merged.
 *
 * Method: sentence alignment on content words (content-words.ts: lemmas, look-alikes, compounds
 * folded), as text-reuse detectors for obfuscated plagiarism do (PAN text alignment, Potthast et
 * al. 2014). Each sentence is a set of content words weighted by rarity across the corpus's
 * sentences (idf); an inverted index of the words seeds the pairs, so only sentences that share
 * several rare words are ever compared. A pair is scored by the weight of its matched words
 * (identical lemmas, WordNet synonyms of a frequent sense, an acronym and the name it stands for)
 * over the weight of each sentence; one sentence is also scored against two adjacent ones of the
 * other report (a merge or a split). The thresholds are calibrated on the gold set of
 * bench/paraphrase.ts: paraphrase obfuscations of the reports' own sentences, against pairs of
 * sentences of different reports telling the same event in their own words.
 */

/**
 * A pair is a reworded copy in one of two ways: most of both sentences matches (a whole sentence
 * reworded: score ≥ MIN_SCORE with evidence ≥ MIN_EVIDENCE), or a long stretch of rare words matches
 * inside longer sentences (a clause copied and reworded: score ≥ MIN_CLAUSE_SCORE with evidence ≥
 * MIN_CLAUSE_EVIDENCE). Calibrated on the gold set of bench/paraphrase.ts.
 */
export const MIN_SCORE = 0.45;
export const MIN_EVIDENCE = 4.5;
export const MIN_CLAUSE_SCORE = 0.28;
export const MIN_CLAUSE_EVIDENCE = 7.5;
/** Fewer matched content words than this is a stock phrase or a shared name, not a copy. */
export const MIN_MATCHED = 6;
/** Sentences with fewer content words are too short to tell a copy from a coincidence. */
const MIN_WORDS = 6;
/** A word in more sentences than this is not used as a seed (it still counts in the score). */
const MAX_POSTINGS = 64;
/** A word in every report still counts a little: reports that copy each other share the cast too. */
const MIN_WEIGHT = 0.05;
/** Seeds two sentences must share before they are scored. */
const MIN_SEEDS = 3;

interface Sentence {
	report: number;
	/** Index of the sentence within its report. */
	at: number;
	start: number;
	end: number;
	words: ContentWord[];
	keys: Set<string>;
	pairs: Set<string>;
}

interface Side {
	sentences: Sentence[];
	keys: Set<string>;
	words: ContentWord[];
	pairs: Set<string>;
}

/**
 * Neighbouring content words, in either order ("executive order", "Muslim majority" / "majority
 * Muslim"): a rewording keeps most of its phrases, two retellings of one event share words but few
 * phrases beyond the names every report uses.
 */
const pairsOf = (words: readonly ContentWord[]) => new Set(words.slice(1).map((w, k) => [words[k]!.key, w.key].sort().join(' ')));

const sideOf = (sentences: Sentence[]): Side => ({
	sentences,
	keys: new Set(sentences.flatMap((s) => [...s.keys])),
	words: sentences.flatMap((s) => s.words),
	pairs: new Set(sentences.flatMap((s) => [...s.pairs])),
});

export interface RewordedScore {
	/** The mean of `words` and `phrases`. */
	score: number;
	/** Weight of the matched content words over the geometric mean of the two sides' weights. */
	words: number;
	/** The same for neighbouring pairs of content words (phrases). */
	phrases: number;
	matched: number;
	/** The matched words' weight, in rare words (a word only the two reports have weighs 1). */
	evidence: number;
}

const sensesCache = new Map<string, readonly string[]>();
const sensesOf = (key: string) => sensesCache.get(key) ?? sensesCache.set(key, frequentSenses(key)).get(key)!;
const synonymous = (x: string, y: string) => {
	const senses = sensesOf(y);
	return senses.length > 0 && sensesOf(x).some((s) => senses.includes(s));
};

/** Initials of each run of capitalised words (with and without the small words inside: "Department of Justice" → "dj", "doj"). */
function nameInitials(text: string, side: Side): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const sentence of side.sentences) {
		const slice = text.slice(sentence.start, sentence.end);
		for (const run of slice.matchAll(/\p{Lu}[\p{L}’']*(?:\s+(?:(?:of|the|and|for)\s+)?\p{Lu}[\p{L}’']*)+/gu)) {
			const words = run[0].split(/\s+/);
			const keys = sentence.words.filter((w) => w.start >= sentence.start + run.index && w.end <= sentence.start + run.index + run[0].length).map((w) => w.key);
			for (const initials of [words.map((w) => w[0]).join(''), words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')]) out.set(initials.toLowerCase(), keys);
		}
	}
	return out;
}

/** The weighted overlap of two sides; `weight` gives a content word's rarity. */
export function scorePair(x: Side, y: Side, weight: (key: string) => number, texts: readonly [string, string], pairWeight: (pair: string) => number): RewordedScore {
	let matched = 0;
	let count = 0;
	const xOnly = [...x.keys].filter((k) => !y.keys.has(k));
	const yOnly = new Set([...y.keys].filter((k) => !x.keys.has(k)));
	for (const key of x.keys) {
		if (y.keys.has(key)) {
			matched += weight(key);
			count++;
		}
	}
	// Synonyms: each word of one side may stand for one word of the other, at the weight of the commoner.
	for (const key of xOnly) {
		const twin = [...yOnly].find((other) => synonymous(key, other));
		if (twin === undefined) continue;
		yOnly.delete(twin);
		matched += Math.min(weight(key), weight(twin));
		count++;
	}
	// An acronym on one side and the name it abbreviates on the other ("U.S." and "United States").
	for (const [from, to, text] of [[x, y, texts[1]], [y, x, texts[0]]] as const) {
		const initials = nameInitials(text, to);
		for (const word of from.words.filter((w) => w.acronym && !to.keys.has(w.key))) {
			const name = initials.get(word.key);
			if (!name) continue;
			matched += weight(word.key);
			count++;
		}
	}
	const total = (side: Side) => [...side.keys].reduce((n, k) => n + weight(k), 0);
	const [wx, wy] = [total(x), total(y)];
	const pairTotal = (side: Side) => [...side.pairs].reduce((n, p) => n + pairWeight(p), 0);
	const pairsMatched = [...x.pairs].filter((p) => y.pairs.has(p)).reduce((n, p) => n + pairWeight(p), 0);
	const phrases = pairsMatched / Math.sqrt(pairTotal(x) * pairTotal(y) || 1);
	const words = matched / Math.sqrt(wx * wy);
	return { score: (words + phrases) / 2, words, phrases, matched: count, evidence: matched };
}

export const isReworded = (s: RewordedScore) =>
	s.matched >= MIN_MATCHED && ((s.score >= MIN_SCORE && s.evidence >= MIN_EVIDENCE) || (s.score >= MIN_CLAUSE_SCORE && s.evidence >= MIN_CLAUSE_EVIDENCE));

/**
 * Every reworded copy between two reports of the corpus, as passages of whole sentences (tier
 * 'reworded'), leaving out any pair of sentences that a passage of `exact` already joins.
 */
export function findRewordedPassages(corpus: Corpus, exact: readonly SharedPassage[] = []): SharedPassage[] {
	const sources = corpus.sources;
	const byReport: Sentence[][] = sources.map((source, report) =>
		sentenceBounds(source.text).map((b, at) => {
			const words = contentWords(source.text, b.start, b.end);
			return { report, at, start: b.start, end: b.end, words, keys: new Set(words.map((w) => w.key)), pairs: pairsOf(words) };
		}),
	);
	const all = byReport.flat();
	const postings = new Map<string, Sentence[]>();
	for (const sentence of all) for (const key of sentence.keys) (postings.get(key) ?? postings.set(key, []).get(key)!).push(sentence);
	// Rarity across reports, not sentences: a word every report uses (the story's cast: "Sessions",
	// "attorney general") is no evidence that one copied another, a word two reports share is.
	const reportsWith = new Map<string, number>();
	for (const [key, list] of postings) reportsWith.set(key, new Set(list.map((s) => s.report)).size);
	const pairReports = new Map<string, Set<number>>();
	for (const sentence of all) for (const pair of sentence.pairs) (pairReports.get(pair) ?? pairReports.set(pair, new Set()).get(pair)!).add(sentence.report);
	// Scaled so that a word only two reports have weighs 1 whatever the corpus size: the evidence of
	// a pair is then counted in "rare words", as the exact tier counts identical words.
	const scale = Math.log((sources.length + 1) / 2) + MIN_WEIGHT;
	const weight = (key: string) => (Math.log((sources.length + 1) / (reportsWith.get(key) ?? 1)) + MIN_WEIGHT) / scale;
	const pairWeight = (pair: string) => (Math.log((sources.length + 1) / (pairReports.get(pair)?.size ?? 1)) + MIN_WEIGHT) / scale;

	// Seeds: pairs of sentences of different reports sharing at least MIN_SEEDS rare words.
	const found: { x: Side; y: Side; score: RewordedScore }[] = [];
	// The exact passages grouped by pair of reports once: a candidate looks only at its own pair's.
	const exactByPair = new Map<string, SharedPassage[]>();
	for (const p of exact) {
		const key = [p.a.sourceId, p.b.sourceId].sort().join('\u0000');
		(exactByPair.get(key) ?? exactByPair.set(key, []).get(key)!).push(p);
	}
	const inExact = (x: Sentence, y: Sentence) => {
		const [a, b] = [sources[x.report]!.id, sources[y.report]!.id];
		const list = exactByPair.get([a, b].sort().join('\u0000'));
		if (!list) return false;
		const [sa, sb] = [x, y];
		return list.some((p) => {
			const [pa, pb] = p.a.sourceId === a ? [p.a, p.b] : [p.b, p.a];
			return pa.start < sa.end && sa.start < pa.end && pb.start < sb.end && sb.start < pb.end;
		});
	};
	for (const x of all) {
		if (x.keys.size < MIN_WORDS) continue;
		const shared = new Map<Sentence, number>();
		for (const key of x.keys) {
			const list = postings.get(key)!;
			if (list.length > MAX_POSTINGS) continue;
			for (const y of list) if (y.report > x.report) shared.set(y, (shared.get(y) ?? 0) + 1);
		}
		for (const [y, seeds] of shared) {
			if (seeds < MIN_SEEDS || inExact(x, y)) continue;
			const texts = [sources[x.report]!.text, sources[y.report]!.text] as const;
			const neighbours = (s: Sentence, step: number) => byReport[s.report]![s.at + step];
			// The sentence pair, then one side widened by its neighbour before or after (a merge or a split).
			const options: [Sentence[], Sentence[]][] = [[[x], [y]]];
			for (const step of [-1, 1]) {
				const nx = neighbours(x, step);
				const ny = neighbours(y, step);
				if (ny) options.push([[x], step < 0 ? [ny, y] : [y, ny]]);
				if (nx) options.push([step < 0 ? [nx, x] : [x, nx], [y]]);
			}
			const scored = options.map(([xs, ys]) => {
				const [sx, sy] = [sideOf(xs), sideOf(ys)];
				return { x: sx, y: sy, score: scorePair(sx, sy, weight, texts, pairWeight) };
			});
			const best = scored.filter((s) => isReworded(s.score)).sort((p, q) => q.score.score - p.score.score)[0];

			if (best) found.push(best);
		}
	}
	// One passage per place: of overlapping finds between the same two reports, the best scored.
	found.sort((p, q) => q.score.score - p.score.score);
	const kept: typeof found = [];
	const overlap = (p: Side, q: Side) => p.sentences[0]!.report === q.sentences[0]!.report && p.sentences.some((s) => q.sentences.includes(s));
	for (const f of found) if (!kept.some((k) => overlap(k.x, f.x) && overlap(k.y, f.y))) kept.push(f);
	return kept
		.map(({ x, y, score }) => {
			const side = (s: Side) => {
				const source = sources[s.sentences[0]!.report]!;
				const start = s.sentences[0]!.start;
				const end = s.sentences.at(-1)!.end;
				return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
			};
			const [a, b] = [side(x), side(y)];
			return { id: `${a.sourceId}-${a.start}-${a.end}~${b.sourceId}-${b.start}-${b.end}`, a, b, words: score.matched, tier: 'reworded' as const, score: +score.score.toFixed(3) };
		})
		.sort((p, q) => p.a.sourceId.localeCompare(q.a.sourceId) || p.b.sourceId.localeCompare(q.b.sourceId) || p.a.start - q.a.start);
}
