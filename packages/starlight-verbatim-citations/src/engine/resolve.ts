import { closestPassage, firstDifference, type FirstDifference } from './closest.ts';
import type { Corpus, Source } from './corpus.ts';
import { paragraphAt } from './paragraphs.ts';
import { cutEnds, findAll, normaliseQuote, originalRange, widenToWholeWords, widenToWords, type FoldedText } from './verbatim.ts';
import { spanId } from './anchors.ts';
import { DEFAULT_OPTIONS } from '../schemas/options.ts';


/** A quote located in its report. */
export interface ResolvedCitation {
	sourceId: string;
	/** The quote as the editor wrote it. */
	quote: string;
	/** The report's exact characters at `[start, end)`: what the reader is shown. */
	text: string;
	start: number;
	end: number;
	paragraph: number;
	/** Fragment id of the highlighted span on the source page. */
	fragment: string;
}

/** A passage of a report, for error messages. */
export interface Passage {
	start: number;
	end: number;
	paragraph: number | undefined;
	text: string;
}

/** Why a citation could not be resolved. Each code has a message in `citation-messages.ts`. */
export type CitationProblem =
	| { code: 'unknown-source'; sourceId: string; knownIds: string[] }
	| { code: 'quote-empty'; sourceId: string }
	| { code: 'quote-too-short'; sourceId: string; quote: string; minimum: number }
	| {
			code: 'quote-not-found';
			sourceId: string;
			quote: string;
			closest: Passage | undefined;
			difference: FirstDifference | undefined;
	  }
	| { code: 'quote-in-other-source'; sourceId: string; quote: string; foundIn: string[] }
	| {
			code: 'quote-ambiguous';
			sourceId: string;
			quote: string;
			/** Each place the quote occurs, with the shortest longer quote that lands only there. */
			occurrences: (Passage & { suggestion: string | undefined })[];
	  }
	| { code: 'quote-spans-paragraphs'; sourceId: string; quote: string; paragraphs: number[] }
	| {
			code: 'quote-cuts-word';
			sourceId: string;
			quote: string;
			/** Which end of the match lies inside a word of the report. */
			cut: 'start' | 'end' | 'both';
			/** The report's words that were cut, in order. */
			words: string[];
			/** The match widened to whole words: the quote to use. */
			suggestion: string;
			passage: Passage;
	  };

export type CitationProblemCode = CitationProblem['code'];

export type Resolution =
	| { ok: true; citation: ResolvedCitation }
	| { ok: false; problem: CitationProblem };

function passage(source: Source, start: number, end: number): Passage {
	return {
		start,
		end,
		paragraph: paragraphAt(source.paragraphs, start)?.number,
		text: source.text.slice(start, end),
	};
}

/** An occurrence of a quote: where it is, and whether it starts or ends inside a word. */
interface Occurrence extends Passage {
	/** Offset in the folded text. */
	at: number;
	cuts: { start: boolean; end: boolean };
}

function occurrencesIn(source: Source, normalised: string): Occurrence[] {
	return findAll(source.folded.text, normalised).map((at) => {
		const [start, end] = originalRange(source.folded, at, at + normalised.length);
		return { ...passage(source, start, end), at, cuts: cutEnds(source.text, start, end) };
	});
}

const isWhole = (occurrence: Occurrence) => !occurrence.cuts.start && !occurrence.cuts.end;

/** The problem of a quote whose only occurrences cut a word: names the words, offers whole ones. */
function cutsWord(source: Source, quote: string, occurrence: Occurrence): CitationProblem {
	const { text } = source;
	const { start, end, cuts } = occurrence;
	const wordAround = (at: number) => {
		const [from, to] = widenToWholeWords(text, at, at);
		return text.slice(from, to);
	};
	const words = [...(cuts.start ? [wordAround(start)] : []), ...(cuts.end ? [wordAround(end)] : [])];
	const [from, to] = widenToWholeWords(text, start, end);
	return {
		code: 'quote-cuts-word',
		sourceId: source.id,
		quote,
		cut: cuts.start && cuts.end ? 'both' : cuts.start ? 'start' : 'end',
		words,
		suggestion: text.slice(from, to),
		passage: passage(source, start, end),
	};
}

/** How many words a suggested quote may add to the editor's: past that, quote a different passage. */
const MAX_ADDED_WORDS = 40;
/** Occurrences given a longer quote of their own; a phrase found more often says too little to cite. */
const MAX_SUGGESTIONS = 12;

/**
 * The shortest extension of the occurrence at folded `[from, to)`, in whole words and within its
 * paragraph (a quote may not run across paragraphs), that occurs once in the report: the quote that
 * lands on this occurrence and no other. Fewest added words first; at equal length, more words after
 * than before (a quote reads on more naturally than back).
 */
function uniqueExtension(source: Source, from: number, to: number): string | undefined {
	const folded = source.folded.text;
	const [start] = originalRange(source.folded, from, to);
	const paragraph = paragraphAt(source.paragraphs, start);
	const low = paragraph ? foldedOffset(source.folded, paragraph.start) : 0;
	const high = paragraph ? foldedOffset(source.folded, paragraph.end) : folded.length;
	// Word starts before the quote, nearest first; word ends after it, nearest first.
	const before: number[] = [];
	for (let at = from - 1; at > low && before.length < MAX_ADDED_WORDS; at--) if (folded[at - 1] === ' ') before.push(at);
	if (from > low && before.length < MAX_ADDED_WORDS && before.at(-1) !== low) before.push(low);
	const after: number[] = [];
	for (let at = to + 1; at < high && after.length < MAX_ADDED_WORDS; at++) if (folded[at] === ' ') after.push(at);
	if (to < high && after.length < MAX_ADDED_WORDS && after.at(-1) !== high) after.push(high);
	for (let added = 1; added <= before.length + after.length; added++) {
		for (let right = Math.min(added, after.length); right >= 0; right--) {
			const left = added - right;
			if (left > before.length) break;
			const [a, b] = [left === 0 ? from : before[left - 1]!, right === 0 ? to : after[right - 1]!];
			const candidate = folded.slice(a, b);
			if (folded.indexOf(candidate, folded.indexOf(candidate) + 1) !== -1) continue;
			const [s, e] = originalRange(source.folded, a, b);
			return source.text.slice(s, e);
		}
	}
	return undefined;
}

/** The first folded offset whose original offset is at or after `at` (offsets only grow). */
function foldedOffset(folded: FoldedText, at: number): number {
	let low = 0;
	let high = folded.offsets.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (folded.offsets[middle]! < at) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The closest passage, each paragraph a segment of one search over the whole report (so its cost
 * is one pass, not one per paragraph): a quote cannot run across paragraphs, so neither may the
 * passage suggested in its place. Returns original offsets, widened to whole words.
 */
function closestWithinParagraphs(source: Source, normalised: string): [number, number] | undefined {
	const { folded } = source;
	const segments = source.paragraphs.map((p) => [foldedOffset(folded, p.start), foldedOffset(folded, p.end)] as const);
	const near = closestPassage(folded.text, normalised, segments);
	if (!near) return undefined;
	// Whole words: "is stro" tells an editor less than "is strong". A paragraph break folds to a
	// space, which stops the widening, so the passage stays in its paragraph.
	const [from, to] = widenToWords(folded.text, near.start, near.end);
	return originalRange(folded, from, to);
}

function notFound(source: Source, quote: string, normalised: string): CitationProblem {
	const near = closestWithinParagraphs(source, normalised);
	if (!near) {
		return { code: 'quote-not-found', sourceId: source.id, quote, closest: undefined, difference: undefined };
	}
	const [start, end] = near;
	const closest = passage(source, start, end);
	return {
		code: 'quote-not-found',
		sourceId: source.id,
		quote,
		closest,
		difference: firstDifference(normaliseQuote(closest.text), normalised),
	};
}

/**
 * Resolves a (source id, quote) pair to the one place in that report where the quote occurs,
 * under the rule in `verbatim.ts`. Quotes shorter than `minLength` (after folding whitespace) say
 * too little to check and usually occur many times. Never throws: problems are returned as values for the caller to
 * collect and report together.
 */
export function resolveCitation(corpus: Corpus, sourceId: string, quote: string, minLength = DEFAULT_OPTIONS.minQuoteLength): Resolution {
	const source = corpus.byId.get(sourceId);
	if (!source) {
		return {
			ok: false,
			problem: { code: 'unknown-source', sourceId, knownIds: corpus.sources.map((s) => s.id) },
		};
	}
	const normalised = normaliseQuote(quote);
	if (normalised === '') return { ok: false, problem: { code: 'quote-empty', sourceId } };
	if (normalised.length < minLength) {
		return {
			ok: false,
			problem: { code: 'quote-too-short', sourceId, quote, minimum: minLength },
		};
	}
	const all = occurrencesIn(source, normalised);
	// Only whole-word occurrences are quotes of the report; "likely" inside "unlikely" is not.
	const found = all.filter(isWhole);
	if (all.length > 0 && found.length === 0) return { ok: false, problem: cutsWord(source, quote, all[0]!) };
	if (found.length === 0) {
		const foundIn = corpus.sources
			.filter((other) => other !== source && occurrencesIn(other, normalised).some(isWhole))
			.map((other) => other.id);
		if (foundIn.length > 0) {
			return { ok: false, problem: { code: 'quote-in-other-source', sourceId, quote, foundIn } };
		}
		return { ok: false, problem: notFound(source, quote, normalised) };
	}
	if (found.length > 1) {
		return {
			ok: false,
			problem: {
				code: 'quote-ambiguous',
				sourceId,
				quote,
				occurrences: found.map(({ start, end, paragraph, text, at }, i) => ({
					start,
					end,
					paragraph,
					text,
					suggestion: i < MAX_SUGGESTIONS ? uniqueExtension(source, at, at + normalised.length) : undefined,
				})),
			},
		};
	}
	const { start, end, paragraph, text } = found[0]!;
	const last = paragraphAt(source.paragraphs, end - 1)?.number;
	if (paragraph === undefined || last !== paragraph) {
		const paragraphs = [paragraph, last].filter((n): n is number => n !== undefined);
		return { ok: false, problem: { code: 'quote-spans-paragraphs', sourceId, quote, paragraphs } };
	}
	return {
		ok: true,
		citation: { sourceId, quote, text, start, end, paragraph, fragment: spanId(start, end) },
	};
}
