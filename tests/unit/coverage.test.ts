import { beforeEach, describe, expect, it } from 'vitest';
import { coverageProblems, sourceCoverage, unionLength } from '../../src/verbatim-citations/checks/coverage.ts';
import { createCorpus } from '../../src/verbatim-citations/engine/corpus.ts';
import type { CitedSpan } from '../../src/verbatim-citations/checks/page-citations.ts';
import { sourceMetadataSchema } from '../../src/verbatim-citations/schemas/source-metadata.ts';

// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof createCorpus>;
beforeEach(() => {
	corpus = createCorpus([
		{
			meta: sourceMetadataSchema.parse({
				id: '000',
				file: 'a.txt',
				title: 'A',
				summary: 'S',
				uncitedParagraphs: [{ paragraph: 3, reason: 'Navigation label.' }],
			}),
			text: 'First paragraph here.\n\nSecond paragraph here.\n\nLatest News',
			sha256: '',
			byteLength: 0,
		},
	]);
});
const span = (start: number, end: number, paragraph: number): CitedSpan => ({
	sourceId: '000',
	start,
	end,
	paragraph,
	fragment: `quote-${start}-${end}`,
	citedBy: [],
});

describe('unionLength', () => {
	it('counts overlapping and nested ranges once', () => {
		expect(unionLength([])).toBe(0);
		expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 2, end: 4 }, { start: 20, end: 22 }])).toBe(17);
	});
});

const lines = { file: 'docs-data/sources.yaml', entries: new Map([['000', { line: 7, uncited: new Map([[3, 12]]) }]]) };

describe('sourceCoverage and coverageProblems', () => {
	it('marks cited paragraphs, counts cited characters, and carries the editors’ reasons', () => {
		const [report] = sourceCoverage(corpus, new Map([['000', [span(0, 5, 1), span(2, 10, 1)]]]));
		expect(report!.paragraphs).toEqual([
			{ number: 1, cited: true, uncitedReason: undefined },
			{ number: 2, cited: false, uncitedReason: undefined },
			{ number: 3, cited: false, uncitedReason: 'Navigation label.' },
		]);
		expect(report!.citedCharacters).toBe(10);
	});

	it('lists a paragraph cited nowhere and not excused, quoting its start', () => {
		const coverage = sourceCoverage(corpus, new Map([['000', [span(0, 5, 1)]]]));
		const problems = coverageProblems(corpus, coverage, lines);
		expect(problems.map((p) => p.code)).toEqual(['source-paragraph-uncited']);
		expect(problems[0]!.message).toContain('Report 000, paragraph 2 is cited nowhere on the site: «Second paragraph here.»');
	});

	it('flags an excuse that no longer applies', () => {
		const coverage = sourceCoverage(corpus, new Map([['000', [span(0, 5, 1), span(23, 29, 2), span(47, 53, 3)]]]));
		expect(coverageProblems(corpus, coverage, lines).map((p) => p.code)).toEqual(['uncited-reason-stale']);
	});
});
