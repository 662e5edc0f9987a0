import { beforeEach, describe, expect, it } from 'vitest';
import { coverageProblems, sourceCoverage, unionLength } from '../../packages/starlight-verbatim-citations/src/rules/editorial/paragraph-coverage.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import type { CitedSpan } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

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

describe('coverage: the exact problems an editor reads', () => {
	const report = (text: string, uncitedParagraphs: { paragraph: number; reason: string }[] = []) =>
		createCorpus([{ meta: sourceMetadataSchema.parse({ id: '001', file: 'b.txt', title: 'B', summary: 'S', uncitedParagraphs }), text, sha256: '', byteLength: 0 }]);
	const at = { file: 'docs-data/sources.yaml', entries: new Map([['001', { line: 20, uncited: new Map([[2, 24], [9, 26]]) }]]) };

	it('counts characters of ranges given out of order, and a range inside another once', () => {
		expect(unionLength([{ start: 20, end: 22 }, { start: 0, end: 10 }])).toBe(12);
		expect(unionLength([{ start: 5, end: 15 }, { start: 0, end: 10 }])).toBe(15);
		expect(unionLength([{ start: 0, end: 10 }, { start: 10, end: 10 }, { start: 10, end: 12 }])).toBe(12);
		expect(unionLength([])).toBe(0);
	});

	it('quotes an uncited paragraph with its whitespace folded, cut at 99 characters past 100', () => {
		const long = `${'word '.repeat(30).trim()}.`;
		const corpus = report(`Cited  here\tnow.\n\n${long}\n\nShort   and\nsplit.`);
		const problems = coverageProblems(corpus, sourceCoverage(corpus, new Map([['001', [span(0, 5, 1)]]])), at);
		expect(problems).toEqual([
			{
				file: 'docs-data/sources.yaml',
				line: 20,
				column: 1,
				code: 'source-paragraph-uncited',
				message: `Report 001, paragraph 2 is cited nowhere on the site: «${long.slice(0, 99)}…»`,
				hint: 'Cite it on the page where it belongs, or add it to uncitedParagraphs of report 001 with the reason.',
			},
			expect.objectContaining({ message: 'Report 001, paragraph 3 is cited nowhere on the site: «Short and split.»' }),
		]);
		const hundred = 'x'.repeat(100);
		const exact = report(hundred);
		expect(coverageProblems(exact, sourceCoverage(exact, new Map()), at)[0]!.message).toBe(`Report 001, paragraph 1 is cited nowhere on the site: «${hundred}»`);
	});

	it('points a stale excuse at its own line in sources.yaml, and names a paragraph the report does not have', () => {
		const corpus = report('One.\n\nTwo.', [
			{ paragraph: 2, reason: 'Navigation.' },
			{ paragraph: 9, reason: 'Gone.' },
		]);
		const problems = coverageProblems(corpus, sourceCoverage(corpus, new Map([['001', [span(0, 4, 1), span(6, 10, 2)]]])), at);
		expect(problems).toEqual([
			{ file: 'docs-data/sources.yaml', line: 24, column: 1, code: 'uncited-reason-stale', message: 'Report 001, paragraph 2 is listed in uncitedParagraphs but is cited.', hint: 'Remove it from uncitedParagraphs.' },
			{ file: 'docs-data/sources.yaml', line: 26, column: 1, code: 'uncited-reason-stale', message: 'Report 001 has no paragraph 9 (it has 2).', hint: 'Fix the paragraph number in uncitedParagraphs.' },
		]);
	});

	it('counts a report no page cites as wholly uncited', () => {
		const corpus = report('One.\n\nTwo.');
		expect(sourceCoverage(corpus, new Map())).toEqual([
			{ sourceId: '001', paragraphs: [{ number: 1, cited: false, uncitedReason: undefined }, { number: 2, cited: false, uncitedReason: undefined }], citedCharacters: 0, totalCharacters: 10 },
		]);
	});
});
