import { sourceCoverage } from '../rules/editorial/paragraph-coverage.ts';
import { formatProblems } from '../checks/problems.ts';
import { checkSite } from '../checks/site-check.ts';
import { citedSpansBySource } from '../pages/page-citations.ts';
import { corpusSentenceCoverage } from '../rules/editorial/sentence-coverage.ts';
import { EXCUSE_REASONS, type ExcuseReason } from '../schemas/sentences.ts';
import type { Command } from './command.ts';

/** The build's own check (checkSite, as the integration runs it before Astro builds), without building. */
export const checkCommand: Command = {
	name: 'check',
	summary: "the build's citation check, without building; exits 1 on any problem",
	usage: 'npx verbatim-citations check',
	help: `Usage: npx verbatim-citations check

Runs the check the build runs before it builds anything: every quote verbatim in its report, the
corpus files, the pages' links and the editorial rules. Problems are printed grouped by file, as
the build prints them, each with file:line:column and a fix. Exits 1 on any problem, 0 otherwise.
Takes seconds where a build takes minutes.

Example:
  npx verbatim-citations check`,
	async run({ io, site }) {
		const { root, options } = await site();
		const { problems, corpus, pages } = checkSite(root, options);
		if (problems.length === 0) {
			io.out(`No problems: ${corpus.sources.length} reports, ${pages.length} pages checked.`);
			return 0;
		}
		io.err(formatProblems(problems));
		return 1;
	},
};

/** What the explainer has not yet done: uncited report sentences and paragraphs, uncited prose. */
export const coverageCommand: Command = {
	name: 'coverage',
	summary: 'report sentences and paragraphs cited nowhere; prose without a citation',
	usage: 'npx verbatim-citations coverage',
	help: `Usage: npx verbatim-citations coverage

Prints, per report, how many of its sentences, paragraphs and characters the pages cite, then lists
every report sentence and paragraph cited nowhere and not excused (in sentences.yaml or the report's
uncitedParagraphs), with the build's own problems. Exits 1 when there is anything to list.

Example:
  npx verbatim-citations coverage`,
	async run({ io, site }) {
		const { root, options } = await site();
		// The coverage rules run only when coverage is asked for, never in the build.
		const check = checkSite(root, options, { coverage: true });
		const spans = citedSpansBySource(check.ledger);
		const coverage = sourceCoverage(check.corpus, spans, check.sentenceSettings);
		const sentences = corpusSentenceCoverage(check.corpus, check.sentenceSettings, spans);
		for (const report of coverage) {
			const cited = report.paragraphs.filter((p) => p.cited).length;
			const { sentences: all } = sentences.get(report.sourceId)!;
			const byReason = (Object.keys(EXCUSE_REASONS) as ExcuseReason[])
				.map((reason) => [reason, all.filter((s) => s.excuse?.reason === reason).length] as const)
				.filter(([, n]) => n > 0)
				.map(([reason, n]) => `${n} ${reason}`);
			const excused = all.filter((s) => s.excuse).length;
			io.out(
				`report ${report.sourceId}: ${all.filter((s) => s.cited).length}/${all.length} sentences cited, ${excused} excused${byReason.length > 0 ? ` (${byReason.join(', ')})` : ''}; ` +
					`${cited}/${report.paragraphs.length} paragraphs cited, ${report.citedCharacters}/${report.totalCharacters} characters`,
			);
		}
		// One line per report set aside as a whole, instead of a to-do per sentence: still work to do.
		const notUsedYet = Object.entries(check.sentenceSettings).filter(([, entry]) => entry.notUsedYet !== undefined);
		for (const [id, entry] of notUsedYet) {
			const { file, lineAt } = check.sentenceLines;
			io.out(`${file}:${lineAt([id, 'notUsedYet'])}: report ${id} is not used yet (${entry.notUsedYet}): cite it, then remove this notUsedYet line to see each sentence left.`);
		}
		// With the site's rules on (the explainer preset), check.problems holds the prose rule and the
		// paragraph and sentence coverage rules; warnings are listed too, as things left to do.
		const problems = [...check.problems, ...check.warnings];
		io.out(problems.length === 0 ? '\nNothing left uncited.' : `\n${formatProblems(problems)}`);
		return problems.length === 0 ? 0 : 1;
	},
};
