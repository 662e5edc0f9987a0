import type { Source } from '../engine/corpus.ts';
import type { AttributionFrame } from '../reading/attribution.ts';
import { frameChanges, quotationChanges, type QuotationChange } from './twin-notes.ts';
import { enclosingSentences, sentenceBounds } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';
import { align } from './word-alignment.ts';
import type { PassageSide, SharedPassage } from './shared-passages.ts';

/**
 * What one version of a shared passage changed in the other, word by word. Both sides are widened
 * to the whole sentences they sit in, because what a copy leaves out (above all "A senior
 * administration official said that") lies just outside the words the two reports share.
 */
export type DiffPart =
	| { kind: 'same'; text: string }
	| { kind: 'dropped'; text: string }
	| { kind: 'added'; text: string }
	| { kind: 'changed'; from: string; to: string };

/** A change of who the words are given to: a frame the editors recorded (attributions.yaml) dropped, added or changed. */
export interface AttributionChange {
	kind: 'dropped' | 'added' | 'changed';
	/** The frame as the first version has it (dropped, changed), and who it gives the words to. */
	from?: string;
	fromWho?: string;
	/** The frame as the second version has it (added, changed), and who it gives the words to. */
	to?: string;
	toWho?: string;
}
export type { QuotationChange } from './twin-notes.ts';

export interface TwinDiff {
	/** The first version (the likely original when the lineage has a direction) and the second. */
	from: PassageSide;
	to: PassageSide;
	parts: DiffPart[];
	attribution: AttributionChange[];
	/** Words in quotation marks in one version and not in the other. */
	quotation: QuotationChange[];
	/** Words only the first version has, only the second has, and changed between them. */
	counts: { dropped: number; added: number; changed: number };
}

function wholeSentences(source: Source, side: PassageSide): PassageSide {
	const bounds = enclosingSentences(sentenceBounds(source.text), side.start, side.end);
	return { sourceId: source.id, ...bounds, text: source.text.slice(bounds.start, bounds.end) };
}

const sliceOf = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to]!.end);

/**
 * The word-level diff of `passage` read from report `fromId` to its twin. Attribution changes are
 * read from the frames the editors recorded for the two reports (`frames`), never guessed from
 * reporting verbs: without recorded frames there are none.
 */
export function twinDiff(passage: SharedPassage, fromId: string, sources: ReadonlyMap<string, Source>, frames: readonly AttributionFrame[] = []): TwinDiff {
	const [first, second] = passage.a.sourceId === fromId ? [passage.a, passage.b] : [passage.b, passage.a];
	const from = wholeSentences(sources.get(first.sourceId)!, first);
	const to = wholeSentences(sources.get(second.sourceId)!, second);
	const tokensFrom = tokenize(from.text);
	const tokensTo = tokenize(to.text);
	const { steps } = align(
		tokensFrom.map((t) => t.word),
		tokensTo.map((t) => t.word),
		'global',
	);
	const parts: DiffPart[] = [];
	const counts = { dropped: 0, added: 0, changed: 0 };
	// Runs of identical words become one part; the columns between two runs become one change.
	for (let k = 0; k < steps.length; ) {
		const same = steps[k]!.op === 'same';
		let end = k;
		while (end < steps.length && (steps[end]!.op === 'same') === same) end++;
		const run = steps.slice(k, end);
		const inFrom = run.flatMap((s) => ('a' in s ? [s.a] : []));
		const inTo = run.flatMap((s) => ('b' in s ? [s.b] : []));
		const fromText = inFrom.length > 0 ? sliceOf(from.text, tokensFrom, inFrom[0]!, inFrom.at(-1)!) : '';
		const toText = inTo.length > 0 ? sliceOf(to.text, tokensTo, inTo[0]!, inTo.at(-1)!) : '';
		if (same) parts.push({ kind: 'same', text: toText });
		else if (inTo.length === 0) {
			parts.push({ kind: 'dropped', text: fromText });
			counts.dropped += inFrom.length;
		} else if (inFrom.length === 0) {
			parts.push({ kind: 'added', text: toText });
			counts.added += inTo.length;
		} else {
			parts.push({ kind: 'changed', from: fromText, to: toText });
			counts.changed += Math.max(inFrom.length, inTo.length);
		}
		k = end;
	}
	const versions = { from: { side: from, tokens: tokensFrom }, to: { side: to, tokens: tokensTo } };
	return { from, to, parts, attribution: frameChanges(versions, steps, frames), quotation: quotationChanges(versions, steps), counts };
}

/** The attribution changes of a diff as sentences, naming both reports. */
export function describeAttribution(change: AttributionChange, fromId: string, toId: string): string {
	if (change.kind === 'dropped') return `Dropped attribution: report ${fromId} has “${change.from}”, giving the words to ${change.fromWho}; report ${toId}’s version of the passage leaves it out.`;
	if (change.kind === 'added') return `Added attribution: report ${toId} has “${change.to}”, giving the words to ${change.toWho}, which report ${fromId}’s version of the passage does not.`;
	return `Changed attribution: report ${fromId} has “${change.from}”, giving the words to ${change.fromWho}, where report ${toId} has “${change.to}”, giving them to ${change.toWho}.`;
}

/** A quotation turned into a paraphrase (or back) as a sentence, naming both reports. */
export function describeQuotation(change: QuotationChange, fromId: string, toId: string): string {
	if (change.kind === 'unquoted') return `Quotation turned into paraphrase: report ${fromId} gives “${change.text}” in quotation marks, as someone’s words; report ${toId} has the same words without them.`;
	return `Paraphrase turned into quotation: report ${toId} puts “${change.text}” in quotation marks, as someone’s words; report ${fromId} has the same words without them.`;
}
