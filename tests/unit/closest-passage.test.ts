import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../packages/starlight-verbatim-citations/src/engine/closest.ts';

/** Deterministic filler: numbered sentences, so every stretch of the text is unique. */
function filler(sentences: number, from = 0): string {
	return Array.from({ length: sentences }, (_, i) => `Sentence ${from + i} of the filler says item ${(from + i) * 7} was filed.`).join(' ');
}

describe('the closest passage', () => {
	it('finds a mistyped quote where its words line up', () => {
		const text = `${filler(50)} The committee voted to delay the hearing until next week. ${filler(50, 50)}`;
		const near = closestPassage(text, 'The comittee voted to delay the hearing until next week.');
		expect(near).toBeDefined();
		expect(text.slice(near!.start, near!.end)).toBe('The committee voted to delay the hearing until next week.');
		expect(near!.distance).toBe(1);
	});

	it('still finds it when every third word is mistyped (no 3-word run is shared)', () => {
		const text = `${filler(20)} alpha bravo charlie delta echo foxtrot golf hotel india juliet. ${filler(20, 20)}`;
		const near = closestPassage(text, 'alpha bravo charlye delta echo foxtrut golf hotel indya juliet.');
		expect(text.slice(near!.start, near!.end)).toBe('alpha bravo charlie delta echo foxtrot golf hotel india juliet.');
	});

	it('finds a one-word typo in a short text that shares no word with it', () => {
		const text = 'The recusal angered the president.';
		const near = closestPassage(text, 'recusl');
		expect(text.slice(near!.start, near!.end)).toMatch(/^recus/);
		expect(near!.distance).toBe(1);
	});

	it('never runs across the end of a segment', () => {
		const text = 'The board met on Tuesday. The pier closed on Friday.';
		const segments = [[0, 25], [26, text.length]] as const;
		const near = closestPassage(text, 'met on Tuesday. The pier closd', segments);
		expect(near).toBeDefined();
		const inOne = segments.some(([start, end]) => near!.start >= start && near!.end <= end);
		expect(inOne).toBe(true);
	});

	it('does not search a stretch too short to be within maxDistance edits of the quote', () => {
		const text = 'The board met on Tuesday.';
		const quote = 'The board met on Tuesday and again on Friday.';
		expect(closestPassage(text, quote)).toBeDefined();
		expect(closestPassage(text, quote, undefined, 5)).toBeUndefined();
		expect(closestPassage(text, quote, undefined, 20)?.distance).toBe(20);
	});
});
