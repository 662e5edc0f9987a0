import { describe, expect, it } from 'vitest';
import { checkSite, PAGES_DIR } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { reportWordSpans } from '../../packages/starlight-verbatim-citations/src/rules/claims/report-named.ts';
import { isEditorialPage } from '../../packages/starlight-verbatim-citations/src/rules/editorial/uncited-prose.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

/**
 * The explainer reads as a story, not as a list of what each report says: the build carries the
 * hedging (every marker opens its report's words; the attribution rule keeps every "according to"),
 * so the prose names a report only where the reports differ or a reader must weigh which one says
 * it. Measured over the cited sentences of the story pages, whatever reports and pages there are.
 */
describe('the explainer’s prose, for a reader', () => {
	const site = checkSite(projectRoot, SITE_OPTIONS);
	const ids = [...site.corpus.byId.keys()];
	const sentences = site.ledger.pages
		.filter((page) => !isEditorialPage(page.file, PAGES_DIR, SITE_OPTIONS.editorialFolders))
		.flatMap((page) => [...new Set(page.uses.map((use) => use.sentence))].map((sentence) => ({ file: page.file, sentence })));

	it('names a report in at most a quarter of its cited sentences', () => {
		const naming = sentences.filter(({ sentence }) => reportWordSpans(sentence, ids).length > 0);
		const share = naming.length / sentences.length;
		const byPage = Object.entries(Object.groupBy(naming, ({ file }) => file)).map(([file, list]) => `${file}: ${list!.length}`);
		expect(sentences.length).toBeGreaterThan(0);
		expect(share, `${naming.length} of ${sentences.length} cited sentences name a report (${(share * 100).toFixed(1)}%):\n${byPage.join('\n')}`).toBeLessThanOrEqual(0.25);
	});

	it('has no sentence about another sentence or about where a report puts its words', () => {
		const about = sentences.filter(({ sentence }) => /\b(?:its|the report's|the next|this|that|a later|the previous)(?: next| previous| later| earlier)? (?:sentence|paragraph)\b|\b(?:sentence|paragraph) (?:before|after)\b|\bsentence that (?:begins|ends)\b|\bin the same paragraph\b/i.test(sentence));
		expect(about.map(({ file, sentence }) => `${file}: ${sentence}`)).toEqual([]);
	});
});
