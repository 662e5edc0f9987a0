import { closestPassages } from '../engine/closest.ts';
import { jsxString } from '../engine/jsx-string.ts';
import type { Corpus, Source } from '../engine/corpus.ts';
import { paragraphAt } from '../engine/paragraphs.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { findAll, normaliseQuote, originalRange, widenToWords } from '../engine/verbatim.ts';

/** How a hit matched the phrase: as the build would accept it, loosely, or only approximately. */
export type MatchKind = 'exact' | 'loose' | 'close';

export interface QuoteHit {
	kind: MatchKind;
	sourceId: string;
	paragraph: number | undefined;
	start: number;
	end: number;
	/** The report's exact characters: what to paste into quote="…". */
	text: string;
	before: string;
	after: string;
	/** A tag that passes the build, or undefined when the words occur more than once and no longer unique quote was found. */
	tag: string | undefined;
	/** Why the tag quotes more than the hit, or why there is no tag. */
	note: string | undefined;
}

/**
 * Loose form for searching only, never for verifying: case, quote marks, apostrophes and dashes are
 * folded, one character for one so offsets still line up.
 */
function loosen(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-');
}

export function citationTag(sourceId: string, quote: string, component = 'Cite'): string {
	return `<${component} source="${sourceId}" quote=${jsxString(quote.replace(/\s+/g, ' ').trim())} />`;
}

function words(text: string, count: number, fromEnd: boolean): string {
	const parts = text.replace(/\s+/g, ' ').trim().split(' ');
	return (fromEnd ? parts.slice(-count) : parts.slice(0, count)).join(' ');
}

function hit(corpus: Corpus, source: Source, kind: MatchKind, start: number, end: number): QuoteHit {
	const text = source.text.slice(start, end);
	const paragraph = paragraphAt(source.paragraphs, start);
	const resolution = resolveCitation(corpus, source.id, text);
	let tag: string | undefined;
	let note: string | undefined;
	if (resolution.ok) {
		tag = citationTag(source.id, text);
	} else if (resolution.problem.code === 'quote-ambiguous') {
		// The tag for this occurrence, not the first one: each hit lands on its own place.
		const own = resolution.problem.occurrences.find((o) => o.start <= start && o.end >= end)?.suggestion;
		const times = `these words occur ${resolution.problem.occurrences.length} times in report ${source.id}`;
		tag = own === undefined ? undefined : citationTag(source.id, own);
		note = own === undefined ? `${times}, and no longer quote within this paragraph occurs once: quote another passage` : `${times}; the tag quotes enough to land here alone`;
	} else {
		note = `no tag: ${resolution.problem.code}`;
	}
	return {
		kind,
		sourceId: source.id,
		paragraph: paragraph?.number,
		start,
		end,
		text,
		before: words(source.text.slice(paragraph?.start ?? 0, start), 6, true),
		after: words(source.text.slice(end, paragraph?.end ?? source.text.length), 6, false),
		tag,
		note,
	};
}

/**
 * Finds a phrase in the reports: exact matches (as the build checks them) first; failing those,
 * matches ignoring case, quote style and dash style; failing those, the closest passages.
 */
export function findQuote(corpus: Corpus, phrase: string, maxClose = 3): QuoteHit[] {
	const wanted = normaliseQuote(phrase);
	if (wanted === '') return [];
	const exact = corpus.sources.flatMap((source) =>
		findAll(source.folded.text, wanted).map((at) => {
			const [start, end] = originalRange(source.folded, at, at + wanted.length);
			return hit(corpus, source, 'exact', start, end);
		}),
	);
	if (exact.length > 0) return exact;
	const loose = corpus.sources.flatMap((source) =>
		findAll(loosen(source.folded.text), loosen(wanted)).map((at) => {
			const [start, end] = originalRange(source.folded, at, at + wanted.length);
			return hit(corpus, source, 'loose', start, end);
		}),
	);
	if (loose.length > 0) return loose;
	const limit = Math.max(2, Math.floor(wanted.length * 0.35));
	// All reports in one search, each a segment, so the costly comparison runs on the few best
	// places in the whole corpus (the separator is a space: nothing to match across it).
	const starts: number[] = [];
	let joined = '';
	for (const source of corpus.sources) {
		starts.push(joined.length);
		joined += `${loosen(source.folded.text)} `;
	}
	const segments = corpus.sources.map((source, i) => [starts[i]!, starts[i]! + source.folded.text.length] as const);
	return closestPassages(joined, loosen(wanted), { segments, maxDistance: limit, count: maxClose }).map((near) => {
		const index = segments.findIndex(([start, end]) => near.start >= start && near.end <= end);
		const source = corpus.sources[index]!;
		const [from, to] = widenToWords(source.folded.text, near.start - starts[index]!, near.end - starts[index]!);
		const [start, end] = originalRange(source.folded, from, to);
		return hit(corpus, source, 'close', start, end);
	});
}

const HEADINGS: Record<MatchKind, string> = {
	exact: 'exact match',
	loose: 'matches only if case, quote marks or dashes are ignored; the tag uses the report’s characters',
	close: 'close match, not the same words',
};

/** The finder's output for a terminal. */
export function formatHits(phrase: string, hits: readonly QuoteHit[]): string {
	if (hits.length === 0) {
		return `No report contains anything close to «${normaliseQuote(phrase)}».\nTry fewer words, or check the spelling; reports are in docs-data/sources/.`;
	}
	const blocks = hits.map((h) =>
		[
			`report ${h.sourceId}, paragraph ${h.paragraph ?? '?'} (${HEADINGS[h.kind]})`,
			`  …${h.before} [${h.text.replace(/\s+/g, ' ')}] ${h.after}…`,
			h.tag ? `  ${h.tag}` : undefined,
			h.note ? `  note: ${h.note}` : undefined,
		]
			.filter(Boolean)
			.join('\n'),
	);
	return `${hits.length} ${hits.length === 1 ? 'hit' : 'hits'} for «${normaliseQuote(phrase)}»:\n\n${blocks.join('\n\n')}`;
}
