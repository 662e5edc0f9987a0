import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/scratch-folder.ts';
import { corpusMessages } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-messages.ts';
import { formatProblems } from '../../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { decodeReport, metadataLine } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { citationOptionsSchema, DEFAULT_OPTIONS } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';

/**
 * A tiny project on disk (two reports, their checksums and metadata, one page citing both), broken
 * one way per test the way a hostile or hurried editor would, and checked without Astro.
 */
const A = 'The harbour board said the ferry would run on Sundays.\n\nIt was unlikely to leave port.\n';
const B = 'The union said the ferry crews were not consulted.\n';
const sha = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');
const yaml = (entries: string[]) => entries.join('');
const entry = (id: string, file: string, extra = '') => `- id: "${id}"\n  file: ${file}\n  title: Title ${id}\n  summary: Summary ${id}\n${extra}`;
const page = [
	'---',
	'title: Page',
	'---',
	"import { Cite, Editorial, ReportDate } from 'starlight-verbatim-citations/components';",
	'',
	'The board said so<Cite source="001" quote="the ferry would run on Sundays" />.',
	'',
	'The union objected<Cite source="002" quote="the ferry crews were not consulted" />.',
	'',
	'<Editorial>',
	'',
	'Read [report 002](../sources/002/) or [its original](../sources/raw/b.txt).',
	'',
	'</Editorial>',
	'',
].join('\n');

/**
 * The rules the build ran before rules could be switched: the explainer's, without the report
 * coverage rules (this fixture's reports are not cited sentence by sentence).
 */
const OPTIONS = citationOptionsSchema.parse({ preset: 'explainer', rules: { 'sentence-coverage': 'off', 'paragraph-coverage': 'off' } });

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string | Uint8Array | undefined>) {
	root = mkdtempSync(join(tmpdir(), 'corpus-files-'));
	const base: Record<string, string | Uint8Array | undefined> = {
		'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('002', 'b.txt')]),
		'docs-data/sources/a.txt': A,
		'docs-data/sources/b.txt': B,
		'docs-data/sources/SHA256SUMS': `${sha(A)}  a.txt\n${sha(B)}  b.txt\n`,
		'src/content/docs/page.mdx': page,
		// Neither report attributes anything (the attribution rule is tested in attribution.test.ts).
		'docs-data/attributions.yaml': '"001": []\n"002": []\n',
		...files,
	};
	writeFiles(root, base);
	const check = checkSite(root, OPTIONS);
	return { problems: check.problems, output: check.problems.length ? formatProblems(check.problems) : '' };
}

describe('the corpus as the editor left it', () => {
	it('loads a clean corpus without a problem', () => {
		expect(project({}).problems).toEqual([]);
	});

	it('gives one message, at its line, for one YAML typo: no cascade of unknown sources', () => {
		const broken = yaml([entry('001', 'a.txt'), entry('002', 'b.txt')]).replace('  title: Title 002', '  title: "Title 002');
		const { problems } = project({ 'docs-data/sources.yaml': broken });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ code: 'metadata-syntax', file: 'docs-data/sources.yaml' });
		expect(problems[0]!.line).toBeGreaterThanOrEqual(8);
		expect(problems[0]!.hint).toBe(corpusMessages['metadata-syntax']('x', 'y').hint);
	});

	it('says a field is missing in the editor’s words, names the entry by id, and stops there', () => {
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('002', 'b.txt').replace('  title: Title 002\n', '')]) });
		expect(problems).toEqual([
			expect.objectContaining({ code: 'metadata-invalid', line: 5, message: corpusMessages['metadata-invalid']('Report 002', 'title', 'is missing').message }),
		]);
		expect(problems[0]!.message).toBe('Report 002: title is missing.');
	});

	it('asks for quotes around an id YAML reads as a number', () => {
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('002', 'b.txt').replace('"002"', '002')]) });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toBe('Report 002: id must be text, not a number (2) (put it in quotes: "…").');
	});

	it('locates an unknown key at the key’s own line, listing the keys that exist', () => {
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('002', 'b.txt', '  dateLine: 2017-07-26\n')]) });
		expect(problems).toEqual([expect.objectContaining({ code: 'metadata-unknown-key', line: 9 })]);
		expect(problems[0]!.message).toBe(corpusMessages['metadata-unknown-key']('Report 002', 'dateLine', []).message);
		expect(problems[0]!.hint).toContain('dateline');
	});

	it('reports a duplicate id once, without calling its file unlisted', () => {
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('001', 'b.txt')]) });
		// Citations, links and attribution frames naming "002" are rightly unknown now: no entry has that id any more.
		expect(problems.map((p) => p.code).filter((c) => c !== 'unknown-source' && c !== 'link-broken' && c !== 'attributions-invalid')).toEqual(['metadata-duplicate-id']);
		expect(problems[0]!.message).toBe(corpusMessages['metadata-duplicate-id']('001', 1).message);
	});

	it('sends the editor of a missing report to git, not to add-source (which would add a second entry)', () => {
		const { problems } = project({ 'docs-data/sources/b.txt': undefined });
		expect(problems).toEqual([expect.objectContaining({ code: 'source-missing', line: 5 })]);
		expect(problems[0]!.hint).toBe(corpusMessages['source-missing']('002', 'docs-data/sources/b.txt').hint);
		expect(problems[0]!.hint).toContain('git checkout -- docs-data/sources/b.txt');
		expect(problems[0]!.hint).toContain('Do not run npx verbatim-citations add-source');
		// Nor are the links to its page and its original called broken: one cause, one message.
	});

	it('still reports a broken link to a report page that never existed', () => {
		const { problems } = project({ 'src/content/docs/page.mdx': page.replace('../sources/002/', '../sources/009/') });
		expect(problems).toEqual([expect.objectContaining({ code: 'link-broken' })]);
	});

	it('never prints the checksum of a report whose line was deleted', () => {
		const edited = A.replace('unlikely', 'likely');
		const { problems, output } = project({ 'docs-data/sources/a.txt': edited, 'docs-data/sources/SHA256SUMS': `${sha(B)}  b.txt\n` });
		expect(problems.map((p) => p.code)).toEqual(['checksum-missing']);
		expect(problems[0]!.message).toBe(corpusMessages['checksum-missing']('a.txt', 'docs-data/sources/SHA256SUMS').message);
		expect(output).not.toContain(sha(edited));
		expect(output).not.toMatch(/[0-9a-f]{64}/);
	});

	it('never prints a checksum when SHA256SUMS is deleted: one problem for the file', () => {
		const { problems, output } = project({ 'docs-data/sources/SHA256SUMS': undefined });
		expect(problems.map((p) => p.code)).toEqual(['checksums-missing']);
		expect(output).not.toMatch(/[0-9a-f]{64}/);
	});

	it('names a malformed or duplicated SHA256SUMS line with its line number', () => {
		const { problems } = project({ 'docs-data/sources/SHA256SUMS': `${sha(A)}  a.txt${sha(B)}  b.txt\n${sha(B)}  b.txt\n${sha(B)}  b.txt\n` });
		expect(problems).toEqual([
			expect.objectContaining({ code: 'checksum-malformed', line: 1, message: corpusMessages['checksum-malformed'](`${sha(A)}  a.txt${sha(B)}  b.txt`).message }),
			expect.objectContaining({ code: 'checksum-duplicate', line: 3, message: corpusMessages['checksum-duplicate']('b.txt', 2).message }),
			// a.txt lost its line to the glued one: the report is not shown as verified.
			expect.objectContaining({ code: 'checksum-missing' }),
		]);
	});

	it.each([
		['NUL', '\u0000', 'U+0000'],
		['ESC', '\u001b[31m', 'U+001B'],
		['form feed', '\f', 'U+000C'],
	])('refuses a report containing %s, with the byte offset and line', (_name, character, code) => {
		const text = `Première ligne.\n\nThe board said the ferry would run on Sundays.${character} More.\n`;
		const { problems } = project({ 'docs-data/sources/a.txt': text, 'docs-data/sources/SHA256SUMS': `${sha(text)}  a.txt\n${sha(B)}  b.txt\n` });
		const byte = Buffer.byteLength(text.slice(0, text.indexOf(character)));
		expect(problems).toEqual([
			expect.objectContaining({ code: 'source-control-character', file: 'docs-data/sources/a.txt', message: corpusMessages['source-control-character']('a.txt', code, byte, 3, 1).message }),
		]);
		expect(problems[0]!.message).toContain(`at byte ${byte} (line 3)`);
	});

	it.each([
		['', 'no bytes', undefined],
		[' \n\n\t\n', 'only whitespace', undefined],
		['\n\u200b\u200d \u2060', 'only invisible characters', { character: 'U+200B', byteOffset: 1, line: 2 }],
	] as const)('refuses an empty report (%j)', (text, content, first) => {
		const { problems } = project({ 'docs-data/sources/a.txt': text, 'docs-data/sources/SHA256SUMS': `${sha(text)}  a.txt\n${sha(B)}  b.txt\n` });
		expect(problems).toEqual([expect.objectContaining({ code: 'source-empty', message: corpusMessages['source-empty']('a.txt', content, first).message })]);
	});

	it('refuses a report over the documented size limit', () => {
		const text = `${A}${'word '.repeat(DEFAULT_OPTIONS.maxReportBytes / 5)}`;
		const { problems } = project({ 'docs-data/sources/a.txt': text, 'docs-data/sources/SHA256SUMS': `${sha(text)}  a.txt\n${sha(B)}  b.txt\n` });
		expect(problems).toEqual([expect.objectContaining({ code: 'source-too-large', message: corpusMessages['source-too-large']('a.txt', Buffer.byteLength(text), 1_000_000).message })]);
	});
});

describe('reading a report and its entry', () => {
	it('refuses an edited report, naming both checksums, at the report', () => {
		const edited = A.replace('Sundays', 'Mondays');
		const { problems } = project({ 'docs-data/sources/a.txt': edited });
		expect(problems).toContainEqual({
			file: 'docs-data/sources/a.txt',
			line: 1,
			column: 1,
			code: 'source-changed',
			...corpusMessages['source-changed']('a.txt', sha(A), sha(edited)),
		});
		expect(problems.find((p) => p.code === 'source-changed')!.message).toContain(`(${sha(A).slice(0, 12)}…, now ${sha(edited).slice(0, 12)}…)`);
	});
	it('names an entry without an id by its line, and one with a number for an id by what was typed', () => {
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt'), entry('002', 'b.txt'), '- file: c.txt\n  title: T\n  summary: S\n', '- id: 003\n  file: d.txt\n  title: T\n  summary: S\n']) });
		const invalid = problems.filter((p) => p.code === 'metadata-invalid');
		expect(invalid.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
			[9, 'The report entry on line 9'],
			[12, 'Report 003'],
		]);
	});
	it('decodes UTF-8 keeping a byte-order mark, and refuses other bytes', () => {
		expect(decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
		expect(decodeReport(new Uint8Array([0x61, 0xff, 0x62]))).toBeUndefined();
	});
	it('refuses quality-note evidence that is not verbatim in its report, at the entry, and accepts words that are', () => {
		const notes = '  qualityNotes:\n    - note: Says when.\n      evidence: the ferry would run on Sundays\n    - note: Misquoted.\n      evidence: the ferry would run on Mondays\n    - note: No evidence.\n';
		const { problems } = project({ 'docs-data/sources.yaml': yaml([entry('001', 'a.txt', notes), entry('002', 'b.txt')]) });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'docs-data/sources.yaml', line: 1, column: 1, code: 'quote-not-found', sourceId: '001' });
		expect(problems[0]!.message).toMatch(/^Quality note evidence of report 001: The quote «the ferry would run on Mondays» is not in report 001\./);
	});
	it('names the keys allowed inside a quality note or an uncited paragraph when one is misspelt', () => {
		const { problems } = project({
			'docs-data/sources.yaml': yaml([entry('001', 'a.txt', '  qualityNotes:\n    - note: Fine.\n      evidnce: x\n'), entry('002', 'b.txt', '  uncitedParagraphs:\n    - paragraph: 1\n      reson: Label.\n')]),
		});
		const unknown = problems.filter((p) => p.code === 'metadata-unknown-key');
		expect(unknown.map((p) => [p.line, p.message, p.hint])).toEqual([
			[7, 'Report 001: unknown key "evidnce".', 'Use one of: note, evidence; the spelling and case must match.'],
			[14, 'Report 002: unknown key "reson".', 'Use one of: paragraph, reason; the spelling and case must match.'],
		]);
	});
	it('locates an entry, one of its uncitedParagraphs items, or line 1 for a report it does not know', () => {
		const lines = { file: 'docs-data/sources.yaml', entries: new Map([['001', { line: 5, uncited: new Map([[2, 9]]) }]]) };
		expect(metadataLine(lines, '001')).toBe(5);
		expect(metadataLine(lines, '001', 2)).toBe(9);
		expect(metadataLine(lines, '001', 3)).toBe(5);
		expect(metadataLine(lines, '009', 2)).toBe(1);
		expect(metadataLine(lines, '009')).toBe(1);
	});
});

describe('links to the pages of a report that failed to load', () => {
	const links = (...targets: string[]) => page.replace('</Editorial>', `${targets.map((t, i) => `[link ${i}](${t})`).join(' ')}\n\n</Editorial>`);
	it('accepts only links to that report\'s page (with or without its slash) and to raw originals, and still checks the rest', () => {
		const { problems } = project({
			'docs-data/sources/b.txt': undefined,
			'src/content/docs/page.mdx': links('../sources/002', '../sources/raw/zzz.txt', '../sources/009/', '../players/nobody/', '../sources/0021/'),
		});
		expect(problems.map((p) => [p.code, p.message.match(/The link (\S+)/)?.[1] ?? ''])).toEqual([
			['source-missing', ''],
			['link-broken', '../sources/009/'],
			['link-broken', '../players/nobody/'],
			['link-broken', '../sources/0021/'],
		]);
	});
	it('checks every link to a report page when all reports load', () => {
		const { problems } = project({ 'src/content/docs/page.mdx': links('../sources/raw/zzz.txt', '../sources/002') });
		expect(problems.map((p) => [p.code, p.message.match(/The link (\S+)/)?.[1]])).toEqual([['link-broken', '../sources/raw/zzz.txt']]);
	});
});

describe('what the whole check says about a report that failed to load', () => {
	it('does not blame a date tag naming it, and still checks one naming a report that loaded', () => {
		const dated = page.replace('</Editorial>', 'On <ReportDate source="002" words="crews were not heard" /> and <ReportDate source="001" words="ferry would sail" />.\n\n</Editorial>');
		const { problems } = project({ 'docs-data/sources/b.txt': undefined, 'src/content/docs/page.mdx': dated });
		expect(problems.map((p) => [p.code, p.sourceId])).toEqual([
			['source-missing', undefined],
			['quote-not-found', '001'],
		]);
	});
	it('knows the ledger citations.json only when the site publishes it', () => {
		const linked = page.replace('</Editorial>', 'The [ledger](../citations.json).\n\n</Editorial>');
		expect(project({ 'src/content/docs/page.mdx': linked }).problems).toEqual([]);
		const without = checkSite(root!, { ...OPTIONS, ledger: false });
		expect(without.problems.map((p) => [p.code, p.message])).toEqual([['link-broken', 'The link ../citations.json leads to /citations.json, where there is no page.']]);
	});
});

