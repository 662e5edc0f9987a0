/**
 * The one shape every check reports in. It lives in engine/, the bottom of the package, so that
 * corpus/, pages/ and rules/ can produce problems without importing checks/, which imports them.
 */
/** A problem found while checking the site, located in a file so an editor can go straight to it. */
export interface SiteProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line: number;
	column: number;
	/** Stable code from the catalogue, e.g. `quote-not-found`. */
	code: string;
	message: string;
	hint: string;
	/**
	 * The report a problem in an index file is about (a frame, a role or quality-note evidence that
	 * is no longer verbatim in it), so the dev server shows it only where that report is cited.
	 */
	sourceId?: string;
}

/** Text quoted in a problem message, cut to `max` characters with "…": one line of a terminal, not a reader's page. */
export function clipped(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
