import type { PairLineage } from './lineage.ts';
import type { PassageSide, SharedPassage } from './shared-passages.ts';
import type { TwinDiff } from './twin-diff.ts';
import { groupOf } from '../engine/group-once.ts';

const pairReports = (pair: PairLineage): readonly string[] => [pair.a, pair.b];

export interface TwinOf {
	here: PassageSide;
	twin: PassageSide;
	passage: SharedPassage;
	diff: TwinDiff;
	pair: PairLineage;
}

/** Every shared passage of one report with its diff and its pair's lineage, in the report's order. */
export function twinsOf(sourceId: string, lineage: readonly PairLineage[]): TwinOf[] {
	// Grouped once per lineage: each report page costs its own pairs, not every pair of the corpus.
	return groupOf(lineage, pairReports, sourceId)
		.flatMap((pair) =>
			pair.twins.map(({ passage, diff }) => {
				const [here, twin] = passage.a.sourceId === sourceId ? [passage.a, passage.b] : [passage.b, passage.a];
				return { here, twin, passage, diff, pair };
			}),
		)
		.sort((x, y) => x.here.start - y.here.start);
}
