import { beforeEach, describe, expect, it } from 'vitest';
import { corpusSentenceCoverage, corpusSentenceProblems, sentenceCoverage, sentenceCoverageProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/sentence-coverage.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { splitParagraphs } from '../../packages/starlight-verbatim-citations/src/engine/paragraphs.ts';
import { splitSentences } from '../../packages/starlight-verbatim-citations/src/engine/sentences.ts';
import { reportSentencesSchema } from '../../packages/starlight-verbatim-citations/src/schemas/sentences.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const text = 'A Headline\n\nTrump spoke on Monday. Sessions stayed. Trump spoke again.\n\nLatest News';
// Split before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let sentences: ReturnType<typeof splitSentences>;
beforeEach(() => {
	sentences = splitSentences(text, splitParagraphs(text));
});
const spanOf = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const lineAt = (path: (string | number)[]) => (path.length === 1 ? 4 : 10 + Number(path[2]));

describe('sentence coverage', () => {
	it('marks a sentence cited when any cited span overlaps it, even by one word', () => {
		const { sentences: all } = sentenceCoverage(text, sentences, [spanOf('stayed')], []);
		expect(all.map((s) => s.cited)).toEqual([false, false, true, false, false]);
	});

	it('applies an excuse to the one sentence containing its words, with its reason and note', () => {
		const result = sentenceCoverage(text, sentences, [], [{ sentence: 'Latest News', reason: 'boilerplate', note: 'A navigation label.' }]);
		expect(result.excuseProblems).toEqual([]);
		expect(result.sentences.at(-1)!.excuse).toEqual({ reason: 'boilerplate', label: 'boilerplate (headline, label or navigation)', note: 'A navigation label.' });
		expect(result.sentences.filter((s) => s.excuse)).toHaveLength(1);
	});

	it('lists every sentence neither cited nor excused, with its words, at the report entry', () => {
		const result = sentenceCoverage(text, sentences, [spanOf('Sessions stayed.')], [{ sentence: 'A Headline', reason: 'boilerplate' }]);
		const problems = sentenceCoverageProblems('000', text, result, 'docs-data/sentences.yaml', lineAt);
		expect(problems.map((p) => [p.code, p.line])).toEqual([['source-sentence-uncited', 4], ['source-sentence-uncited', 4], ['source-sentence-uncited', 4]]);
		expect(problems[0]!.message).toBe('Report 000, sentence 2 (paragraph 2) is cited nowhere on the site and not excused: «Trump spoke on Monday.»');
		expect(problems[2]!.message).toContain('«Latest News»');
		expect(problems[0]!.hint).toContain('off-topic, boilerplate, garbled, background, other');
	});

	it('refuses an excuse that names no sentence, several sentences, or a cited one, at its own line', () => {
		const result = sentenceCoverage(text, sentences, [spanOf('Sessions stayed.')], [
			{ sentence: 'Monday. Sessions', reason: 'other' },
			{ sentence: 'Trump spoke', reason: 'background' },
			{ sentence: 'Sessions stayed', reason: 'off-topic' },
		]);
		expect(result.excuseProblems.map((p) => [p.kind, p.sentences])).toEqual([['no-sentence', []], ['several-sentences', [2, 4]], ['cited', [3]]]);
		expect(result.sentences.some((s) => s.excuse)).toBe(false);
		const stale = sentenceCoverageProblems('000', text, result, 'docs-data/sentences.yaml', lineAt).filter((p) => p.code === 'sentence-excuse-stale');
		expect(stale.map((p) => p.line)).toEqual([10, 11, 12]);
		expect(stale[1]!.message).toContain('matches sentences 2, 4');
		expect(stale[2]!.hint).toBe('Remove the excuse: the sentence is covered.');
	});

	it('covers a whole corpus with its overrides, and finds nothing left when all is cited or excused', () => {
		const corpus = createCorpus([{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'A', summary: 'S' }), text: 'U.S. Attorney spoke. Latest News', sha256: '', byteLength: 0 }]);
		const settings = { '000': { join: ['U.S.'], split: ['spoke.'], excused: [{ sentence: 'Latest News', reason: 'boilerplate' as const }] } };
		const all = corpusSentenceCoverage(corpus, settings, new Map([['000', [{ start: 5, end: 13 }]]]));
		expect(all.get('000')!.sentences.map((s) => [s.cited, s.excuse?.reason])).toEqual([[true, undefined], [false, 'boilerplate']]);
		expect(corpusSentenceProblems(corpus, all, 'docs-data/sentences.yaml', () => 1)).toEqual([]);
	});

	it('takes sentences already split when given them, the same as it splits itself', () => {
		const corpus = createCorpus([{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'A', summary: 'S' }), text: 'U.S. Attorney spoke. Latest News', sha256: '', byteLength: 0 }]);
		const settings = { '000': { join: ['U.S.'], split: ['spoke.'], excused: [{ sentence: 'Latest News', reason: 'boilerplate' as const }] } };
		const spans = new Map([['000', [{ start: 5, end: 13 }]]]);
		const source = corpus.sources[0]!;
		const split = splitSentences(source.text, source.paragraphs, settings['000']);
		const asked: string[] = [];
		const given = corpusSentenceCoverage(corpus, settings, spans, (report, entry) => {
			asked.push(`${report.id} ${entry === settings['000']}`);
			return split;
		});
		expect(asked).toEqual(['000 true']);
		expect(given).toEqual(corpusSentenceCoverage(corpus, settings, spans));
	});

	it('words each stale excuse for the editor, numbering excuses from 1', () => {
		const result = sentenceCoverage(text, sentences, [spanOf('Sessions stayed.')], [
			{ sentence: 'Monday. Sessions', reason: 'other' },
			{ sentence: 'Trump spoke', reason: 'background' },
			{ sentence: 'Sessions stayed', reason: 'off-topic' },
		]);
		const stale = sentenceCoverageProblems('000', text, result, 'docs-data/sentences.yaml', lineAt).filter((p) => p.code === 'sentence-excuse-stale');
		expect(stale.map(({ file, column, sourceId, message, hint }) => ({ file, column, sourceId, message, hint }))).toEqual([
			{
				file: 'docs-data/sentences.yaml',
				column: 1,
				sourceId: '000',
				message: 'Excuse 1 of report 000 names words that lie in no single sentence of the report.',
				hint: 'Copy words of one sentence exactly from the report (a sentence never crosses a paragraph).',
			},
			{
				file: 'docs-data/sentences.yaml',
				column: 1,
				sourceId: '000',
				message: 'Excuse 2 of report 000 matches sentences 2, 4: it must name exactly one.',
				hint: 'Quote more of the sentence you mean, so only it contains the words.',
			},
			{
				file: 'docs-data/sentences.yaml',
				column: 1,
				sourceId: '000',
				message: 'Excuse 3 of report 000 names sentence 3 «Sessions stayed.», which the site cites.',
				hint: 'Remove the excuse: the sentence is covered.',
			},
		]);
	});

	it('does not count a span that only touches a sentence at its end or start as citing it', () => {
		const second = sentences[1]!;
		const { sentences: all } = sentenceCoverage(text, sentences, [{ start: second.end, end: second.end + 1 }, { start: second.start - 1, end: second.start }], []);
		expect(all[1]!.cited).toBe(false);
		expect(sentenceCoverage(text, sentences, [{ start: second.end - 1, end: second.end }], []).sentences[1]!.cited).toBe(true);
		expect(sentenceCoverage(text, sentences, [{ start: second.start, end: second.start + 1 }], []).sentences[1]!.cited).toBe(true);
	});

	it('quotes an uncited sentence with its whitespace folded, cut at 99 characters past 100', () => {
		const long = `${'Word '.repeat(25)}end.`;
		const report = `Short  and\tsplit.\n\n${long}`;
		const own = splitSentences(report, splitParagraphs(report));
		const problems = sentenceCoverageProblems('001', report, sentenceCoverage(report, own, [], []), 'docs-data/sentences.yaml', lineAt);
		expect(problems.map((p) => p.message)).toEqual([
			'Report 001, sentence 1 (paragraph 1) is cited nowhere on the site and not excused: «Short and split.»',
			`Report 001, sentence 2 (paragraph 2) is cited nowhere on the site and not excused: «${long.slice(0, 99)}…»`,
		]);
		expect(problems[0]!.hint).toBe(
			'Cite it on the page where it belongs, or add it under "001": excused: in docs-data/sentences.yaml with words of the sentence and a reason (off-topic, boilerplate, garbled, background, other); for a report not worked through yet, one line excuses all its sentences: "001": notUsedYet: "why".',
		);
	});

	it('checks a report without settings with no excuses, and one whose sentences are all excused', () => {
		const corpus = createCorpus([{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'A', summary: 'S' }), text: 'One spoke. Two left.', sha256: '', byteLength: 0 }]);
		const all = corpusSentenceCoverage(corpus, {}, new Map());
		expect(all.get('000')!.excuseProblems).toEqual([]);
		expect(corpusSentenceProblems(corpus, all, 'docs-data/sentences.yaml', () => 7).map((p) => [p.line, p.code])).toEqual([
			[7, 'source-sentence-uncited'],
			[7, 'source-sentence-uncited'],
		]);
	});

	it('excuses every sentence left over as "not used yet" when the report is marked notUsedYet, after the cited and the excused', () => {
		const result = sentenceCoverage(text, sentences, [spanOf('stayed')], [{ sentence: 'Latest News', reason: 'boilerplate' }], 'added 2026-12-03');
		expect(result.sentences.map((s) => (s.cited ? 'cited' : s.excuse!.reason))).toEqual(['not-used-yet', 'not-used-yet', 'cited', 'not-used-yet', 'boilerplate']);
		expect(result.sentences[0]!.excuse).toEqual({ reason: 'not-used-yet', label: 'not used yet', note: 'added 2026-12-03' });
		expect(result.excuseProblems).toEqual([]);
		expect(sentenceCoverageProblems('000', text, result, 'docs-data/sentences.yaml', lineAt)).toEqual([]);
	});

	it('calls notUsedYet stale, at its own line, once every sentence is cited or excused one by one', () => {
		const at = (path: (string | number)[]) => (path[1] === 'notUsedYet' ? 5 : lineAt(path));
		const everything = [spanOf('A Headline'), { start: text.indexOf('Trump'), end: text.indexOf('Latest') - 2 }];
		const result = sentenceCoverage(text, sentences, everything, [{ sentence: 'Latest News', reason: 'boilerplate' }], 'added 2026-12-03');
		expect(result.excuseProblems).toEqual([{ index: -1, kind: 'not-used-yet-stale', sentences: [] }]);
		const [problem, ...rest] = sentenceCoverageProblems('000', text, result, 'docs-data/sentences.yaml', at);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: 5, code: 'sentence-excuse-stale', message: 'Report 000 is marked notUsedYet, but every sentence of it is cited or excused one by one.', hint: 'Remove notUsedYet from "000": the report is used.' });
	});

	it('lets no single sentence claim "not used yet" by hand: that reason belongs to notUsedYet', () => {
		expect(reportSentencesSchema.safeParse({ excused: [{ sentence: 'Latest News', reason: 'not-used-yet' }] }).success).toBe(false);
		expect(reportSentencesSchema.safeParse({ notUsedYet: '' }).success).toBe(false);
		expect(reportSentencesSchema.parse({ notUsedYet: 'added today' })).toMatchObject({ notUsedYet: 'added today', excused: [] });
	});
});
