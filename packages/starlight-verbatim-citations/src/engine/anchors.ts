/**
 * The one place that makes fragment ids. Source pages, citation markers, reference lists and every
 * check import these, so a link and its target can never drift apart.
 */

/** Id of a cited span on its source page. Offsets are UTF-16 indices into the unmodified report. */
export function spanId(start: number, end: number): string {
	return `quote-${start}-${end}`;
}

/** Id of a numbered paragraph on its source page (1-based). */
export function paragraphId(paragraph: number): string {
	return `p-${paragraph}`;
}

/** Id of a reference-list entry at the foot of an explainer page (1-based). */
export function referenceId(reference: number): string {
	return `ref-${reference}`;
}

/** Id of the `occurrence`-th marker (1-based) that uses reference `reference` on a page. */
export function markerId(reference: number, occurrence: number): string {
	return `cite-${reference}-${occurrence}`;
}

/** Id of the preview popover belonging to a marker. */
export function previewId(reference: number, occurrence: number): string {
	return `${markerId(reference, occurrence)}-preview`;
}

/** Path (without base) of the index of reports. */
export const SOURCES_INDEX_PATH = 'sources/';

/** Path (without base) of a report's page. */
export function sourcePagePath(sourceId: string): string {
	return `sources/${sourceId}/`;
}

/** Path (without base) of a report's raw original, served byte-identical. */
export function rawSourcePath(file: string): string {
	return `sources/raw/${file}`;
}

/** Id of a passage a report shares with another, on that report's page. */
export function sharedId(start: number, end: number): string {
	return `shared-${start}-${end}`;
}
