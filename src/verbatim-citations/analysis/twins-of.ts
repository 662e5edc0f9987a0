import type { PairLineage } from './lineage.ts';
import type { PassageSide, SharedPassage } from './shared-passages.ts';
import type { TwinDiff } from './twin-diff.ts';

export interface TwinOf {
	here: PassageSide;
	twin: PassageSide;
	passage: SharedPassage;
	diff: TwinDiff;
	pair: PairLineage;
}

/** Every shared passage of one report with its diff and its pair's lineage, in the report's order. */
export function twinsOf(sourceId: string, lineage: readonly PairLineage[]): TwinOf[] {
	return lineage
		.filter((pair) => pair.a === sourceId || pair.b === sourceId)
		.flatMap((pair) =>
			pair.twins.map(({ passage, diff }) => {
				const [here, twin] = passage.a.sourceId === sourceId ? [passage.a, passage.b] : [passage.b, passage.a];
				return { here, twin, passage, diff, pair };
			}),
		)
		.sort((x, y) => x.here.start - y.here.start);
}
