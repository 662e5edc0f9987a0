import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { random, syntheticReport, vocabularyOf } from '../../bench/synthetic.ts';
import { cliBin, copyProject } from '../helpers/project.ts';

const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });

/**
 * What an editor does to add a report, start to finish, on a copy of this site: add-source, the
 * stub filled in, the report cited on a new page, then `verify` (npm run check): the build's check,
 * the build and the link check. A report nobody wrote by hand: generated from the corpus's own words,
 * so nothing here depends on which reports the site holds.
 */
describe('a generated sixth report, added and cited as the README says', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	// add-source, check, coverage and verify (a full build) one after another: minutes on a loaded machine.
	it('is added by add-source, cited on a new page, and passes check, build and link check', { timeout: 600_000 }, () => {
		const dir = join(project.root, 'docs-data/sources');
		const reports = readdirSync(dir).filter((name) => name.endsWith('.txt'));
		const text = syntheticReport(random(reports.length), vocabularyOf(reports.map((name) => readFileSync(join(dir, name), 'utf8'))));
		const incoming = join(project.root, 'incoming-report.txt');
		writeFileSync(incoming, text);

		const added = cli(project.root, 'add-source', incoming, '--outlet', 'The Generated Times', '--byline', 'A wire service', '--url', 'https://example.org/generated', '--retrieved', '2026-12-03', '--excerpt');
		expect(added.status, added.stderr).toBe(0);
		const id = /Added report (\S+):/.exec(added.stdout)![1]!;
		// The stub as the build refuses it, then filled in as the README's "Add a report" asks.
		const unfilled = cli(project.root, 'check');
		expect(unfilled.status).toBe(1);
		expect(unfilled.stderr).toMatch(/TODO/);
		project.edit('docs-data/sources.yaml', (yaml) =>
			yaml.replace(/title: "TODO[^"\n]*"/, 'title: "A generated report"').replace(/summary: "TODO[^"\n]*"/, 'summary: "Words drawn from the other reports, for this test."'),
		);
		// add-source wrote the report's attribution entry, its candidates as comments to confirm.
		expect(readFileSync(join(project.root, 'docs-data/attributions.yaml'), 'utf8')).toContain(`\n"${id}": []\n`);

		// The quote finder gives the tag to paste.
		const words = text.split(/\s+/).slice(0, 8).join(' ');
		const found = cli(project.root, 'quote', words);
		expect(found.status, found.stderr).toBe(0);
		const tag = new RegExp(`<Cite source="${id}" quote="[^"]+" />`).exec(found.stdout)![0];
		writeFileSync(
			join(project.root, 'src/content/docs/disputes/generated-report.mdx'),
			`---\ntitle: A generated report\ndescription: A page citing the generated report.\n---\n\nimport { Cite } from 'starlight-verbatim-citations/components';\n\nThe generated report opens with words drawn from the others${tag}.\n`,
		);

		// Its uncited sentences are set aside as a whole (notUsedYet), so coverage stays clean: one line, not a to-do per sentence.
		const coverage = cli(project.root, 'coverage');
		expect(coverage.status, coverage.stdout).toBe(0);
		expect(coverage.stdout).toContain(`report ${id} is not used yet (added `);
		expect(coverage.stdout).not.toMatch(new RegExp(`Report ${id}, (?:sentence|paragraph) \\d+ .* cited nowhere`));

		const verify = cli(project.root, 'verify');
		expect(verify.status, `${verify.stdout}\n${verify.stderr}`).toBe(0);
		expect(verify.stdout).toMatch(/✓ check {2}No problems: \d+ reports/);
		expect(verify.stdout).toMatch(/✓ links {2}\d+ links checked under \/, 0 broken/);
		expect(verify.stdout).toContain(`No problems: ${reports.length + 1} reports`);
		const page = readFileSync(join(project.root, 'dist/disputes/generated-report/index.html'), 'utf8');
		expect(page).toContain(`sources/${id}/#`);
		const reportPage = readFileSync(join(project.root, `dist/sources/${id}/index.html`), 'utf8');
		for (const shown of ['The Generated Times', 'A wire service', 'https://example.org/generated', 'on 2026-12-03', 'An excerpt of the report']) expect(reportPage).toContain(shown);
		expect(reportPage).toMatch(/Not used yet.*The editors have not worked this report through yet \(added \d{4}-\d{2}-\d{2}, not worked through yet\)/s);
		expect(reportPage).not.toContain('Not cited, not used yet');
	});
});
