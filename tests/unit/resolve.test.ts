import { describe, expect, it } from 'vitest';
import { describeCitationProblem, show } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { describeCharacter } from '../../packages/starlight-verbatim-citations/src/engine/closest.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation, type CitationProblem, type Resolution } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const report = (id: string, text: string) => ({
	meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S' }),
	text,
	sha256: '',
	byteLength: 0,
});
const corpusOf = (...texts: string[]) => createCorpus(texts.map((text, i) => report(String(i).padStart(3, '0'), text)));

function located(resolution: Resolution) {
	if (!resolution.ok) throw new Error(`expected a citation, got ${describeCitationProblem(resolution.problem).message}`);
	return resolution.citation;
}
function problemOf(resolution: Resolution): CitationProblem {
	if (resolution.ok) throw new Error(`expected a problem, got the citation at ${resolution.citation.start}`);
	return resolution.problem;
}

describe('resolving a quote to its one place in the report', () => {
	it('finds the exact characters and their paragraph, and makes its fragment id from the offsets', () => {
		const text = 'First paragraph here.\n\nThe second paragraph says something.';
		const citation = located(resolveCitation(corpusOf(text), '000', 'second paragraph says'));
		expect(text.slice(citation.start, citation.end)).toBe('second paragraph says');
		expect(citation).toMatchObject({ paragraph: 2, text: 'second paragraph says', fragment: `quote-${citation.start}-${citation.end}` });
	});

	it('treats a no-break space in the report as the space in the quote, and shows the report\'s own character', () => {
		const citation = located(resolveCitation(corpusOf('It was 10\u00a0percent of all.'), '000', 'was 10 percent'));
		expect(citation.text).toBe('was 10\u00a0percent');
	});

	it('keeps a leading space of the report out of the quote and counts it in the offsets', () => {
		const citation = located(resolveCitation(corpusOf(' The report starts with a space.'), '000', 'The report starts'));
		expect(citation).toMatchObject({ start: 1, paragraph: 1 });
	});

	it('finds a quote that ends the report when the report has no final newline', () => {
		const text = 'Words at the very end';
		const citation = located(resolveCitation(corpusOf(text), '000', 'the very end'));
		expect(citation.end).toBe(text.length);
	});

	it('splits CRLF paragraphs and matches a quote across a CRLF line break inside one', () => {
		const text = 'Headline here\r\nand its sentence.\r\n\r\nSecond paragraph.';
		const citation = located(resolveCitation(corpusOf(text), '000', 'here and its'));
		expect(citation.text).toBe('here\r\nand its');
		expect(located(resolveCitation(corpusOf(text), '000', 'Second paragraph')).paragraph).toBe(2);
	});

	it('counts a byte-order mark as a character of the report, so offsets still index the unmodified text', () => {
		const text = '\ufeffThe first words.';
		const citation = located(resolveCitation(corpusOf(text), '000', 'The first words'));
		expect(citation.start).toBe(1);
		expect(text.slice(citation.start, citation.end)).toBe('The first words');
	});

	it('gives offsets in UTF-16 code units after astral-plane characters', () => {
		const text = 'Emoji 😀😀 then the quoted words.';
		const citation = located(resolveCitation(corpusOf(text), '000', 'the quoted words'));
		expect(citation.start).toBe(text.indexOf('the quoted'));
		// Two emoji are two code points but four code units.
		expect(citation.start).toBe(Array.from(text.slice(0, citation.start)).length + 2);
	});

	it('matches HTML-special characters as plain text', () => {
		const text = 'He wrote <b>bold</b> & "quoted" text.';
		const citation = located(resolveCitation(corpusOf(text), '000', '<b>bold</b> & "quoted"'));
		expect(citation.text).toBe('<b>bold</b> & "quoted"');
	});
});

describe('each problem, with its message and fix from the catalogue', () => {
	it('unknown-source: names the id and lists the known ones', () => {
		const problem = problemOf(resolveCitation(corpusOf('a', 'b'), '099', 'some words'));
		expect(problem).toEqual({ code: 'unknown-source', sourceId: '099', knownIds: ['000', '001'] });
		const { message, hint } = describeCitationProblem(problem);
		expect(message).toContain('"099"');
		expect(hint).toContain('"000", "001"');
	});

	it('quote-empty: a quote of only whitespace', () => {
		const problem = problemOf(resolveCitation(corpusOf('text'), '000', ' \n\t '));
		expect(problem).toEqual({ code: 'quote-empty', sourceId: '000' });
		expect(describeCitationProblem(problem).message).toContain('"000"');
	});

	it('quote-too-short: names the minimum, counted after folding whitespace', () => {
		const problem = problemOf(resolveCitation(corpusOf('a b c'), '000', ' a  b ', 4));
		expect(problem).toMatchObject({ code: 'quote-too-short', minimum: 4 });
		expect(describeCitationProblem(problem).message).toContain(`${show(' a  b ')} is too short to check (under 4 characters)`);
	});

	it('quote-not-found: a straight apostrophe for the report\'s curly one, naming both characters', () => {
		const problem = problemOf(resolveCitation(corpusOf('The president’s lawyers said no.'), '000', "The president's lawyers"));
		expect(problem).toMatchObject({ code: 'quote-not-found', difference: { expected: '’', received: "'" } });
		const { message, hint } = describeCitationProblem(problem);
		expect(message).toContain(`the report has ${describeCharacter('’')}, the quote has ${describeCharacter("'")}`);
		expect(message).toContain('character 14 of the quote');
		expect(hint).toContain('quote="The president’s lawyers"');
	});

	it.each([
		['an en dash for an em dash', 'It was — he said — final.', 'It was – he said', '—', '–'],
		['a hyphen for an en dash', 'pages 10–12 of it', 'pages 10-12 of', '–', '-'],
		['straight double quotes for curly ones', 'He called it “final” today.', 'called it "final"', '“', '"'],
	])('quote-not-found: %s', (_, text, quote, expected, received) => {
		const problem = problemOf(resolveCitation(corpusOf(text), '000', quote));
		expect(problem).toMatchObject({ code: 'quote-not-found', difference: { expected, received } });
		expect(describeCitationProblem(problem).message).toContain(describeCharacter(expected));
	});

	it('quote-not-found: with no passage near enough, the fix says only to quote exactly', () => {
		const problem = problemOf(resolveCitation(corpusOf('abc'), '000', 'zzzz qqqq xxxx'));
		expect(problem).toMatchObject({ code: 'quote-not-found', closest: undefined, difference: undefined });
		const { message, hint } = describeCitationProblem(problem);
		expect(message.split('\n')).toHaveLength(1);
		expect(hint).not.toContain('quote=');
	});

	it('quote-in-other-source: names the report that has it', () => {
		const problem = problemOf(resolveCitation(corpusOf('Nothing here.', 'The words are here.'), '000', 'words are here'));
		expect(problem).toMatchObject({ code: 'quote-in-other-source', foundIn: ['001'] });
		expect(describeCitationProblem(problem).hint).toContain('source="001"');
	});

	it('quote-ambiguous: lists each occurrence by paragraph and gives each its own longer quote that occurs once', () => {
		const problem = problemOf(resolveCitation(corpusOf('the same words first.\n\nthe same words again.'), '000', 'the same words'));
		expect(problem).toMatchObject({ code: 'quote-ambiguous', occurrences: [{ suggestion: 'the same words first.' }, { suggestion: 'the same words again.' }] });
		const { message, hint } = describeCitationProblem(problem);
		expect(message).toContain('occurs 2 times in report 000 (paragraph 1, paragraph 2)');
		expect(hint).toContain('paragraph 1: quote="the same words first."');
		expect(hint).toContain('paragraph 2: quote="the same words again."');
		// Each suggestion, quoted, lands on its own occurrence.
		for (const [i, occurrence] of (problem as { occurrences: { start: number; suggestion: string }[] }).occurrences.entries()) {
			const resolved = resolveCitation(corpusOf('the same words first.\n\nthe same words again.'), '000', occurrence.suggestion);
			expect(resolved.ok && resolved.citation.start, `occurrence ${i}`).toBe(occurrence.start);
		}
	});

	it('quote-ambiguous: the longer quote adds the fewest words, on either side, and never crosses its paragraph', () => {
		const text = 'Then he said no to them. Later she said no to them.\n\nx y z\n\nx y z';
		const ambiguous = (quote: string) => problemOf(resolveCitation(corpusOf(text), '000', quote, 1)) as { occurrences: { suggestion: string | undefined }[] };
		// One word is enough for each: after the first (a word after reads on); before the second, whose
		// paragraph ends with it ("said no to them." occurs twice).
		expect(ambiguous('said no to them').occurrences.map((o) => o.suggestion)).toEqual(['said no to them. Later', 'she said no to them']);
		// "x y z" is the whole of both paragraphs: nothing longer within a paragraph is unique.
		expect(ambiguous('y z').occurrences.map((o) => o.suggestion)).toEqual([undefined, undefined]);
	});

	it('quote-ambiguous: a phrase found in many places gets a longer quote for its first twelve, and a count of the rest', () => {
		const text = Array.from({ length: 20 }, (_, i) => `Item ${i} said yes.`).join('\n\n');
		// "1 said yes" would also be in "11 said yes": the fewest words that occur only once.
		const problem = problemOf(resolveCitation(corpusOf(text), '000', 'said yes')) as { occurrences: { suggestion?: string }[] };
		expect(problem.occurrences.map((o) => o.suggestion)).toEqual(Array.from({ length: 20 }, (_, i) => (i < 10 ? `Item ${i} said yes` : i < 12 ? `${i} said yes` : undefined)));
		const { hint } = describeCitationProblem(problem as never);
		expect(hint).toContain('paragraph 12: quote="11 said yes"');
		expect(hint).toMatch(/\n {2}and 8 more places: words this common say too little to cite; quote a longer passage$/);
	});

	it('quote-ambiguous: without a suggestion when no short extension is unique', () => {
		const problem = problemOf(resolveCitation(corpusOf('w '.repeat(120)), '000', 'w w', 1));
		expect(problem).toMatchObject({ code: 'quote-ambiguous' });
		expect((problem as { occurrences: { suggestion?: string }[] }).occurrences.every((o) => o.suggestion === undefined)).toBe(true);
		expect(describeCitationProblem(problem).hint).not.toContain('quote=');
		expect(describeCitationProblem(problem).hint).toContain('quote another passage');
	});

	it('quote-spans-paragraphs: names both paragraphs', () => {
		const problem = problemOf(resolveCitation(corpusOf('End of one.\n\nStart of two.'), '000', 'one. Start'));
		expect(problem).toMatchObject({ code: 'quote-spans-paragraphs', paragraphs: [1, 2] });
		expect(describeCitationProblem(problem).message).toContain('paragraphs 1 and 2');
	});

	it.each([
		['start', 'likely to go', ['unlikely'], 'starts', 'unlikely to go'],
		['end', 'he is unlike', ['unlikely'], 'ends', 'he is unlikely'],
		['both', 'nlikel', ['unlikely', 'unlikely'], 'starts and ends', 'unlikely'],
	])('quote-cuts-word at the %s: names the cut word and offers whole words', (cut, quote, words, at, suggestion) => {
		const problem = problemOf(resolveCitation(corpusOf('Now he is unlikely to go.'), '000', quote));
		expect(problem).toMatchObject({ code: 'quote-cuts-word', cut, words, suggestion });
		const { message, hint } = describeCitationProblem(problem);
		expect(message).toContain(`${at} inside a word of report 000 (paragraph 1)`);
		expect(hint).toBe(`Quote whole words, e.g. quote="${suggestion}".`);
	});
});

describe('report text shown in an error', () => {
	it('is folded, in guillemets, and cut with an ellipsis past 160 characters', () => {
		expect(show('  a\n\tb  ')).toBe('«a b»');
		const long = show('x'.repeat(200));
		expect(long).toHaveLength(162);
		expect(long.endsWith('…»')).toBe(true);
	});
});
