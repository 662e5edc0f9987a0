/**
 * Lists what the explainer has not yet done: report paragraphs cited nowhere, and prose paragraphs
 * without a citation. Usage: npm run coverage. Exits 1 when there is anything to list.
 */
import { coverageProblems, sourceCoverage } from '../src/verbatim-citations/checks/coverage.ts';
import { formatProblems } from '../src/verbatim-citations/checks/problems.ts';
import { citedSpansBySource } from '../src/verbatim-citations/checks/page-citations.ts';
import { checkSite } from '../src/verbatim-citations/checks/site-check.ts';

const site = checkSite(process.cwd());
const coverage = sourceCoverage(site.corpus, citedSpansBySource(site.ledger));
for (const report of coverage) {
	const cited = report.paragraphs.filter((p) => p.cited).length;
	console.log(`report ${report.sourceId}: ${cited}/${report.paragraphs.length} paragraphs cited, ${report.citedCharacters}/${report.totalCharacters} characters`);
}
// site.problems holds the prose rule too: it is part of the build's check.
const problems = [...site.problems, ...coverageProblems(site.corpus, coverage, site.metadataLines)];
console.log(problems.length === 0 ? '\nNothing left uncited.' : `\n${formatProblems(problems)}`);
process.exitCode = problems.length === 0 ? 0 : 1;
