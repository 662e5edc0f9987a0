import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRoute } from '../../packages/starlight-verbatim-citations/src/pages/page-links.ts';
import { coverageProblems, sourceCoverage } from '../../packages/starlight-verbatim-citations/src/rules/editorial/paragraph-coverage.ts';
import { formatProblems } from '../../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { citedSpansBySource } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { corpusSentenceCoverage, corpusSentenceProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/sentence-coverage.ts';
import { checkSite, PAGES_DIR } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { uncitedProseProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-prose.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

/**
 * The newsroom rules, checked on the real pages: every factual paragraph carries a citation, and
 * every sentence (and so every paragraph) of every report is cited somewhere or excused with a
 * reason in the corpus.
 * `npm run coverage` prints the same lists while you write.
 */
describe('the explainer as written', () => {
	const site = checkSite(projectRoot, SITE_OPTIONS);

	it('cites every prose paragraph outside <Editorial> on every page but the about pages', () => {
		const problems = uncitedProseProblems(site.pages, PAGES_DIR, SITE_OPTIONS.editorialFolders);
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
	});

	it('cites every paragraph of every report somewhere, or says in its metadata why not', () => {
		const coverage = sourceCoverage(site.corpus, citedSpansBySource(site.ledger), site.sentenceSettings);
		const problems = coverageProblems(site.corpus, coverage, site.metadataLines);
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
	});

	it('cites every sentence of every report somewhere, or excuses it with a reason in sentences.yaml', () => {
		const coverage = corpusSentenceCoverage(site.corpus, site.sentenceSettings, citedSpansBySource(site.ledger));
		const problems = corpusSentenceProblems(site.corpus, coverage, site.sentenceLines.file, site.sentenceLines.lineAt);
		// Lists every unexcused sentence (and stale excuse) with its words, not just a count.
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
	});

	it('shows, on every player’s page, the generated list of every report paragraph that names them', () => {
		// PRODUCT.md: each player page lists every passage in every source that mentions that player.
		const missing = site.players
			.filter((player) => player.page !== undefined)
			.filter((player) => {
				const page = site.pages.find((p) => pageRoute(p.file, PAGES_DIR) === player.page!.split('#')[0]);
				return !page || !new RegExp(`<Mentions player="${player.id}"\\s*/>`).test(readFileSync(join(projectRoot, page.file), 'utf8'));
			})
			.map((player) => `${player.id} (${player.page}): add <Mentions player="${player.id}" /> to its page`);
		expect(missing).toEqual([]);
	});
});
