import type { SharedPassage } from './shared-passages.ts';

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
}

const overlaps = (range: CitedRange, side: { sourceId: string; start: number; end: number }) =>
	range.sourceId === side.sourceId && range.start < side.end && side.start < range.end;

/**
 * How many independent reports support a claim. Two reports count as one when the words cited
 * from each fall inside the same shared passage: one copied the other (or both a third), so the
 * second is not a separate witness. Reports are joined transitively (union-find).
 */
export function corroboration(ranges: readonly CitedRange[], passages: readonly SharedPassage[]): Corroboration {
	const ids = [...new Set(ranges.map((r) => r.sourceId))];
	const parent = new Map(ids.map((id) => [id, id]));
	const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
	for (const passage of passages) {
		const inA = ranges.some((r) => overlaps(r, passage.a));
		const inB = ranges.some((r) => overlaps(r, passage.b));
		if (inA && inB) parent.set(find(passage.a.sourceId), find(passage.b.sourceId));
	}
	return { reports: ids.length, independent: new Set(ids.map(find)).size };
}
