import type { Corpus } from '../../engine/corpus.ts';
import { NO_OVERRIDES, splitSentences, type Sentence } from '../../engine/sentences.ts';
import { EXCUSE_REASONS, SENTENCE_REASONS, type ExcuseReason, type ReportSentences } from '../../schemas/sentences.ts';
import { clipped, type SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';
import { citedSpansBySource } from '../../pages/page-citations.ts';

/** One report sentence: cited by some page, or excused by the editors, or neither (a problem). */
export interface SentenceStatus extends Sentence {
	cited: boolean;
	/** The editors' excuse, when the sentence is uncited on purpose. */
	excuse: { reason: ExcuseReason; label: string; note: string | undefined } | undefined;
}

type Excuse = ReportSentences['excused'][number];

/** Where an excuse of sentences.yaml points and what is wrong with it. */
export interface ExcuseProblem {
	index: number;
	/** `not-used-yet-stale`: the report's notUsedYet excuses nothing (index -1: not an item of `excused`). */
	kind: 'no-sentence' | 'several-sentences' | 'cited' | 'not-used-yet-stale';
	sentences: number[];
}

/**
 * Sentence by sentence, whether a report is cited or excused. A sentence counts as cited when any
 * cited span overlaps it: a quote is a sentence's evidence even when it takes a few of its words.
 * An excuse names its sentence by words of it (verbatim); it must name exactly one sentence, or an
 * editor's excuse could silently cover the wrong one. A report marked `notUsedYet` (just added, not
 * worked through) has every sentence left over excused with that one note, instead of a to-do per
 * sentence; the mark is stale once nothing is left over. Pure: the caller gives text and spans.
 */
export function sentenceCoverage(
	text: string,
	sentences: readonly Sentence[],
	spans: readonly { start: number; end: number }[],
	excused: readonly Excuse[],
	notUsedYet?: string,
): { sentences: SentenceStatus[]; excuseProblems: ExcuseProblem[] } {
	const statuses: SentenceStatus[] = sentences.map((s) => ({
		...s,
		cited: spans.some((span) => span.start < s.end && s.start < span.end),
		excuse: undefined,
	}));
	const excuseProblems: ExcuseProblem[] = [];
	excused.forEach((excuse, index) => {
		const matches = statuses.filter((s) => text.slice(s.start, s.end).includes(excuse.sentence));
		const numbers = matches.map((s) => s.number);
		if (matches.length === 0) return excuseProblems.push({ index, kind: 'no-sentence', sentences: [] });
		if (matches.length > 1) return excuseProblems.push({ index, kind: 'several-sentences', sentences: numbers });
		const [sentence] = matches as [SentenceStatus];
		if (sentence.cited) return excuseProblems.push({ index, kind: 'cited', sentences: numbers });
		sentence.excuse = { reason: excuse.reason, label: EXCUSE_REASONS[excuse.reason], note: excuse.note };
		return undefined;
	});
	if (notUsedYet !== undefined) {
		const left = statuses.filter((s) => !s.cited && !s.excuse);
		for (const s of left) s.excuse = { reason: 'not-used-yet', label: EXCUSE_REASONS['not-used-yet'], note: notUsedYet };
		if (left.length === 0) excuseProblems.push({ index: -1, kind: 'not-used-yet-stale', sentences: [] });
	}
	return { sentences: statuses, excuseProblems };
}

const flat = (words: string) => clipped(words.replace(/\s+/g, ' ').trim(), 100);

/**
 * The problems of one report's sentence coverage, located in sentences.yaml: every sentence neither
 * cited nor excused (at the report's entry, or line 1 when it has none), and every excuse that names
 * no sentence, several, or one that is cited after all.
 */
export function sentenceCoverageProblems(
	sourceId: string,
	text: string,
	coverage: ReturnType<typeof sentenceCoverage>,
	file: string,
	lineAt: (path: (string | number)[]) => number,
): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const entryLine = lineAt([sourceId]);
	for (const s of coverage.sentences) {
		if (s.cited || s.excuse) continue;
		problems.push({
			file, line: entryLine, column: 1, code: 'source-sentence-uncited', sourceId,
			message: `Report ${sourceId}, sentence ${s.number} (paragraph ${s.paragraph}) is cited nowhere on the site and not excused: «${flat(text.slice(s.start, s.end))}»`,
			hint: `Cite it on the page where it belongs, or add it under "${sourceId}": excused: in ${file} with words of the sentence and a reason (${SENTENCE_REASONS.join(', ')}); for a report not worked through yet, one line excuses all its sentences: "${sourceId}": notUsedYet: "why".`,
		});
	}
	const sentenceText = (n: number) => `${n} «${flat(text.slice(coverage.sentences[n - 1]!.start, coverage.sentences[n - 1]!.end))}»`;
	for (const p of coverage.excuseProblems) {
		const line = lineAt(p.kind === 'not-used-yet-stale' ? [sourceId, 'notUsedYet'] : [sourceId, 'excused', p.index]);
		const at = (message: string, hint: string) => problems.push({ file, line, column: 1, code: 'sentence-excuse-stale', sourceId, message, hint });
		if (p.kind === 'no-sentence') at(`Excuse ${p.index + 1} of report ${sourceId} names words that lie in no single sentence of the report.`, 'Copy words of one sentence exactly from the report (a sentence never crosses a paragraph).');
		if (p.kind === 'several-sentences') at(`Excuse ${p.index + 1} of report ${sourceId} matches sentences ${p.sentences.join(', ')}: it must name exactly one.`, 'Quote more of the sentence you mean, so only it contains the words.');
		if (p.kind === 'not-used-yet-stale') at(`Report ${sourceId} is marked notUsedYet, but every sentence of it is cited or excused one by one.`, `Remove notUsedYet from "${sourceId}": the report is used.`);
		if (p.kind === 'cited') at(`Excuse ${p.index + 1} of report ${sourceId} names sentence ${sentenceText(p.sentences[0]!)}, which the site cites.`, 'Remove the excuse: the sentence is covered.');
	}
	return problems;
}

/**
 * Per report, its sentences as cited or excused: what the report page shows and the checks count.
 * `split` gives a report's sentences when the caller has split them already (the pages' data
 * does, for the previews): by default they are split here, with the report's overrides.
 */
export function corpusSentenceCoverage(
	corpus: Corpus,
	settings: Readonly<Record<string, ReportSentences>>,
	citedSpans: ReadonlyMap<string, readonly { start: number; end: number }[]>,
	split: (source: Corpus['sources'][number], entry: ReportSentences | undefined) => readonly Sentence[] = (source, entry) =>
		splitSentences(source.text, source.paragraphs, entry ?? NO_OVERRIDES),
): Map<string, ReturnType<typeof sentenceCoverage>> {
	return new Map(
		corpus.sources.map((source) => {
			const entry = settings[source.id];
			const sentences = split(source, entry);
			return [source.id, sentenceCoverage(source.text, sentences, citedSpans.get(source.id) ?? [], entry?.excused ?? [], entry?.notUsedYet)];
		}),
	);
}

/** Every unexcused uncited sentence and every stale excuse of the corpus, located in sentences.yaml. */
export function corpusSentenceProblems(
	corpus: Corpus,
	coverage: ReadonlyMap<string, ReturnType<typeof sentenceCoverage>>,
	file: string,
	lineAt: (path: (string | number)[]) => number,
): SiteProblem[] {
	return corpus.sources.flatMap((source) => sentenceCoverageProblems(source.id, source.text, coverage.get(source.id)!, file, lineAt));
}

/**
 * Editorial: an explainer accounts for every sentence of its reports. sentences.yaml stays
 * optional (its join/split corrections are read whenever it exists); its excuses matter only here.
 */
export const sentenceCoverageRule = editorialRule(
	'sentence-coverage', ['source-sentence-uncited', 'sentence-excuse-stale'],
	'Every sentence of every report is cited somewhere or excused with a reason in sentences.yaml; every excuse names exactly one uncited sentence.',
	{ message: 'Report 002, sentence 7 (paragraph 3) is cited nowhere on the site and not excused.', fix: 'Cite it where it belongs, or add it under "002": excused: in sentences.yaml with a reason.' },
	({ corpus, ledger, sentenceSettings, sentenceLines }) =>
		corpusSentenceProblems(corpus, corpusSentenceCoverage(corpus, sentenceSettings, citedSpansBySource(ledger)), sentenceLines.file, sentenceLines.lineAt),
	'coverage',
);
