import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, type BuildResult, type ProjectCopy } from '../helpers/project.ts';
import { scratchCopies } from '../helpers/scratch-copies.ts';

/**
 * Each case breaks the project the way an editor might, on a page of its own, and proves that
 * `astro build` refuses it with a message that names the page, the line and the quote. The cases
 * that break different files share one copy and one refused build (a build lists every problem of
 * every page: each test finds its own, by its page and line); the case that counts every problem
 * has a copy of its own. The two builds start together, one per core.
 */
describe('the build refuses bad citations', () => {
	const { copy: scratch } = scratchCopies();

	// Pages of the tests' own, so the guards do not depend on the explainer's wording.
	const fixture = [
		'---',
		'title: Guard fixture',
		'---',
		'',
		"import { Cite } from 'starlight-verbatim-citations/components';",
		"import { Quote } from 'starlight-verbatim-citations/components';",
		'',
		'Trump had called him <Quote source="000" quote="beleaguered" />.',
		'',
		'His <Quote source="000" quote="resolve to stay is strong" />, say people close to him.',
		'',
		'As report 000 puts it, <Quote source="000" quote="Sessions\' recusal means he has no oversight" />.',
		'',
		'An official said so<Cite source="002" quote="A senior administration official said that at one point" />.',
		'',
	].join('\n');

	/** Each case's break, on its own page (`page`), and what it returns for its assertions (a line number). */
	const breaks = {
		changedReport: (project: ProjectCopy) => project.edit('docs-data/sources/000_b027d32706ab4d36.txt', (text) => text.replace('"beleaguered"', '"beleagured"')),
		misspelt: (project: ProjectCopy, page: string) => project.replace(page, 'quote="resolve to stay is strong"', 'quote="resolve to stay is strnog"'),
		curly: (project: ProjectCopy, page: string) => project.edit(page, (text) => text.replace("quote=\"Sessions' recusal means", 'quote="Sessions’ recusal means')),
		unknownSource: (project: ProjectCopy, page: string) => project.replace(page, 'source="002"', 'source="009"'),
		cutWord: (project: ProjectCopy, page: string) => project.replace(page, 'source="000" quote="resolve to stay is strong"', 'source="004" quote="likely to leave his post"'),
		oneSided: (project: ProjectCopy, page: string) => {
			const lines = [
				"import { Disagreement, Side } from 'starlight-verbatim-citations/components';",
				'',
				'<Disagreement topic="A fixture" question="One side only?" differs="wording">',
				'<Side label="Report 002">',
				'The ban covers <Quote source="002" quote="seven primarily Muslim countries" />.',
				'</Side>',
				'</Disagreement>',
				'',
				'An official said so',
			];
			// The line of the <Disagreement> tag, which the problem names.
			return project.replace(page, 'An official said so', lines.join('\n')) + lines.findIndex((line) => line.startsWith('<Disagreement '));
		},
		everyProblem: (project: ProjectCopy, page: string) => {
			project.edit(page, (text) => text.replace('source="002"', 'source="009"').replace('quote="beleaguered"', 'quote="belaguered"'));
			project.edit('docs-data/sources.yaml', (text) => text.replace('evidence: Latest News', 'evidence: Latest Newz'));
		},
	};
	type Case = keyof typeof breaks;
	/** The case with a copy of its own: it counts the problems of its build. */
	const ALONE: Case = 'everyProblem';
	const pageOf = (name: Case) => `src/content/docs/guard-${name.toLowerCase()}.mdx`;
	let prepared: Record<Case, { line: number | undefined }>;
	let builds: Record<Case, Promise<BuildResult>>;
	beforeAll(() => {
		const shared = scratch();
		const alone = scratch();
		const projectOf = (name: Case) => (name === ALONE ? alone : shared);
		const names = Object.keys(breaks) as Case[];
		for (const name of names) writeFileSync(join(projectOf(name).root, pageOf(name)), fixture);
		prepared = Object.fromEntries(names.map((name) => [name, { line: breaks[name](projectOf(name), pageOf(name)) as number | undefined }])) as typeof prepared;
		const [sharedBuild, aloneBuild] = [shared, alone].map((project) => buildSiteAsync(project.root));
		builds = Object.fromEntries(names.map((name) => [name, name === ALONE ? aloneBuild! : sharedBuild!])) as typeof builds;
		// Each promise is awaited by its tests; none may count as unhandled before then.
		for (const build of [sharedBuild!, aloneBuild!]) build.catch(() => {});
	});

	it('when one character of a cited span changes in a report', async () => {
		const build = await builds.changedReport;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('Build refused: ');
		expect(build.output).toMatch(new RegExp(`${pageOf('changedReport')}:\\d+:\\d+  \\[quote-not-found\\]`));
		expect(build.output).toContain('«beleaguered»');
		expect(build.output).toContain('[source-changed]');
		expect(build.output).toContain('000_b027d32706ab4d36.txt no longer matches its recorded SHA-256');
	});

	it('when a quote in a page is misspelled, naming the line and the closest passage', async () => {
		const { line } = prepared.misspelt;
		const build = await builds.misspelt;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${pageOf('misspelt')}:${line}:`);
		expect(build.output).toContain('The quote «resolve to stay is strnog» is not in report 000.');
		expect(build.output).toContain('Closest passage (paragraph 8): «resolve to stay is strong»');
		expect(build.output).toContain('the report has o (U+006F), the quote has n (U+006E)');
	});

	it('when a straight apostrophe is typed as a curly one, naming both characters', async () => {
		const build = await builds.curly;
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(new RegExp(`${pageOf('curly')}:\\d+:\\d+  \\[quote-not-found\\]`));
		expect(build.output).toMatch(/the report has ' \(U\+0027, straight apostrophe\), the quote has ’ \(U\+2019/);
	});

	it('when a source id is unknown, listing the known ids', async () => {
		const { line } = prepared.unknownSource;
		const build = await builds.unknownSource;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${pageOf('unknownSource')}:${line}:`);
		expect(build.output).toContain('Unknown source id "009".');
		expect(build.output).toContain('Known ids: "000", "001", "002", "003", "004"');
		expect(build.output).toContain('«A senior administration official said that at one point»');
	});

	it('when a quote starts inside a word and so says the opposite of the report', async () => {
		const { line } = prepared.cutWord;
		const build = await builds.cutWord;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${pageOf('cutWord')}:${line}:`);
		expect(build.output).toContain('[quote-cuts-word]');
		expect(build.output).toContain('the report has «unlikely»');
		expect(build.output).toContain('Fix: Quote whole words, e.g. quote="unlikely to leave his post".');
	});

	it('when a disagreement has fewer than two cited sides, naming the page, the line and the question', async () => {
		const { line } = prepared.oneSided;
		const build = await builds.oneSided;
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(new RegExp(`${pageOf('oneSided')}:${line}:\\d+  \\[disagreement-sides\\]`));
		expect(build.output).toContain('The disagreement «One side only?» has 1 cited side; a disagreement needs at least two.');
	});

	it('lists every problem of every page at once, then fails once', async () => {
		const build = await builds.everyProblem;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('3 problems in 2 files: 3 citation problems.');
		// A verdict on the content, not a crash of the tool: no "unhandled error" heading, no stack.
		expect(build.output).not.toContain('An unhandled error occurred');
		expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		expect(build.output).toContain('[ERROR] [verbatim-citations:check] Build refused: 3 problems in 2 files');
		expect(build.output).toContain('[unknown-source]');
		expect(build.output).toContain('«belaguered»');
		expect(build.output).toContain('docs-data/sources.yaml:');
		expect(build.output.indexOf('docs-data/sources.yaml')).toBeLessThan(build.output.indexOf(pageOf('everyProblem')));
	});

	it('refuses before any page is rendered, as "Nothing was built" says', async () => {
		// The check runs in a worker beside the content sync and the bundling (whose lines may or may
		// not come first, as may Vite's dependency optimizer's); its verdict must come before any page.
		const build = await builds.everyProblem;
		expect(build.output).toContain('Nothing was built.');
		expect(build.output).not.toMatch(/generating static routes|page\(s\) built|[├└]─ \/|Pagefind|_headers written/);
	});
});
