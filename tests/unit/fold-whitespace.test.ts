import { describe, expect, it } from 'vitest';
import { foldWhitespace, originalRange } from '../../packages/starlight-verbatim-citations/src/engine/verbatim.ts';

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
