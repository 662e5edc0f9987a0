import { describe, expect, it } from 'vitest';
import { shortenAtWord, wordWindow } from '../../packages/starlight-verbatim-citations/src/reading/excerpt.ts';

describe('excerpts that never cut a word', () => {
	it('keeps a short text whole, whitespace folded', () => {
		expect(shortenAtWord('  Trump  said\nthis. ', 40)).toBe('Trump said this.');
	});

	it('cuts a long text at the last space that fits, dropping a dangling comma, and marks the cut', () => {
		expect(shortenAtWord('Trump wanted to fire him, the report says, and more', 27)).toBe('Trump wanted to fire him…');
		expect(shortenAtWord('Trump wanted to fire him at once', 23)).toBe('Trump wanted to fire…');
		expect(shortenAtWord('Trump wanted to fire him at once', 23).length).toBeLessThanOrEqual(23);
	});

	it('keeps a single word longer than the room whole rather than cutting it', () => {
		expect(shortenAtWord('Incomprehensibilities abound', 10)).toBe('Incomprehensibilities…');
		expect(shortenAtWord('Incomprehensibilities', 10)).toBe('Incomprehensibilities');
	});

	const text = 'Sessions has taken a VERY weak position on Hillary Clinton crimes, the president wrote.';
	const all = { start: 0, end: text.length };
	const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

	it('moves a window edge that falls inside a word to the next space, inward', () => {
		const [start, end] = at('weak');
		const window = wordWindow(text, all, start, end, 9);
		expect(wordWindow(text, all, start, end, 8).after).toBe('…');
		expect(window).toEqual({ before: '…a VERY ', words: 'weak', after: ' position…' });
		for (const reach of [1, 2, 3, 5, 7, 9, 11, 13, 20]) {
			const { before, after } = wordWindow(text, all, start, end, reach);
			const shownBefore = before.replace(/^…/, '');
			const shownAfter = after.replace(/…$/, '');
			// What is shown is whole words of the text, flush with the quoted words.
			expect(text.slice(0, start).endsWith(shownBefore), `reach ${reach}: «${before}»`).toBe(true);
			expect(shownBefore === '' || /(^|\s)$/.test(text.slice(0, start - shownBefore.length)), `reach ${reach}: «${before}»`).toBe(true);
			expect(text.slice(end).startsWith(shownAfter)).toBe(true);
			expect(shownAfter === '' || /^(\s|$)/.test(text.slice(end + shownAfter.length)), `reach ${reach}: «${after}»`).toBe(true);
		}
	});

	it('marks only the edges that are not the paragraph’s own, and never crosses them', () => {
		const paragraph = { start: text.indexOf('taken'), end: text.indexOf(' the president') };
		const [start, end] = at('VERY');
		expect(wordWindow(text, paragraph, start, end, 200)).toEqual({ before: 'taken a ', words: 'VERY', after: ' weak position on Hillary Clinton crimes,' });
		expect(wordWindow(text, all, 0, 8, 0)).toEqual({ before: '', words: 'Sessions', after: '…' });
	});
});
