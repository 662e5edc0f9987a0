import type { Source } from '../engine/corpus.ts';
import { skeleton } from '../corpus/look-alikes.ts';
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

/** A change that touches who the words are attributed to, stated in words. */
export interface AttributionChange {
	kind: 'dropped' | 'added' | 'changed';
	/** The attribution as the first version has it (dropped, changed). */
	from?: string;
	/** The attribution as the second version has it (added, changed). */
	to?: string;
}

export interface TwinDiff {
	/** The first version (the likely original when the lineage has a direction) and the second. */
	from: PassageSide;
	to: PassageSide;
	parts: DiffPart[];
	attribution: AttributionChange[];
	/** Words only the first version has, only the second has, and changed between them. */
	counts: { dropped: number; added: number; changed: number };
}

/**
 * Words that attribute a statement to someone: reporting verbs and the sources they name. A change
 * that drops or alters any of them changes who says the words, which a reader must see.
 */
/** Words that say who spoke, as tokens compare them (confusable skeletons: «claimed» is «clairned»). */
const ATTRIBUTION = new Set('said|says|say|told|tells|according|reported|reports|report|stated|states|wrote|writes|added|adds|explained|claimed|claims|noted|announced|confirmed|acknowledged|insisted|official|officials|source|sources|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|person|people'.split('|').map((word) => skeleton(word)));

const isAttribution = (text: string) => tokenize(text).some((t) => ATTRIBUTION.has(t.word));

function wholeSentences(source: Source, side: PassageSide): PassageSide {
	const bounds = enclosingSentences(sentenceBounds(source.text), side.start, side.end);
	return { sourceId: source.id, ...bounds, text: source.text.slice(bounds.start, bounds.end) };
}

const sliceOf = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to]!.end);

/** The word-level diff of `passage` read from report `fromId` to its twin. */
export function twinDiff(passage: SharedPassage, fromId: string, sources: ReadonlyMap<string, Source>): TwinDiff {
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
	const attribution: AttributionChange[] = [];
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
			if (isAttribution(fromText)) attribution.push({ kind: 'dropped', from: fromText });
		} else if (inFrom.length === 0) {
			parts.push({ kind: 'added', text: toText });
			counts.added += inTo.length;
			if (isAttribution(toText)) attribution.push({ kind: 'added', to: toText });
		} else {
			parts.push({ kind: 'changed', from: fromText, to: toText });
			counts.changed += Math.max(inFrom.length, inTo.length);
			if (isAttribution(fromText) || isAttribution(toText)) attribution.push({ kind: 'changed', from: fromText, to: toText });
		}
		k = end;
	}
	return { from, to, parts, attribution, counts };
}

/** The attribution changes of a diff as sentences, naming both reports. */
export function describeAttribution(change: AttributionChange, fromId: string, toId: string): string {
	if (change.kind === 'dropped') return `Dropped attribution: report ${fromId} has “${change.from}”; report ${toId}’s version of the passage leaves it out.`;
	if (change.kind === 'added') return `Added attribution: report ${toId} has “${change.to}”, which report ${fromId}’s version of the passage does not.`;
	return `Changed attribution: report ${fromId} has “${change.from}” where report ${toId} has “${change.to}”.`;
}
