import { beforeEach, describe, expect, it } from 'vitest';
import { findQuote, formatHits } from '../../packages/starlight-verbatim-citations/src/authoring/quote-finder.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof syntheticCorpus>;
beforeEach(() => {
	corpus = syntheticCorpus({
		a: 'He is unlikely to stay.\n\nThe board met on Monday.',
		b: 'The board met on Monday, and again — later.',
	});
});

describe('the quote finder\'s hits', () => {
	it('offers no tag for words found only inside a longer word, and says why', () => {
		const [hit, ...rest] = findQuote(corpus, 'likely to stay');
		expect(rest).toEqual([]);
		expect(hit).toMatchObject({ kind: 'exact', sourceId: 'a', paragraph: 1, text: 'likely to stay', tag: undefined, note: 'no tag: quote-cuts-word' });
		expect(hit!.before).toBe('He is un');
	});

	it('lists the same words in two reports as two exact hits, each with its own tag and context', () => {
		const hits = findQuote(corpus, 'The board met on Monday');
		expect(hits.map((h) => [h.sourceId, h.paragraph, h.tag])).toEqual([
			['a', 2, '<Cite source="a" quote="The board met on Monday" />'],
			['b', 1, '<Cite source="b" quote="The board met on Monday" />'],
		]);
		expect(hits[1]!.after).toBe(', and again — later.');
	});

	it('matches a hyphen for the report\'s dash loosely, tagging the report\'s own character', () => {
		const [hit] = findQuote(corpus, 'again - later');
		expect(hit).toMatchObject({ kind: 'loose', text: 'again — later', tag: '<Cite source="b" quote="again — later" />' });
	});
});

describe('the quote finder\'s output', () => {
	it('counts one hit in the singular, naming report, paragraph, kind, context and tag', () => {
		const phrase = 'again - later';
		const out = formatHits(phrase, findQuote(corpus, phrase));
		expect(out.split('\n')).toEqual([
			'1 hit for «again - later»:',
			'',
			'report b, paragraph 1 (matches only if case, quote marks or dashes are ignored; the tag uses the report’s characters)',
			'  …The board met on Monday, and [again — later] .…',
			'  <Cite source="b" quote="again — later" />',
		]);
	});

	it('counts hits in the plural and prints the note of a hit without a tag', () => {
		const hits = findQuote(corpus, 'The board met on Monday');
		expect(formatHits('The board met on Monday', hits)).toMatch(/^2 hits for «The board met on Monday»:\n\nreport a, paragraph 2 \(exact match\)/);
		const out = formatHits('likely to stay', findQuote(corpus, 'likely to stay'));
		expect(out).toContain('  note: no tag: quote-cuts-word');
		expect(out).not.toContain('<Cite');
	});

	it('prints a question mark for a hit outside every paragraph', () => {
		const out = formatHits('x', [{ kind: 'close', sourceId: 'a', paragraph: undefined, start: 0, end: 1, text: 'x', before: '', after: '', tag: undefined, note: undefined }]);
		expect(out).toContain('report a, paragraph ? (close match, not the same words)');
	});
});
