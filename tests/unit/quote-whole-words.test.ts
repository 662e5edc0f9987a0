import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeCitationProblem } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';
import { projectRoot } from '../helpers/project.ts';

const report = (id: string, text: string) => ({
	meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S' }),
	text,
	sha256: '',
	byteLength: 0,
});
const corpusOf = (...texts: string[]) => createCorpus(texts.map((text, i) => report(String(i).padStart(3, '0'), text)));
const real = (file: string) => readFileSync(join(projectRoot, 'docs-data/sources', file), 'utf8');

describe('a quote is whole words (quote-cuts-word)', () => {
	// The cases the hostile review found: each prints the opposite, or another word, of the report.
	// Built before each test, not when the file is collected, so that `npm run test:mutation` credits
	// each test with the engine code it exercises (Stryker records coverage per test only while a test runs).
	let realCorpus: ReturnType<typeof createCorpus>;
	beforeEach(() => {
		realCorpus = createCorpus([
			report('001', real('001_d209f077df58b1d4.txt')),
			report('002', real('002_118f71f151cde3f9.txt')),
			report('003', real('003_bcbf5988037475aa.txt')),
			report('004', real('004_e0db0117a95bea2e.txt')),
		]);
	});
	it.each([
		['004', 'likely to leave his post', 'unlikely', 'unlikely to leave his post'],
		['001', 'clear whether Sessions will resign his position', 'unclear', 'unclear whether Sessions will resign his position'],
		['003', 'pleasure clear to', 'displeasure', 'displeasure clear to'],
		['003', "decision as 'needles", 'needless', "decision as 'needless"],
	])('refuses %s «%s», naming «%s» and the quote «%s»', (sourceId, quote, word, whole) => {
		const resolution = resolveCitation(realCorpus, sourceId, quote);
		expect(resolution.ok).toBe(false);
		if (resolution.ok) return;
		expect(resolution.problem).toMatchObject({ code: 'quote-cuts-word', words: [word], suggestion: whole });
		const { message, hint } = describeCitationProblem(resolution.problem);
		expect(message).toContain(`«${word}»`);
		expect(hint).toContain(`quote="${whole}"`);
	});

	it.each([
		['the president’s displeasure', 'pleasure', 'displeasure'],
		['was disingenuous here', 'ingenuous', 'disingenuous'],
		['a needless fight', 'needles', 'needless'],
	])('refuses a cut at either end in «%s»', (text, quote, word) => {
		const resolution = resolveCitation(corpusOf(text), '000', quote);
		expect(resolution).toMatchObject({ ok: false, problem: { code: 'quote-cuts-word', words: [word] } });
	});

	it('names the end that was cut: the start, the end or both', () => {
		const corpus = corpusOf('It was unlikely to happen anytime soon.');
		const start = resolveCitation(corpus, '000', 'likely to happen');
		const end = resolveCitation(corpus, '000', 'to happen any');
		const both = resolveCitation(corpus, '000', 'likely to happen any');
		expect(start).toMatchObject({ ok: false, problem: { cut: 'start', words: ['unlikely'], suggestion: 'unlikely to happen' } });
		expect(end).toMatchObject({ ok: false, problem: { cut: 'end', words: ['anytime'], suggestion: 'to happen anytime' } });
		expect(both).toMatchObject({ ok: false, problem: { cut: 'both', suggestion: 'unlikely to happen anytime' } });
		if (both.ok) return;
		expect(describeCitationProblem(both.problem).message).toContain('«unlikely» and «anytime»');
	});

	it('accepts quotes bounded by punctuation, spaces or the ends of the report', () => {
		const corpus = corpusOf('"Beleaguered," he wrote. Sessions’ decision (to recuse) stands');
		for (const quote of ['"Beleaguered," he wrote.', 'Beleaguered', 'Sessions’ decision', 'to recuse', 'decision (to recuse) stands']) {
			expect(resolveCitation(corpus, '000', quote), quote).toMatchObject({ ok: true });
		}
	});

	it('prefers the whole-word occurrence when the words also occur inside a longer word', () => {
		const corpus = corpusOf('He was unlikely to go.\n\nHe was likely to go.');
		const resolution = resolveCitation(corpus, '000', 'likely to go');
		expect(resolution).toMatchObject({ ok: true, citation: { paragraph: 2 } });
	});

	it('counts digits, accents and letters outside the Basic Multilingual Plane as word characters', () => {
		expect(resolveCitation(corpusOf('In 2017 the vote'), '000', '017 the vote')).toMatchObject({ ok: false, problem: { words: ['2017'] } });
		expect(resolveCitation(corpusOf('Le café noir était'), '000', 'noir étai')).toMatchObject({ ok: false, problem: { words: ['était'] } });
		// A combining accent after the last letter belongs to it: "cafe" is not "café".
		expect(resolveCitation(corpusOf('the cafe\u0301 is'), '000', 'the cafe')).toMatchObject({ ok: false, problem: { code: 'quote-cuts-word' } });
		expect(resolveCitation(corpusOf('x 𝐀𝐁𝐂 y'), '000', 'x 𝐀𝐁')).toMatchObject({ ok: false, problem: { words: ['𝐀𝐁𝐂'] } });
	});

	it('does not call a quote found in another report only inside a word "in report …"', () => {
		const corpus = corpusOf('Nothing here at all.', 'It was unlikely to leave.');
		const resolution = resolveCitation(corpus, '000', 'likely to leave');
		expect(resolution).toMatchObject({ ok: false, problem: { code: 'quote-not-found' } });
	});
});
