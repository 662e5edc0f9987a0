import { datelineBasis } from '../corpus/dateline-evidence.ts';
import type { Corpus } from '../engine/corpus.ts';
import { sentenceBounds } from './sentences.ts';
import type { SharedPassage } from './shared-passages.ts';
import { tokenize } from './tokens.ts';
import { twinDiff, type TwinDiff } from './twin-diff.ts';
import type { AttributionFrame } from '../reading/attribution.ts';

/** Which way the copying most likely went between two reports, and why. */
export interface Direction {
	from: string;
	to: string;
	/** The evidence, as a sentence. */
	basis: string;
}

/** What two reports share, for one pair. */
export interface PairLineage {
	a: string;
	b: string;
	/** Words and sentences of each report inside passages it shares with the other. */
	words: Record<string, number>;
	sentences: Record<string, number>;
	direction: Direction | undefined;
	/** Each shared passage, diffed from the likely original to the copy (or from `a` to `b`). */
	twins: { passage: SharedPassage; diff: TwinDiff }[];
}

const wordCount = (text: string) => tokenize(text).length;

/**
 * The lineage of every pair of reports that shares a passage. The direction is drawn only from
 * evidence a reader can check: two datelines (the earlier report cannot have copied the later),
 * or one version that holds every word of the other and more (copies cut, above all
 * attributions; they rarely add). Otherwise the direction is left open. Attribution notes come from
 * the recorded frames (`frames`, attributions.yaml).
 */
export function reportLineage(corpus: Corpus, passages: readonly SharedPassage[], frames: readonly AttributionFrame[] = []): PairLineage[] {
	const pairs = new Map<string, SharedPassage[]>();
	for (const passage of passages) {
		const key = `${passage.a.sourceId}\u0000${passage.b.sourceId}`;
		// Appended in place: copying the list for each passage would cost passages² per pair.
		const list = pairs.get(key);
		if (list) list.push(passage);
		else pairs.set(key, [passage]);
	}
	return [...pairs.values()].map((list) => {
		const a = list[0]!.a.sourceId;
		const b = list[0]!.b.sourceId;
		const forward = list.map((passage) => twinDiff(passage, a, corpus.byId, frames));
		// A reworded copy changes words both ways, so it says nothing of which version holds the
		// other: only passages shared word for word weigh on the direction, when there are any.
		const exact = forward.filter((_, k) => list[k]!.tier !== 'reworded');
		const found = directionOf(corpus, a, b, exact.length > 0 ? exact : forward);
		// Shown under every twin of the pair, reworded ones too: say which passages the words-held reasoning rests on.
		const direction = found && exact.length > 0 && exact.length < forward.length && !found.basis.includes('dateline') ? { ...found, basis: `In the passages shared word for word: ${found.basis.charAt(0).toLowerCase()}${found.basis.slice(1)}` } : found;
		const twins = list.map((passage, k) => ({ passage, diff: direction?.from === b ? twinDiff(passage, b, corpus.byId, frames) : forward[k]! }));
		const sentencesIn = (id: string, sides: { start: number; end: number }[]) =>
			sentenceBounds(corpus.byId.get(id)!.text).filter((s) => sides.some((side) => side.start < s.end && s.start < side.end)).length;
		return {
			a,
			b,
			words: { [a]: list.reduce((n, p) => n + wordCount(p.a.text), 0), [b]: list.reduce((n, p) => n + wordCount(p.b.text), 0) },
			sentences: { [a]: sentencesIn(a, list.map((p) => p.a)), [b]: sentencesIn(b, list.map((p) => p.b)) },
			direction,
			twins,
		};
	});
}

function directionOf(corpus: Corpus, a: string, b: string, diffs: readonly TwinDiff[]): Direction | undefined {
	// Only a proved dateline (stated in the text, or with the editors' source) may decide a direction.
	const proved = (id: string) => {
		const source = corpus.byId.get(id)!;
		const basis = datelineBasis(source.text, source.meta);
		return basis && { date: source.meta.dateline!, said: basis.kind === 'text' ? 'stated in its text' : 'supplied by the editors' };
	};
	const [dateA, dateB] = [proved(a), proved(b)];
	if (dateA && dateB && dateA.date !== dateB.date) {
		const [from, to] = dateA.date < dateB.date ? [a, b] : [b, a];
		const [early, late] = from === a ? [dateA, dateB] : [dateB, dateA];
		return { from, to, basis: `Report ${from}'s dateline (${early.date}, ${early.said}) is earlier than report ${to}'s (${late.date}, ${late.said}).` };
	}
	const dropped = diffs.reduce((n, d) => n + d.counts.dropped, 0);
	const added = diffs.reduce((n, d) => n + d.counts.added, 0);
	if (dropped === added || (dropped > 0 && added > 0)) return undefined;
	const [from, to] = dropped > 0 ? [a, b] : [b, a];
	const cutAttribution = diffs.some((d) => d.attribution.some((c) => c.kind === (from === a ? 'dropped' : 'added')));
	return {
		from,
		to,
		basis: `Report ${from}'s version holds every word of report ${to}'s (some reworded) and ${Math.max(dropped, added)} more${cutAttribution ? ', among them an attribution' : ''}, so report ${to}'s reads as a cut-down copy.`,
	};
}
