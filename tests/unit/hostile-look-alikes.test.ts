import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAddSource, type ExistingReport } from '../../packages/starlight-verbatim-citations/src/authoring/add-source.ts';
import { sha256 } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findLookAlike, skeleton } from '../../packages/starlight-verbatim-citations/src/corpus/look-alikes.ts';
import { reportContentProblem } from '../../packages/starlight-verbatim-citations/src/corpus/report-content.ts';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { ruleOf } from '../../packages/starlight-verbatim-citations/src/rules/registry.ts';
import { projectRoot } from '../helpers/project.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/**
 * Issue 22, item 4: a copy of report 003 typed with Cyrillic «е» for Latin «e» was accepted by
 * add-source and counted as an independent report; right-to-left overrides let bytes reading
 * «dias tnediserp eht» display as "the president said".
 */
const CYRILLIC_E = '\u0435';
const report003 = readFileSync(join(projectRoot, 'docs-data/sources/003_bcbf5988037475aa.txt'), 'utf8');
const cyrillicCopy = report003.replace(/e/g, CYRILLIC_E);
const encode = (text: string) => new TextEncoder().encode(text);

describe('look-alike characters in a report', () => {
	it('refuses a word mixing Latin and Cyrillic letters, naming the file, line, word, what it looks like and the fix', () => {
		const text = `First line.\nThe president said thе words.\n`;
		const problem = reportContentProblem('x.txt', text, Buffer.byteLength(text), 100_000);
		expect(problem).toEqual({
			code: 'source-look-alike',
			message: 'x.txt line 2: the word «thе» mixes scripts: it looks like «the» but its е (U+0435, Cyrillic) only looks like a Latin letter. A quote typed from what a reader sees would not match it, and a copy of another report could pass as independent.',
			hint: 'A report is never edited in place: obtain a copy of the original in one script per word and add it as a new report with npx verbatim-citations add-source.',
		});
		expect(ruleOf('source-look-alike')?.id).toBe('source-files');
	});

	it('refuses bidi controls (overrides, embeddings, isolates, LRM/RLM), with the byte and line', () => {
		for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F']) {
			const text = `A report.\n${control}dias tnediserp eht\n`;
			const problem = reportContentProblem('x.txt', text, Buffer.byteLength(text), 100_000);
			expect(problem?.code, control).toBe('source-bidi-control');
			expect(problem?.message).toMatch(new RegExp(`^x\\.txt contains the bidi control character U\\+${control.codePointAt(0)!.toString(16).toUpperCase()} at byte 10 \\(line 2\\)\\. It reorders`));
		}
		expect(ruleOf('source-bidi-control')?.id).toBe('source-files');
	});

	it('accepts words in one script, accented Latin, and the real reports', () => {
		expect(findLookAlike('Naïve café owners met Ελληνικά speakers and Москва officials; the U.S. said “no”.')).toBeUndefined();
		for (const file of ['000_b027d32706ab4d36.txt', '001_d209f077df58b1d4.txt', '002_118f71f151cde3f9.txt', '003_bcbf5988037475aa.txt', '004_e0db0117a95bea2e.txt']) {
			expect(findLookAlike(readFileSync(join(projectRoot, 'docs-data/sources', file), 'utf8')), file).toBeUndefined();
		}
	});

	it('computes Unicode confusable skeletons: a Cyrillic copy has the skeleton of the original', () => {
		expect(skeleton('thе')).toBe(skeleton('the'));
		expect(skeleton(cyrillicCopy)).toBe(skeleton(report003));
		expect(skeleton('the')).not.toBe(skeleton('tho'));
	});
});

describe('a Cyrillic copy of a report', () => {
	const existing: ExistingReport[] = [{ id: '003', file: '003_bcbf5988037475aa.txt', text: report003, sha256: sha256(encode(report003)), listed: true }];

	it('is refused by add-source as a copy of the report it copies', () => {
		expect(planAddSource('copy.txt', encode(cyrillicCopy), existing)).toEqual({
			ok: false,
			reason: "copy.txt reads the same as report 003 (003_bcbf5988037475aa.txt): it differs only in look-alike characters from other scripts (Unicode's confusables), so it is a copy, not a new report.",
		});
	});

	it('is refused by add-source for its mixed-script words when it is not a whole copy', () => {
		const plan = planAddSource('part.txt', encode(`${cyrillicCopy.slice(0, 400)}\n\nAn added paragraph.\n`), existing);
		expect(plan).toMatchObject({ ok: false, reason: expect.stringMatching(/^part\.txt line 1: the word «.*е.*» mixes scripts/) });
	});

	it('is found as a copy by lineage (skeletons compared), so it does not count as independent', () => {
		// The same passages, at the same offsets, as for a byte-for-byte copy (Cyrillic «е» is one UTF-16 unit, like «e»).
		const exact = findSharedPassages(syntheticCorpus({ '003': report003, '005': report003.replace(/^/, '') }));
		const found = findSharedPassages(syntheticCorpus({ '003': report003, '005': cyrillicCopy }));
		expect(exact.length).toBeGreaterThan(0);
		expect(JSON.stringify(found).replace(/\u0435/g, 'e')).toBe(JSON.stringify(exact));
	});
});
