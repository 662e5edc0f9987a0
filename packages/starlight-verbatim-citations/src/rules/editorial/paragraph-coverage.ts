import type { Corpus } from '../../engine/corpus.ts';
import { metadataLine, type MetadataLines } from '../../corpus/corpus-files.ts';
import { clipped, type SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';
import { citedSpansBySource, type CitedSpan } from '../../pages/page-citations.ts';

export interface ParagraphCoverage {
	number: number;
	cited: boolean;
	/** Why the editors leave it uncited, from the report's metadata. */
	uncitedReason: string | undefined;
	/** Uncited, with no reason of its own, in a report marked `notUsedYet`: said once for the report, not per paragraph. */
	setAside?: true;
}

export interface SourceCoverage {
	sourceId: string;
	paragraphs: ParagraphCoverage[];
	/** Characters of the report inside at least one cited span (overlaps counted once). */
	citedCharacters: number;
	totalCharacters: number;
}

/** Length of the union of `[start, end)` ranges. */
export function unionLength(ranges: readonly { start: number; end: number }[]): number {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	let total = 0;
	let reach = -Infinity;
	for (const { start, end } of sorted) {
		if (end <= reach) continue;
		total += end - Math.max(start, reach);
		reach = end;
	}
	return total;
}

/**
 * How much of each report the site cites: paragraph by paragraph, and in characters. A report the
 * editors mark `notUsedYet` in sentences.yaml has each paragraph left over excused with that note.
 */
export function sourceCoverage(corpus: Corpus, citedSpans: ReadonlyMap<string, CitedSpan[]>, sentenceSettings: Readonly<Record<string, ReportSentences>> = {}): SourceCoverage[] {
	return corpus.sources.map((source) => {
		const spans = citedSpans.get(source.id) ?? [];
		const cited = new Set(spans.map((span) => span.paragraph));
		const reasons = new Map(source.meta.uncitedParagraphs.map((u) => [u.paragraph, u.reason]));
		const notUsedYet = sentenceSettings[source.id]?.notUsedYet;
		return {
			sourceId: source.id,
			paragraphs: source.paragraphs.map((p) => {
				const setAside = notUsedYet !== undefined && !cited.has(p.number) && !reasons.has(p.number);
				return {
					number: p.number,
					cited: cited.has(p.number),
					uncitedReason: reasons.get(p.number) ?? (setAside ? `not used yet: ${notUsedYet}` : undefined),
					...(setAside && { setAside: true as const }),
				};
			}),
			citedCharacters: unionLength(spans),
			totalCharacters: source.text.length,
		};
	});
}

/**
 * Paragraphs no page cites and the metadata does not excuse, and excuses that no longer apply
 * (the paragraph is cited, or does not exist).
 */
export function coverageProblems(corpus: Corpus, coverage: readonly SourceCoverage[], lines: MetadataLines): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const report of coverage) {
		const source = corpus.byId.get(report.sourceId)!;
		const at = (code: string, message: string, hint: string, paragraph?: number) =>
			problems.push({ file: lines.file, line: metadataLine(lines, report.sourceId, paragraph), column: 1, code, message, hint });
		for (const p of report.paragraphs) {
			if (!p.cited && p.uncitedReason === undefined) {
				const text = source.text.slice(source.paragraphs[p.number - 1]!.start, source.paragraphs[p.number - 1]!.end).replace(/\s+/g, ' ').trim();
				at('source-paragraph-uncited', `Report ${report.sourceId}, paragraph ${p.number} is cited nowhere on the site: «${clipped(text, 100)}»`, `Cite it on the page where it belongs, or add it to uncitedParagraphs of report ${report.sourceId} with the reason.`);
			}
			if (p.cited && p.uncitedReason !== undefined) {
				at('uncited-reason-stale', `Report ${report.sourceId}, paragraph ${p.number} is listed in uncitedParagraphs but is cited.`, 'Remove it from uncitedParagraphs.', p.number);
			}
		}
		for (const { paragraph } of source.meta.uncitedParagraphs) {
			if (paragraph > source.paragraphs.length) {
				at('uncited-reason-stale', `Report ${report.sourceId} has no paragraph ${paragraph} (it has ${source.paragraphs.length}).`, 'Fix the paragraph number in uncitedParagraphs.', paragraph);
			}
		}
	}
	return problems;
}

/** Editorial: like sentence coverage, by paragraph, with the reasons kept in sources.yaml. */
export const paragraphCoverageRule = editorialRule(
	'paragraph-coverage', ['source-paragraph-uncited', 'uncited-reason-stale'],
	'Every paragraph of every report is cited somewhere or listed under uncitedParagraphs with a reason; no listed paragraph is cited or missing.',
	{ message: 'Report 001, paragraph 4 is cited nowhere on the site.', fix: 'Cite it on the page where it belongs, or add it to uncitedParagraphs of report 001 with the reason.' },
	({ corpus, ledger, metadataLines, sentenceSettings }) => coverageProblems(corpus, sourceCoverage(corpus, citedSpansBySource(ledger), sentenceSettings), metadataLines),
	'coverage',
);
