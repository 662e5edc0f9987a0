/**
 * Lists what the explainer has not yet done: report sentences (and paragraphs) cited nowhere and
 * not excused, and prose paragraphs without a citation. Usage: npm run coverage. Exits 1 when there
 * is anything to list.
 */
import { sourceCoverage } from '../packages/starlight-verbatim-citations/src/rules/editorial/paragraph-coverage.ts';
import { formatProblems } from '../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { citedSpansBySource } from '../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { corpusSentenceCoverage } from '../packages/starlight-verbatim-citations/src/rules/editorial/sentence-coverage.ts';
import { checkSite } from '../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { SITE_OPTIONS } from '../tests/helpers/site-options.ts';
import { EXCUSE_REASONS, type ExcuseReason } from '../packages/starlight-verbatim-citations/src/schemas/sentences.ts';

// The site's own options, read from astro.config.mjs (the explainer preset), and the coverage rules.
const site = checkSite(process.cwd(), SITE_OPTIONS, { coverage: true });
const spans = citedSpansBySource(site.ledger);
const coverage = sourceCoverage(site.corpus, spans);
const sentences = corpusSentenceCoverage(site.corpus, site.sentenceSettings, spans);
for (const report of coverage) {
	const cited = report.paragraphs.filter((p) => p.cited).length;
	const { sentences: all } = sentences.get(report.sourceId)!;
	const byReason = (Object.keys(EXCUSE_REASONS) as ExcuseReason[])
		.map((reason) => [reason, all.filter((s) => s.excuse?.reason === reason).length] as const)
		.filter(([, n]) => n > 0)
		.map(([reason, n]) => `${n} ${reason}`);
	const excused = all.filter((s) => s.excuse).length;
	console.log(
		`report ${report.sourceId}: ${all.filter((s) => s.cited).length}/${all.length} sentences cited, ${excused} excused${byReason.length > 0 ? ` (${byReason.join(', ')})` : ''}; ` +
			`${cited}/${report.paragraphs.length} paragraphs cited, ${report.citedCharacters}/${report.totalCharacters} characters`,
	);
}
// site.problems holds the prose rule and the paragraph and sentence coverage rules: with the
// explainer preset they are part of the build's check.
const problems = [...site.problems, ...site.warnings];
console.log(problems.length === 0 ? '\nNothing left uncited.' : `\n${formatProblems(problems)}`);
process.exitCode = problems.length === 0 ? 0 : 1;
