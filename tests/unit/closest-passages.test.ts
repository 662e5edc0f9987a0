import { describe, expect, it } from 'vitest';
import { closestPassage, closestPassages, firstDifference } from '../../src/verbatim-citations/engine/closest.ts';

/** The text of each passage found, with its distance. */
const found = (text: string, passages: { start: number; end: number; distance: number }[]) => passages.map((p) => [text.slice(p.start, p.end), p.distance]);

describe('closestPassages: one passage per segment, closest first', () => {
	const reports = ['The board met on Tuesday to vote.', 'The bord met on Tuesday to vote.', 'Nothing alike in this one at all.'];
	const text = reports.join('\n\n');
	const segments = reports.map((report) => {
		const start = text.indexOf(report);
		return [start, start + report.length] as const;
	});

	it('ranks the segments by distance and keeps as many as asked', () => {
		const quote = 'The bord met on Tuesday to vote.';
		expect(found(text, closestPassages(text, quote, { segments, count: 3 }))).toEqual([
			['The bord met on Tuesday to vote.', 0],
			['The board met on Tuesday to vote.', 1],
		]);
		expect(found(text, closestPassages(text, quote, { segments, count: 1 }))).toEqual([['The bord met on Tuesday to vote.', 0]]);
		expect(closestPassages(text, quote, { segments }).length).toBe(1);
	});

	it('orders passages at the same distance by where they start', () => {
		const twins = 'The pier closed on Friday.\n\nThe pier closed on Friday.';
		const halves = [[0, 26], [28, 54]] as const;
		const passages = closestPassages(twins, 'The pier closd on Friday.', { segments: [halves[1], halves[0]], count: 2 });
		expect(passages.map((p) => [p.start, p.distance])).toEqual([[0, 1], [28, 1]]);
	});

	it('drops passages farther than maxDistance', () => {
		const quote = 'The bord met on Tuesday to vote.';
		expect(found(text, closestPassages(text, quote, { segments, count: 3, maxDistance: 0 }))).toEqual([['The bord met on Tuesday to vote.', 0]]);
	});

	it('searches every small segment when the quote shares no whole word with the text, and keeps the closest of each', () => {
		const small = 'recusal came first\n\nrecusals later';
		const parts = [[0, 18], [20, 34]] as const;
		expect(found(small, closestPassages(small, 'recusl', { segments: parts, count: 2 }))).toEqual([
			['recus', 1],
			['recus', 1],
		]);
		expect(closestPassages(small, 'recusl', { segments: parts, count: 2 }).map((p) => p.start)).toEqual([0, 20]);
		// An empty segment, or one too short to be within maxDistance of the quote, is not searched.
		expect(closestPassages(small, 'recusal came first', { segments: [[0, 0], [20, 24]], count: 2, maxDistance: 3 })).toEqual([]);
	});

	it('finds nothing for an empty quote or an empty text', () => {
		expect(closestPassages('', 'words')).toEqual([]);
		expect(closestPassages('some words', '')).toEqual([]);
		expect(closestPassage('', 'words')).toBeUndefined();
	});

	it('does not let a word that runs past the end of its segment anchor the quote', () => {
		// Segment [0, 13) ends inside "Tuesdays": the word there is "Tue", not "Tuesdays".
		const cut = 'met on Tuesdays again';
		const near = closestPassage(cut, 'met on Tuesdays', [[0, 10]]);
		expect(near).toBeDefined();
		expect(near!.end).toBeLessThanOrEqual(10);
		expect(cut.slice(near!.start, near!.end)).toBe('met on Tue');
		expect(near!.distance).toBe(5);
	});
});

describe('firstDifference', () => {
	it('counts characters, not UTF-16 units, and reports the end of either string', () => {
		expect(firstDifference('a😀b', 'a😀c')).toEqual({ index: 2, expected: 'b', received: 'c' });
		expect(firstDifference('abc', 'ab')).toEqual({ index: 2, expected: 'c', received: undefined });
		expect(firstDifference('ab', 'abc')).toEqual({ index: 2, expected: undefined, received: 'c' });
		expect(firstDifference('same', 'same')).toBeUndefined();
	});
});
