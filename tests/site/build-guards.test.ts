import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, limiter, type BuildResult, type ProjectCopy } from '../helpers/project.ts';
import { scratchCopies } from '../helpers/scratch-copies.ts';

/**
 * Each case breaks a throw-away copy of the project the way an editor might, and proves that
 * `astro build` refuses it with a message that names the page, the line and the quote. The copies
 * are independent, so their builds start together, two at a time (each is one Node process; two
 * share the two cores), and each test waits for its own.
 */
describe('the build refuses bad citations', () => {
	const { copy: scratch } = scratchCopies();

	// A page of the tests' own, so the guards do not depend on the explainer's wording.
	const overview = 'src/content/docs/guard-fixture.mdx';
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
	const withFixture = () => {
		const copy = scratch();
		writeFileSync(join(copy.root, overview), fixture);
		return copy;
	};

	/** Each case's copy, broken as the case says, and what it returns for its assertions (a line number). */
	const breaks = {
		changedReport: (project: ProjectCopy) => project.edit('docs-data/sources/000_b027d32706ab4d36.txt', (text) => text.replace('"beleaguered"', '"beleagured"')),
		misspelt: (project: ProjectCopy) => project.replace(overview, 'quote="resolve to stay is strong"', 'quote="resolve to stay is strnog"'),
		curly: (project: ProjectCopy) => project.edit(overview, (text) => text.replace("quote=\"Sessions' recusal means", 'quote="Sessions’ recusal means')),
		unknownSource: (project: ProjectCopy) => project.replace(overview, 'source="002"', 'source="009"'),
		cutWord: (project: ProjectCopy) => project.replace(overview, 'source="000" quote="resolve to stay is strong"', 'source="004" quote="likely to leave his post"'),
		everyProblem: (project: ProjectCopy) => {
			project.edit(overview, (text) => text.replace('source="002"', 'source="009"').replace('quote="beleaguered"', 'quote="belaguered"'));
			project.edit('docs-data/sources.yaml', (text) => text.replace('evidence: Latest News', 'evidence: Latest Newz'));
		},
	};
	type Case = keyof typeof breaks;
	let prepared: Record<Case, { project: ProjectCopy; line: number | undefined }>;
	let builds: Record<Case, Promise<BuildResult>>;
	beforeAll(() => {
		prepared = Object.fromEntries(
			Object.entries(breaks).map(([name, change]) => {
				const project = withFixture();
				return [name, { project, line: change(project) as number | undefined }];
			}),
		) as typeof prepared;
		const twoAtATime = limiter(2);
		builds = Object.fromEntries(Object.entries(prepared).map(([name, { project }]) => [name, twoAtATime(() => buildSiteAsync(project.root))])) as typeof builds;
		// Each promise is awaited by its test; none may count as unhandled before then.
		for (const build of Object.values(builds)) build.catch(() => {});
	});

	it('when one character of a cited span changes in a report', async () => {
		const build = await builds.changedReport;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('Build refused: ');
		expect(build.output).toMatch(new RegExp(`${overview}:\\d+:\\d+  \\[quote-not-found\\]`));
		expect(build.output).toContain('«beleaguered»');
		expect(build.output).toContain('[source-changed]');
		expect(build.output).toContain('000_b027d32706ab4d36.txt no longer matches its recorded SHA-256');
	});

	it('when a quote in a page is misspelled, naming the line and the closest passage', async () => {
		const { line } = prepared.misspelt;
		const build = await builds.misspelt;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${overview}:${line}:`);
		expect(build.output).toContain('The quote «resolve to stay is strnog» is not in report 000.');
		expect(build.output).toContain('Closest passage (paragraph 8): «resolve to stay is strong»');
		expect(build.output).toContain('the report has o (U+006F), the quote has n (U+006E)');
	});

	it('when a straight apostrophe is typed as a curly one, naming both characters', async () => {
		const build = await builds.curly;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('[quote-not-found]');
		expect(build.output).toMatch(/the report has ' \(U\+0027, straight apostrophe\), the quote has ’ \(U\+2019/);
	});

	it('when a source id is unknown, listing the known ids', async () => {
		const { line } = prepared.unknownSource;
		const build = await builds.unknownSource;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${overview}:${line}:`);
		expect(build.output).toContain('Unknown source id "009".');
		expect(build.output).toContain('Known ids: "000", "001", "002", "003", "004"');
		expect(build.output).toContain('«A senior administration official said that at one point»');
	});

	it('when a quote starts inside a word and so says the opposite of the report', async () => {
		const { line } = prepared.cutWord;
		const build = await builds.cutWord;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${overview}:${line}:`);
		expect(build.output).toContain('[quote-cuts-word]');
		expect(build.output).toContain('the report has «unlikely»');
		expect(build.output).toContain('Fix: Quote whole words, e.g. quote="unlikely to leave his post".');
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
		expect(build.output.indexOf('docs-data/sources.yaml')).toBeLessThan(build.output.indexOf(overview));
	});
});
