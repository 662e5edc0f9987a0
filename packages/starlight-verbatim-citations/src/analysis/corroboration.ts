import { passagesIn, type SharedPassage } from '../lineage/shared-passages.ts';
import { referenceIndex, type CitationUse, type PageCitations } from '../pages/page-citations.ts';
import { groupOf } from '../engine/group-once.ts';

export interface CitedRange {
	sourceId: string;
	start: number;
	end: number;
}

export interface Corroboration {
	/** Distinct reports cited. */
	reports: number;
	/** Reports that remain once citations falling in a passage two reports share count once. */
	independent: number;
	/** The reports counted as one witness each, e.g. ["000", "002+004"]: ids joined by "+", sorted. */
	witnesses: string[];
}

const useGroup = (use: CitationUse): readonly string[] => [String(use.group)];

/** The cited spans of one group of adjacent citations on a page (the page's uses grouped once, not scanned per group). */
export function groupRanges(page: PageCitations, group: number): CitedRange[] {
	const references = referenceIndex(page);
	return groupOf(page.uses, useGroup, String(group)).map((use) => references.get(use.reference)!.citation);
}

const overlaps = (range: CitedRange, side: { sourceId: string; start: number; end: number }) =>
	range.sourceId === side.sourceId && range.start < side.end && side.start < range.end;

/**
 * How many independent reports support a claim. Two reports count as one when the words cited
 * from each fall inside the same shared passage, copied word for word or reworded (the detector in
 * shared-passages.ts finds both): one copied the other (or both a third), so the second is not a
 * separate witness. Reports are joined transitively (union-find).
 */
export function corroboration(ranges: readonly CitedRange[], passages: readonly SharedPassage[]): Corroboration {
	const ids = [...new Set(ranges.map((r) => r.sourceId))];
	const parent = new Map(ids.map((id) => [id, id]));
	const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
	// Only passages with a side in a cited report can join two of them; each is looked at once.
	const candidates = new Set(ids.flatMap((id) => passagesIn(id, passages)));
	for (const passage of candidates) {
		const inA = ranges.some((r) => overlaps(r, passage.a));
		const inB = ranges.some((r) => overlaps(r, passage.b));
		if (inA && inB) parent.set(find(passage.a.sourceId), find(passage.b.sourceId));
	}
	const witnesses = new Map<string, string[]>();
	for (const id of ids.sort()) witnesses.set(find(id), [...(witnesses.get(find(id)) ?? []), id]);
	const joined = [...witnesses.values()].map((members) => members.join('+')).sort();
	return { reports: ids.length, independent: joined.length, witnesses: joined };
}
