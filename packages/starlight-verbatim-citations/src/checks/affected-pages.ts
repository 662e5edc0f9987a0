import type { CorpusLayout } from '../corpus/corpus-files.ts';
import type { CitationLedger } from '../pages/page-citations.ts';
import type { SiteProblem } from './problems.ts';

/**
 * The build's problems sorted by the pages they break, so `astro dev` can answer each page with its
 * own problems (the build refuses the whole site; the dev server shows each page what affects it).
 */
export interface ProblemsByPage {
	/** By MDX file: the page's own problems, and those of the reports it cites. */
	pages: Record<string, SiteProblem[]>;
	/** By report id: problems with that report's file, for its page and raw copy. */
	sources: Record<string, SiteProblem[]>;
	/** Every problem with a corpus file: what the reports index shows. */
	corpus: SiteProblem[];
	/**
	 * Problems with an index file (sources.yaml, SHA256SUMS, players.yaml) or a report without an
	 * entry: they can change what any citation means, so every page shows them.
	 */
	everywhere: SiteProblem[];
}

/**
 * Where the dev server publishes the current problems for its middleware (components/dev-problems.ts).
 * A global, not a module: Astro keeps the middleware it loaded, so a module import would keep
 * answering with the problems of the first check.
 */
export const DEV_PROBLEMS_KEY = Symbol.for('verbatim-citations:dev-problems');

/** What the dev server publishes under DEV_PROBLEMS_KEY after every check. */
export interface DevProblems {
	byPage: ProblemsByPage;
	/** Report id by file name, for the raw-copy route. */
	reportIds: Record<string, string>;
	/** The plugin option `sourcesRoute`, so the middleware knows the source routes. */
	sourcesRoute: string;
}

/** A page of the site, as the dev server knows it. */
export type PageKey = { page: string } | { source: string } | { index: true };

export function problemsByPage(
	problems: readonly SiteProblem[],
	ledger: CitationLedger,
	reports: readonly { id: string; file: string }[],
	layout: CorpusLayout,
): ProblemsByPage {
	const result: ProblemsByPage = { pages: {}, sources: {}, corpus: [], everywhere: [] };
	const add = (record: Record<string, SiteProblem[]>, key: string, problem: SiteProblem) => {
		(record[key] ??= []).push(problem);
	};
	const reportOf = new Map(reports.map((report) => [`${layout.sourcesDir}/${report.file}`, report.id]));
	for (const problem of problems) {
		const inCorpus = problem.file === layout.dir || problem.file.startsWith(`${layout.dir}/`);
		if (!inCorpus) {
			add(result.pages, problem.file, problem);
			continue;
		}
		result.corpus.push(problem);
		const sourceId = reportOf.get(problem.file) ?? problem.sourceId;
		if (sourceId === undefined) {
			result.everywhere.push(problem);
			continue;
		}
		add(result.sources, sourceId, problem);
		for (const page of ledger.pages) {
			if (page.uses.some((use) => use.sourceId === sourceId)) add(result.pages, page.file, problem);
		}
	}
	return result;
}

/** Every problem that breaks one page of the site. */
export function problemsAffecting(byPage: ProblemsByPage, where: PageKey): SiteProblem[] {
	const own = 'page' in where ? byPage.pages[where.page] : 'source' in where ? byPage.sources[where.source] : byPage.corpus.filter((p) => !byPage.everywhere.includes(p));
	return [...(own ?? []), ...byPage.everywhere];
}
