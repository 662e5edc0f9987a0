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

/** Where a site serves its sources: the index, a page per source and the raw originals (paths without base). */
export interface SourceRoutes {
	/** The index of sources, e.g. `sources/`. */
	index: string;
	/** A source's page, e.g. `sources/003/`. */
	page: (sourceId: string) => string;
	/** A source's raw original, served byte-identical, e.g. `sources/raw/003_ab12.txt`. */
	raw: (file: string) => string;
}

/** The routes under a prefix (the plugin option `sourcesRoute`, default `sources`). */
export function sourceRoutes(prefix: string): SourceRoutes {
	const index = `${prefix.replace(/^\/+|\/+$/g, '')}/`;
	return { index, page: (sourceId) => `${index}${sourceId}/`, raw: (file) => `${index}raw/${file}` };
}

/** The routes of a site that keeps the default prefix. */
export const DEFAULT_SOURCE_ROUTES = sourceRoutes('sources');

/** Id of a passage a report shares with another, on that report's page. */
export function sharedId(start: number, end: number): string {
	return `shared-${start}-${end}`;
}
