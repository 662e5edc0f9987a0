import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	appendChecksumLine,
	appendMetadataEntry,
	idProblem,
	nextId,
	planAddSource,
	REPORT_FILE_NAME,
	reportFileName,
	type ExistingReport,
} from '../../packages/starlight-verbatim-citations/src/authoring/add-source.ts';
import { parseChecksums, sha256 } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const report = (id: string, file: string, text: string, listed = true): ExistingReport => ({ id, file, text, sha256: sha256(encode(text)), listed });
const existing = [report('000', 'a.txt', 'First report.\n\nWith two paragraphs.'), report('004', 'b.txt', 'Second report.')];
const third = encode('Third report.');
const thirdName = `005_${sha256(third).slice(0, 16)}.txt`;

describe('planAddSource with a chosen id (add-source --id)', () => {
	it('uses the id for the entry and the stored name', () => {
		const plan = planAddSource('c.txt', third, existing, undefined, [], [], 'city-council');
		expect(plan).toMatchObject({ ok: true, id: 'city-council', file: `city-council_${sha256(third).slice(0, 16)}.txt`, entry: { id: 'city-council' } });
	});

	it('refuses an id another report has, or one that is not an id, saying what to do', () => {
		expect(planAddSource('c.txt', third, existing, undefined, [], [], '004')).toEqual({ ok: false, reason: expect.stringMatching(/"004" is already taken.*--id/) });
		for (const bad of ['', 'City', 'a b', '-x', 'x/y', 'a_b']) {
			expect(planAddSource('c.txt', third, existing, undefined, [], [], bad), bad).toEqual({ ok: false, reason: expect.stringMatching(/is not a valid report id: .*lowercase letters, digits and hyphens/) });
		}
		expect(idProblem('005', ['000'])).toBeUndefined();
	});
});

describe('planAddSource', () => {
	it('gives a new report the next numeric id, a checksum line and a stub the build refuses until filled', () => {
		const plan = planAddSource('c.txt', third, existing);
		expect(plan.ok).toBe(true);
		if (!plan.ok) return;
		expect(plan.id).toBe('005');
		expect(plan.checksumLine).toBe(`${sha256(third)}  ${thirdName}\n`);
		expect(plan.entry).toMatchObject({ id: '005', file: thirdName, qualityNotes: [] });
		expect(plan.entry.title).toMatch(/^TODO/);
		expect(plan.entry.summary).toMatch(/^TODO/);
	});

	it('stores every report under <id>_<first 16 hex of its SHA-256>.txt, whatever the incoming name', () => {
		for (const hostile of ['a: b.txt', '[draft].txt', 'report #1.txt', 'two\nlines.txt', '- id: "999".txt', 'x"y.txt', 'REPORT.TXT']) {
			const plan = planAddSource(hostile, third, existing);
			expect(plan, hostile).toMatchObject({ ok: true, file: thirdName });
			if (plan.ok) expect(plan.file).toMatch(REPORT_FILE_NAME);
		}
		expect(reportFileName('005', sha256(third))).toBe(thirdName);
		for (const bad of ['a: b.txt', '[draft].txt', 'report #1.txt', 'x\ny.txt', '.txt', 'a.txt\n']) expect(REPORT_FILE_NAME.test(bad), bad).toBe(false);
		for (const good of ['003_bcbf5988037475aa.txt', 'ferry-union.txt', 'A.b_c-1.txt']) expect(REPORT_FILE_NAME.test(good), good).toBe(true);
	});

	it('refuses an empty file and a file of only whitespace', () => {
		expect(planAddSource('c.txt', encode(''), existing)).toEqual({ ok: false, reason: 'c.txt is empty: there is nothing to cite.' });
		expect(planAddSource('c.txt', encode(' \n\n '), existing)).toMatchObject({ ok: false, reason: expect.stringContaining('only whitespace') });
	});

	it('refuses bytes that are not UTF-8, saying how to convert them', () => {
		const latin1 = new Uint8Array([0x53, 0x65, 0x73, 0x73, 0x69, 0x6f, 0x6e, 0x73, 0x92, 0x20]);
		expect(planAddSource('c.txt', latin1, existing)).toMatchObject({ ok: false, reason: expect.stringContaining('is not valid UTF-8') });
	});

	it('refuses a report already in the corpus, byte for byte or differing only in whitespace', () => {
		expect(planAddSource('copy.txt', encode('Second report.'), existing)).toMatchObject({ ok: false, reason: expect.stringContaining('byte-identical to report 004') });
		expect(planAddSource('copy.txt', encode('First  report.\nWith two paragraphs.\n'), existing)).toMatchObject({ ok: false, reason: expect.stringContaining('same words as report 000') });
	});

	it('refuses names that are not .txt, and a stored name another file already has, compared case-folded', () => {
		expect(planAddSource('c.md', third, existing)).toMatchObject({ ok: false, reason: expect.stringContaining('.txt') });
		const upper = thirdName.replace(/[a-f]/g, (c) => c.toUpperCase());
		const clash = planAddSource('c.txt', third, [...existing, report('(unlisted)', upper, 'Unrelated words.', false)]);
		expect(clash).toMatchObject({ ok: false, reason: expect.stringContaining(upper) });
		const listedOnly = planAddSource('c.txt', third, existing, ['000', '004'], [upper]);
		expect(listedOnly).toMatchObject({ ok: false, reason: expect.stringContaining(upper) });
	});

	it('finishes a half-added report: the same bytes on disk with no entry are listed, not refused', () => {
		const onDisk = { ...report('(unlisted)', thirdName, 'Third report.', false) };
		const withChecksum = planAddSource('c.txt', third, [...existing, onDisk], ['000', '004'], [thirdName]);
		expect(withChecksum).toMatchObject({ ok: true, id: '005', file: thirdName, copy: false, checksumLine: undefined, resumed: true });
		const withoutChecksum = planAddSource('c.txt', third, [...existing, onDisk]);
		expect(withoutChecksum).toMatchObject({ ok: true, file: thirdName, copy: false, checksumLine: `${sha256(third)}  ${thirdName}\n` });
	});
});

describe('appendChecksumLine', () => {
	const first = `${'a'.repeat(64)}  004_e0db0117a95bea2e.txt`;
	const line = `${'b'.repeat(64)}  005_x.txt\n`;

	it('keeps the last recorded line whole when SHA256SUMS has no final newline', () => {
		const sums = parseChecksums(appendChecksumLine(first, line));
		expect(sums.get('004_e0db0117a95bea2e.txt')).toBe('a'.repeat(64));
		expect(sums.get('005_x.txt')).toBe('b'.repeat(64));
	});

	it('appends to a file that ends in a newline, and to an empty or missing file, byte for byte', () => {
		expect(appendChecksumLine(`${first}\n`, line)).toBe(`${first}\n${line}`);
		expect(appendChecksumLine(`${first}\r\n`, line)).toBe(`${first}\r\n${line}`);
		expect(appendChecksumLine('', line)).toBe(line);
		expect(appendChecksumLine(undefined, line)).toBe(line);
	});
});

describe('appendMetadataEntry', () => {
	const before = '# Reports.\n- id: "000"\n  file: a.txt\n  summary: >-\n    Folded text that the yaml library would re-wrap if it rewrote the file.\n';
	const entry = { id: '005', file: '005_ab.txt', title: 'TODO: a title: with "quotes" and # hash', summary: 'TODO: [draft] #1', qualityNotes: [] };

	it('appends a quoted entry written by the yaml library and leaves every existing byte as it was', () => {
		const result = appendMetadataEntry(before, entry);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text.startsWith(before)).toBe(true);
		expect(result.text.slice(before.length)).toContain('file: "005_ab.txt"');
		expect(result.text).toContain('# dateline: YYYY-MM-DD');
		const parsed = parse(result.text) as { id: string }[];
		expect(parsed.at(-1)).toEqual(entry);
		expect(parsed.map((e) => e.id)).toEqual(['000', '005']);
	});

	it('adds the line break a file without a final newline lacks, and writes the first entry of an empty file', () => {
		const noNewline = appendMetadataEntry(before.trimEnd(), entry);
		expect(noNewline.ok && (parse(noNewline.text) as unknown[]).length).toBe(2);
		const empty = appendMetadataEntry('', entry);
		expect(empty.ok && parse(empty.text)).toEqual([entry]);
		const commentsOnly = appendMetadataEntry('# nothing yet\n', entry);
		expect(commentsOnly.ok && parse(commentsOnly.text)).toEqual([entry]);
	});

	it('takes the empty list init writes ([]), keeping its comment, and gives a block list', () => {
		for (const start of ['[]\n', '[]', '# One entry per report.\n[]\n', '[ ]  \n']) {
			const result = appendMetadataEntry(start, entry);
			expect(result.ok, JSON.stringify(start)).toBe(true);
			if (!result.ok) continue;
			expect(parse(result.text)).toEqual([entry]);
			expect(result.text).not.toContain('[]\n-');
			if (start.startsWith('#')) expect(result.text.startsWith('# One entry per report.\n- id: "005"')).toBe(true);
			const second = appendMetadataEntry(result.text, { ...entry, id: '006' });
			expect(second.ok && (parse(second.text) as { id: string }[]).map((e) => e.id)).toEqual(['005', '006']);
		}
	});

	it('refuses to append to a file that is not valid YAML or not a list, naming the line', () => {
		const broken = appendMetadataEntry('- id: "000"\n  file: a: b.txt\n', entry);
		expect(broken).toMatchObject({ ok: false, reason: expect.stringMatching(/line 2/) });
		expect(appendMetadataEntry('id: "000"\n', entry)).toMatchObject({ ok: false, reason: expect.stringContaining('list') });
		expect(appendMetadataEntry('[{ id: "000", file: a.txt }]\n', entry)).toMatchObject({ ok: false });
	});
});

describe('nextId', () => {
	it('continues the zero-padded numbering and ignores non-numeric ids', () => {
		expect(nextId([])).toBe('000');
		expect(nextId(['000', '001', 'extra'])).toBe('002');
		expect(nextId(['009'])).toBe('010');
	});
});
