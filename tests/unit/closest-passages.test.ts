import { describe, expect, it } from 'vitest';
import { closestPassage, closestPassages, firstDifference } from '../../packages/starlight-verbatim-citations/src/engine/closest.ts';

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

/**
 * Texts too large for the whole-text fallback (text × quote over 4 million cells), so a passage can
 * only be found through the quote's anchors: these tests fail if the anchoring loses the passage.
 */
describe('closestPassage in a large text: found through its anchors', () => {
	const filler = (sentences: number, from = 0) =>
		Array.from({ length: sentences }, (_, i) => `Sentence ${from + i} of the filler says item ${(from + i) * 7} was filed.`).join(' ');
	const target = 'The committee voted to delay the hearing until next week.';
	const text = `${filler(2000)} ${target} ${filler(2000, 2000)}`;
	const at = text.indexOf(target);

	it('is large enough that only anchors can find anything', () => {
		expect(text.length * target.length).toBeGreaterThan(4_000_000);
		expect(closestPassage(text, 'zzqx wvvy qqpl jjkx')).toBeUndefined();
	});

	it('finds a one-letter typo by its 3-word anchors, at the right offsets', () => {
		const near = closestPassage(text, 'The comittee voted to delay the hearing until next week.');
		expect(near).toEqual({ start: at, end: at + target.length, distance: 1 });
	});

	it('finds a quote with every third word mistyped by its 2-word anchors', () => {
		const near = closestPassage(text, 'The comittee voted to delai the hearing untill next week.');
		expect(near).toEqual({ start: at, end: at + target.length, distance: 3 });
	});

	it('finds a quote sharing only single words with the text by 1-word anchors', () => {
		const unique = `${filler(2000)} Xylophones quietly hummed. ${filler(2000, 2000)}`;
		const near = closestPassage(unique, 'Xylophones quietlly hummd.');
		expect(unique.slice(near!.start, near!.end)).toBe('Xylophones quietly hummed.');
		expect(near!.distance).toBe(2);
	});

	it('finds a quote with words left out, which drifts across diagonals', () => {
		const near = closestPassage(text, 'The committee voted to delay hearing next week.');
		expect(near!.start).toBe(at);
		expect(text.slice(near!.start, near!.end)).toBe(target);
		expect(near!.distance).toBe(10);
	});

	it('ignores an n-gram the quote repeats more than four times, and still finds the rest', () => {
		const chant = 'go team go team go team go team go team';
		const host = `${filler(2000)} The crowd chanted ${chant} all night long in the rain. ${filler(2000, 2000)}`;
		const quote = `The crowd chanted ${chant} all night lonng in the rain.`;
		const near = closestPassage(host, quote);
		expect(host.slice(near!.start, near!.end)).toBe(`The crowd chanted ${chant} all night long in the rain.`);
		expect(near!.distance).toBe(1);
	});

	it('keeps the passage inside its segment, and answers one per segment, closest first', () => {
		const second = `${filler(10, 9000)} The comittee voted to delay the hearing until next week.`;
		const joined = `${text}\n\n${second}`;
		const segments = [[0, text.length], [text.length + 2, joined.length]] as const;
		const passages = closestPassages(joined, 'The comittee voted to delay the hearing until next week.', { segments, count: 2 });
		expect(passages.map((p) => [p.start, p.distance])).toEqual([
			[joined.lastIndexOf('The comittee'), 0],
			[at, 1],
		]);
	});

	it('keeps the closer of two passages found in one segment, whichever is searched first', () => {
		const far = 'The comittee votted to delay the hearing until next week.';
		const near = 'The committee voted to delay the hearing until nxt week.';
		const quote = 'The committee voted to delay the hearing until next week.';
		for (const [first, second] of [[far, near], [near, far]]) {
			const two = `${filler(1500)} ${first} ${filler(1500, 1500)} ${second} ${filler(1000, 3000)}`;
			const found = closestPassage(two, quote);
			expect(two.slice(found!.start, found!.end)).toBe(near);
			expect(found!.start).toBe(two.indexOf(near));
			expect(found!.distance).toBe(1);
		}
	});
});

