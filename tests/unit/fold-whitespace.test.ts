import { describe, expect, it } from 'vitest';
import { foldWhitespace, originalRange } from '../../packages/starlight-verbatim-citations/src/engine/verbatim.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import type { SourceMetadata } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

describe('foldWhitespace', () => {
	it('folds each whitespace run to one space and remembers where every character came from', () => {
		const folded = foldWhitespace('a  b\n\tc ');
		expect(folded.text).toBe('a b c ');
		expect([...folded.offsets]).toEqual([0, 1, 3, 4, 6, 7]);
		expect(originalRange(folded, 2, 5)).toEqual([3, 7]);
	});

	it('keeps the offsets as 32-bit integers, not a JavaScript array: a site keeps one per character of every report', () => {
		const folded = foldWhitespace('one two');
		expect(folded.offsets).toBeInstanceOf(Uint32Array);
		expect(folded.offsets.length).toBe(folded.text.length);
	});

	it('folds an empty text to nothing', () => {
		expect(foldWhitespace('')).toEqual({ text: '', offsets: new Uint32Array(0) });
	});
});

describe('a corpus report', () => {
	const entry = { meta: { id: 'a' } as SourceMetadata, text: 'one  two\nthree', sha256: '', byteLength: 14 };

	it('is folded when first searched, not when the corpus is made: the pages of a site search almost none', () => {
		const source = createCorpus([entry]).sources[0]!;
		expect(Object.getOwnPropertyDescriptor(source, 'folded')?.get).toBeTypeOf('function');
		expect(source.folded).toEqual(foldWhitespace(entry.text));
		expect(source.folded).toBe(source.folded);
	});
});
