import { describe, expect, it } from 'vitest';
import { nextId, planAddSource, type ExistingReport } from '../../src/verbatim-citations/authoring/add-source.ts';
import { sha256 } from '../../src/verbatim-citations/checks/corpus-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const report = (id: string, file: string, text: string): ExistingReport => ({ id, file, text, sha256: sha256(encode(text)) });
const existing = [report('000', 'a.txt', 'First report.\n\nWith two paragraphs.'), report('004', 'b.txt', 'Second report.')];

describe('planAddSource', () => {
	it('gives a new report the next numeric id, a checksum line and a stub the build refuses until filled', () => {
		const plan = planAddSource('c.txt', encode('Third report.'), existing);
		expect(plan.ok).toBe(true);
		if (!plan.ok) return;
		expect(plan.id).toBe('005');
		expect(plan.checksumLine).toBe(`${sha256(encode('Third report.'))}  c.txt\n`);
		expect(plan.metadataStub).toContain('- id: "005"\n  file: c.txt\n');
		expect(plan.metadataStub).toMatch(/title: "TODO/);
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

	it('refuses a file name already used by a different report, and names that are not .txt', () => {
		expect(planAddSource('a.txt', encode('Something else.'), existing)).toMatchObject({ ok: false, reason: expect.stringContaining('already has the file name a.txt') });
		expect(planAddSource('c.md', encode('Something else.'), existing)).toMatchObject({ ok: false, reason: expect.stringContaining('.txt') });
	});
});

describe('nextId', () => {
	it('continues the zero-padded numbering and ignores non-numeric ids', () => {
		expect(nextId([])).toBe('000');
		expect(nextId(['000', '001', 'extra'])).toBe('002');
		expect(nextId(['009'])).toBe('010');
	});
});
