import type { CitationLedger } from '../checks/page-citations.ts';

/** How much one page draws on one report: distinct cited spans, and the first reference to it. */
export interface GridCell {
	sourceId: string;
	spans: number;
	/** Number of the page's first reference to this report, for a link into its reference list. */
	firstReference: number | undefined;
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
export function coverageGrid(ledger: CitationLedger, sourceIds: readonly string[], keep: (file: string) => boolean): GridRow[] {
	return ledger.pages
		.filter((page) => keep(page.file))
		.map((page) => {
			const cells = sourceIds.map((sourceId) => {
				const references = page.references.filter((r) => r.citation.sourceId === sourceId);
				return { sourceId, spans: references.length, firstReference: references[0]?.number };
			});
			return { file: page.file, cells, spans: cells.reduce((n, c) => n + c.spans, 0) };
		});
}
