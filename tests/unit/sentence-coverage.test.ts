import { describe, expect, it } from 'vitest';
import { corpusSentenceCoverage, corpusSentenceProblems, sentenceCoverage, sentenceCoverageProblems } from '../../src/verbatim-citations/checks/sentence-coverage.ts';
import { createCorpus } from '../../src/verbatim-citations/engine/corpus.ts';
import { splitParagraphs } from '../../src/verbatim-citations/engine/paragraphs.ts';
import { splitSentences } from '../../src/verbatim-citations/engine/sentences.ts';
import { sourceMetadataSchema } from '../../src/verbatim-citations/schemas/source-metadata.ts';

const text = 'A Headline\n\nTrump spoke on Monday. Sessions stayed. Trump spoke again.\n\nLatest News';
const sentences = splitSentences(text, splitParagraphs(text));
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
});
