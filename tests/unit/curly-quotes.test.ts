import { describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../packages/starlight-verbatim-citations/src/components/parts/curly-quotes.ts';

describe('the editors’ quotation marks on the differences page', () => {
	it('opens after a space or bracket and closes elsewhere, as smart punctuation does', () => {
		expect(curlyQuotes('with "VERY" in capitals')).toBe('with “VERY” in capitals');
		expect(curlyQuotes('("those meetings")')).toBe('(“those meetings”)');
		expect(curlyQuotes('"Russia".')).toBe('“Russia”.');
	});

	it('turns apostrophes and single quotes the right way', () => {
		expect(curlyQuotes("Report 002's official, Sessions' account")).toBe('Report 002’s official, Sessions’ account');
		expect(curlyQuotes("calls it 'needless'")).toBe('calls it ‘needless’');
	});
});
