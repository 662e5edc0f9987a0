import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attributionsStub } from '../../packages/starlight-verbatim-citations/src/authoring/attributions-stub.ts';
import { sentencesStub } from '../../packages/starlight-verbatim-citations/src/authoring/sentences-stub.ts';
import { main } from '../../packages/starlight-verbatim-citations/src/cli/main.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';

const REPORT = 'HARBOURTON, March 5, 2024 — The board voted to close the pier, two members said. "It is: over," the mayor said.\n\nThe vote was 5 to 2.\n';

async function run(cwd: string, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await main(argv, cwd, { out: (t) => out.push(t), err: (t) => err.push(t) });
	return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('add-source does the whole job: details as flags, every stub written', () => {
	let root: string | undefined;
	afterEach(() => root && rmSync(root, { recursive: true, force: true }));
	const site = async () => {
		root = mkdtempSync(join(tmpdir(), 'vc-add-details-'));
		await run(root, 'init');
		writeFileSync(join(root, 'report.txt'), REPORT);
		return root;
	};

	it('writes the details given as flags, quoted, and the attribution entry with its candidates as comments', async () => {
		const cwd = await site();
		const added = await run(cwd, 'add-source', 'report.txt', '--title', 'The pier: closed', '--summary', 'A vote on the pier.', '--dateline', '2024-03-05', '--outlet', 'The Harbour Times', '--byline', 'A. Reporter', '--url', 'https://example.org/pier', '--retrieved', '2024-03-06', '--excerpt');
		expect(added.status, added.stderr).toBe(0);
		const [entry] = parse(readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8')) as Record<string, unknown>[];
		expect(entry).toMatchObject({ title: 'The pier: closed', dateline: '2024-03-05', outlet: 'The Harbour Times', byline: 'A. Reporter', url: 'https://example.org/pier', retrieved: '2024-03-06', excerpt: true });
		const attributions = readFileSync(join(cwd, 'docs-data/attributions.yaml'), 'utf8');
		expect(parse(attributions)).toEqual({ '000': [] });
		expect(attributions).toContain('# - frame: "said"');
		expect(attributions).toContain('#   governs: "HARBOURTON, March 5, 2024 — The board voted to close the pier, two members said."');
		expect(attributions).toContain(String.raw`#   governs: "\"It is: over,\" the mayor said."`);
		expect(added.stdout).toMatch(/1\. Confirm its attribution frames in docs-data\/attributions\.yaml: 2 candidates/);
		expect(added.stdout).not.toContain('Fill in the TODO');
		// Nothing left for the build to refuse: the stub is valid as written.
		expect(checkSite(cwd).problems).toEqual([]);
		// Its sentences are set aside as a whole until cited: one line, no to-do per sentence.
		const sentences = readFileSync(join(cwd, 'docs-data/sentences.yaml'), 'utf8');
		expect(parse(sentences)).toEqual({ '000': { notUsedYet: expect.stringMatching(/^added \d{4}-\d{2}-\d{2}, not worked through yet$/) } });
		expect(added.stdout).toMatch(/2\. Cite it: .*notUsedYet in docs-data\/sentences\.yaml/);
		const coverage = checkSite(cwd, undefined, { coverage: true });
		expect([...coverage.problems, ...coverage.warnings]).toEqual([]);
		const listed = await run(cwd, 'coverage');
		expect(listed.status, listed.stdout).toBe(0);
		expect(listed.stdout).toMatch(/report 000: 0\/3 sentences cited, 3 excused \(3 not-used-yet\)/);
		expect(listed.stdout).toContain('report 000 is not used yet (added ');
	});

	it('refuses a dateline the text does not state, or an invalid detail, writing nothing', async () => {
		const cwd = await site();
		const before = readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8');
		const dateline = await run(cwd, 'add-source', 'report.txt', '--dateline', '2024-03-04');
		expect(dateline.status).toBe(1);
		expect(dateline.stderr).toMatch(/(?:^|\n)Not added\. The dateline 2024-03-04 is not stated in its text\. The text states 2024-03-05 \(«March 5, 2024»\)\..*--dateline-source/);
		const url = await run(cwd, 'add-source', 'report.txt', '--url', 'not a url');
		expect(url.stderr).toMatch(/(?:^|\n)Not added\. --url: .*Nothing was written\.$/);
		expect(readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8')).toBe(before);
		// With the editors' source, the same dateline is taken and vouched for.
		const sourced = await run(cwd, 'add-source', 'report.txt', '--dateline', '2024-03-04', '--dateline-source', 'https://example.org/archive');
		expect(sourced.status, sourced.stderr).toBe(0);
		const [entry] = parse(readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8')) as Record<string, unknown>[];
		expect(entry!.datelineSource).toEqual({ note: 'The editors took the dateline from this address.', url: 'https://example.org/archive' });
	});

	it('leaves attributions.yaml alone when it already has the report, or does not parse, and says so', () => {
		expect(attributionsStub('"000": []\n', '000', REPORT)).toEqual({ ok: false, reason: 'it already has an entry for "000"' });
		expect(attributionsStub('"000": [\n', '001', REPORT)).toMatchObject({ ok: false, reason: expect.stringContaining('not valid YAML') });
		const appended = attributionsStub('# frames\n"000": []', '001', 'No one speaks here.');
		expect(appended).toMatchObject({ ok: true, candidates: 0 });
		expect(parse((appended as { text: string }).text)).toEqual({ '000': [], '001': [] });
		const fromInit = attributionsStub('# frames\n{}\n', '000', REPORT);
		expect(parse((fromInit as { text: string }).text)).toEqual({ '000': [] });
		expect((fromInit as { text: string }).text).toMatch(/^# frames\n/);
	});

	it('leaves sentences.yaml alone when it already has the report, and says so in the checklist', async () => {
		const cwd = await site();
		writeFileSync(join(cwd, 'docs-data/sentences.yaml'), '"000":\n  join: [U.S.]\n');
		const added = await run(cwd, 'add-source', 'report.txt', '--title', 'T', '--summary', 'S');
		expect(added.status, added.stderr).toBe(0);
		expect(readFileSync(join(cwd, 'docs-data/sentences.yaml'), 'utf8')).toBe('"000":\n  join: [U.S.]\n');
		expect(added.stdout).toContain('docs-data/sentences.yaml was left alone: it already has an entry for "000"');
	});

	it('appends the sentences stub after the entries there, and in place of the {} init writes', () => {
		const after = sentencesStub('# notes\n"001":\n  join: [Mr.]\n', '002', '2026-12-03');
		expect(after.ok && parse(after.text)).toEqual({ '001': { join: ['Mr.'] }, '002': { notUsedYet: 'added 2026-12-03, not worked through yet' } });
		const fromInit = sentencesStub('# per report\n{}\n', '000', '2026-12-03');
		expect(fromInit.ok && parse(fromInit.text)).toEqual({ '000': { notUsedYet: 'added 2026-12-03, not worked through yet' } });
		expect(sentencesStub('- a list\n', '000', '2026-12-03')).toEqual({ ok: false, reason: 'it is not a map of report ids' });
	});
});
