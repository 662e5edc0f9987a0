import type { CitationLedger, PageReference } from '../pages/page-citations.ts';
import { groupOf } from '../engine/group-once.ts';
import { passagesIn, type SharedPassage } from '../lineage/shared-passages.ts';

const referenceReport = (reference: PageReference): readonly string[] => [reference.citation.sourceId];

/** How much one page draws on one report: distinct cited spans, and the first reference to it. */
export interface GridCell {
	sourceId: string;
	spans: number;
	/** Number of the page's first reference to this report, for a link into its reference list. */
	firstReference: number | undefined;
	/**
	 * Other reports cited on the same page whose words these cited passages share (a copy, found by
	 * the lineage detector): the page's citations of the two are not independent.
	 */
	sharesWith: string[];
}

export interface GridRow {
	file: string;
	cells: GridCell[];
	spans: number;
}

/**
 * Pages × reports: for each page the filter keeps (the disputes), how many distinct spans of each
 * report it cites. Built from the ledger of checked citations, so no number is typed by hand.
 */
export function coverageGrid(
	ledger: CitationLedger,
	sourceIds: readonly string[],
	keep: (file: string) => boolean,
	passages: readonly SharedPassage[] = [],
): GridRow[] {
	return ledger.pages
		.filter((page) => keep(page.file))
		.map((page) => {
			const cells = sourceIds.map((sourceId) => {
				// The page's references and the corpus's passages grouped by report once: a cell looks at its own report's only.
				const references = groupOf(page.references, referenceReport, sourceId);
				const citedOnPage = (id: string, start: number, end: number) =>
					groupOf(page.references, referenceReport, id).some((r) => r.citation.start < end && start < r.citation.end);
				const sharesWith = new Set<string>();
				for (const { citation } of references) {
					for (const p of passagesIn(sourceId, passages)) {
						for (const [here, twin] of [[p.a, p.b], [p.b, p.a]] as const) {
							if (here.sourceId === sourceId && here.start < citation.end && citation.start < here.end && citedOnPage(twin.sourceId, twin.start, twin.end)) sharesWith.add(twin.sourceId);
						}
					}
				}
				return { sourceId, spans: references.length, firstReference: references[0]?.number, sharesWith: [...sharesWith].sort() };
			});
			return { file: page.file, cells, spans: cells.reduce((n, c) => n + c.spans, 0) };
		});
}
