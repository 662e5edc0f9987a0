import { describe, expect, it } from 'vitest';
import { coverageProblems, sourceCoverage } from '../../src/lib/coverage.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { citedSpansBySource } from '../../src/lib/site-citations.ts';
import { checkSite } from '../../src/lib/site-check.ts';
import { uncitedProseProblems } from '../../src/lib/site-rules.ts';
import { projectRoot } from '../helpers/project.ts';

/**
 * The newsroom rules, checked on the real pages: every factual paragraph carries a citation, and
 * every paragraph of every report is cited somewhere or excused with a reason in its metadata.
 * `npm run coverage` prints the same lists while you write.
 */
describe('the explainer as written', () => {
	const site = checkSite(projectRoot);

	it('cites every prose paragraph outside <Editorial> on every page but the about pages', () => {
		const problems = uncitedProseProblems(projectRoot);
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
	});

	it('cites every paragraph of every report somewhere, or says in its metadata why not', () => {
		const coverage = sourceCoverage(site.corpus, citedSpansBySource(site.ledger));
		const problems = coverageProblems(site.corpus, coverage);
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
	});
});
