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

function indent(text: string, by: string): string {
	return text.split('\n').join(`\n${by}`);
}

/**
 * Formats all problems of a build at once: grouped by file, ordered by line, then a one-line
 * summary. Every entry reads `file:line:column`, so terminals and editors can jump to it.
 */
export function formatProblems(problems: readonly SiteProblem[]): string {
	const byFile = new Map<string, SiteProblem[]>();
	for (const problem of problems) {
		byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	}
	const blocks = [...byFile.keys()].sort().map((file) => {
		const entries = byFile
			.get(file)!
			.sort((a, b) => a.line - b.line || a.column - b.column)
			.map((p) => {
				const pad = '    ';
				return `  ${file}:${p.line}:${p.column}  [${p.code}]\n${pad}${indent(p.message, pad)}\n${pad}Fix: ${indent(p.hint, pad)}`;
			});
		return `${file}\n${entries.join('\n\n')}`;
	});
	return `${blocks.join('\n\n')}\n\n${summarise(problems)}`;
}

export function summarise(problems: readonly SiteProblem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	const noun = problems.length === 1 ? 'citation problem' : 'citation problems';
	return `${problems.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}.`;
}
