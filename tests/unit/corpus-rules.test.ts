import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/scratch-folder.ts';
import { z } from 'zod';
import { loadCorpus, readChecksums } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { corpusMessages } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-messages.ts';
import { describeIssue, fieldName } from '../../packages/starlight-verbatim-citations/src/corpus/metadata-issues.ts';
import { byteAndLine, reportContentProblem } from '../../packages/starlight-verbatim-citations/src/corpus/report-content.ts';
import { cutEnds, widenToWholeWords } from '../../packages/starlight-verbatim-citations/src/engine/verbatim.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));
function corpus(files: Record<string, string>) {
	root = mkdtempSync(join(tmpdir(), 'corpus-rules-'));
	writeFiles(root, files);
	return loadCorpus(root);
}
const A = 'Report A says so.\n';
const entry = (id: string, file: string, extra = '') => `- id: "${id}"\n  file: ${file}\n  title: T\n  summary: S\n${extra}`;

describe('corpus rules, each with its catalogue message', () => {
	it('metadata-missing: no sources.yaml, and no citation is then called unknown', () => {
		const loaded = corpus({ 'docs-data/sources/a.txt': A });
		expect(loaded.problems).toEqual([expect.objectContaining({ code: 'metadata-missing', message: corpusMessages['metadata-missing']('docs-data/sources.yaml').message })]);
		expect(loaded.unavailable.all).toBe(true);
	});

	it('metadata-not-a-list: a mapping where the list of reports should be', () => {
		const loaded = corpus({ 'docs-data/sources.yaml': 'id: "001"\n' });
		expect(loaded.problems).toEqual([expect.objectContaining({ code: 'metadata-not-a-list', hint: corpusMessages['metadata-not-a-list']('x').hint })]);
	});

	it('metadata-duplicate-file: the second entry for one file, named by its id', () => {
		const loaded = corpus({
			'docs-data/sources.yaml': entry('001', 'a.txt') + entry('002', 'a.txt'),
			'docs-data/sources/a.txt': A,
			'docs-data/sources/SHA256SUMS': `${sha(A)}  a.txt\n`,
		});
		expect(loaded.problems).toEqual([expect.objectContaining({ code: 'metadata-duplicate-file', line: 5, message: corpusMessages['metadata-duplicate-file']('002', 'a.txt', 1).message })]);
		expect([...loaded.unavailable.ids]).toEqual(['002']);
	});

	it('metadata-unknown-key inside a quality note, at the key’s line, with that object’s keys', () => {
		const loaded = corpus({
			'docs-data/sources.yaml': entry('001', 'a.txt', '  qualityNotes:\n    - note: N\n      evidnce: Report A says\n'),
			'docs-data/sources/a.txt': A,
			'docs-data/sources/SHA256SUMS': `${sha(A)}  a.txt\n`,
		});
		expect(loaded.problems).toEqual([
			expect.objectContaining({ code: 'metadata-unknown-key', line: 7, message: corpusMessages['metadata-unknown-key']('Report 001', 'evidnce', []).message, hint: corpusMessages['metadata-unknown-key']('', '', ['note', 'evidence']).hint }),
		]);
	});

	it('source-unlisted: a report file no entry lists', () => {
		const loaded = corpus({
			'docs-data/sources.yaml': entry('001', 'a.txt'),
			'docs-data/sources/a.txt': A,
			'docs-data/sources/z.txt': 'Z.\n',
			'docs-data/sources/SHA256SUMS': `${sha(A)}  a.txt\n`,
		});
		expect(loaded.problems).toEqual([expect.objectContaining({ code: 'source-unlisted', file: 'docs-data/sources/z.txt', message: corpusMessages['source-unlisted']('z.txt', 'docs-data/sources.yaml').message })]);
	});

	it('source-not-utf8: bytes that are not UTF-8', () => {
		root = undefined;
		const loaded = corpus({ 'docs-data/sources.yaml': entry('001', 'a.txt'), 'docs-data/sources/SHA256SUMS': '' });
		writeFileSync(join(root!, 'docs-data/sources/a.txt'), Buffer.from([0x52, 0xe9, 0x0a]));
		const again = loadCorpus(root!);
		expect(loaded.problems.map((p) => p.code)).toEqual(['source-missing']);
		expect(again.problems).toEqual([expect.objectContaining({ code: 'source-not-utf8', message: corpusMessages['source-not-utf8']('a.txt').message })]);
	});
});

describe('SHA256SUMS lines', () => {
	it('reads sha256sum lines, binary-mode ones and CRLF, and names every other non-blank line', () => {
		const file = readChecksums(`${'a'.repeat(64)}  a.txt\r\n${'b'.repeat(64)} *b.txt\n\nnot a line\n${'C'.repeat(64)}  c.txt\n`);
		expect([...file.sums]).toEqual([['a.txt', 'a'.repeat(64)], ['b.txt', 'b'.repeat(64)]]);
		expect(file.malformed).toEqual([{ line: 4, text: 'not a line' }, { line: 5, text: `${'C'.repeat(64)}  c.txt` }]);
	});
});

describe('zod issues in an editor’s words', () => {
	const schema = z.strictObject({ title: z.string().min(1), dateline: z.iso.date().optional(), notes: z.array(z.strictObject({ n: z.number().int().positive() })) });
	const issues = (value: unknown) => schema.safeParse(value).error!.issues;
	it('missing, empty, wrong type, bad date, too small', () => {
		const [missing] = issues({ notes: [] });
		expect(describeIssue(missing!, undefined)).toBe('is missing');
		expect(describeIssue(issues({ title: '', notes: [] })[0]!, '')).toBe('is empty');
		expect(describeIssue(issues({ title: 5, notes: [] })[0]!, 5)).toBe('must be text, not a number (5) (put it in quotes: "…")');
		expect(describeIssue(issues({ title: ['x'], notes: [] })[0]!, ['x'])).toBe('must be text, not a list');
		expect(describeIssue(issues({ title: 't', notes: {} })[0]!, {})).toBe('must be a list, not a mapping');
		expect(describeIssue(issues({ title: 't', dateline: '26 July 2017', notes: [] })[0]!, '26 July 2017')).toBe('must be a date written YYYY-MM-DD, not "26 July 2017"');
		expect(describeIssue(issues({ title: 't', notes: [{ n: 0 }] })[0]!, 0)).toBe('must be more than 0');
	});
	it('names nested fields by position from 1', () => {
		expect(fieldName(['qualityNotes', 1, 'evidence'])).toBe('qualityNotes item 2, evidence');
		expect(fieldName([])).toBe('the entry');
	});
});

describe('report content', () => {
	it('gives byte offsets in UTF-8, after a BOM and multi-byte and astral characters', () => {
		const text = '\uFEFFé𝐀\nx';
		expect(byteAndLine(text, text.indexOf('x'))).toEqual({ byteOffset: 3 + 2 + 4 + 1, line: 2 });
	});
	it('accepts tab, line breaks and a BOM; counts every control character', () => {
		expect(reportContentProblem('a.txt', '\uFEFFA\treport.\r\n', 12, 100)).toBeUndefined();
		expect(reportContentProblem('a.txt', 'A\u0007b\u0085c', 6, 100)).toMatchObject({ code: 'source-control-character', message: corpusMessages['source-control-character']('a.txt', 'U+0007', 1, 1, 2).message });
	});
	it('checks the size limit first, at the limit itself accepted', () => {
		expect(reportContentProblem('a.txt', 'abcd', 4, 4)).toBeUndefined();
		expect(reportContentProblem('a.txt', 'abcde', 5, 4)).toMatchObject({ code: 'source-too-large' });
	});
});

describe('word boundaries at both ends', () => {
	it('sees a cut at the start, the end, both or neither, in UTF-16 offsets', () => {
		const text = 'un𝐀likely, (to) go';
		expect(cutEnds(text, 2, 4)).toEqual({ start: true, end: true });
		expect(cutEnds(text, 0, text.indexOf(','))).toEqual({ start: false, end: false });
		expect(cutEnds(text, text.indexOf('('), text.indexOf(')') + 1)).toEqual({ start: false, end: false });
		expect(cutEnds(text, 1, text.indexOf(','))).toEqual({ start: true, end: false });
	});
	it('widens to whole words without splitting a surrogate pair', () => {
		const text = 'x 𝐀𝐁𝐂 y';
		expect(widenToWholeWords(text, 4, 4)).toEqual([2, 8]);
		expect(widenToWholeWords(text, 0, 1)).toEqual([0, 1]);
	});
});
