import { spanAt } from './spans.ts';

/** A paragraph of a report: a 1-based number and its UTF-16 offsets in the unmodified text. */
export interface Paragraph {
	number: number;
	start: number;
	end: number;
}

/**
 * A paragraph ends at a blank line (a line break, optional spaces or tabs, another line break),
 * with `\n` or `\r\n` endings. A single line break stays inside its paragraph: report 002 joins a
 * headline and the next sentence that way, and we show it as it is.
 */
const PARAGRAPH_BREAK = /\r?\n(?:[ \t]*\r?\n)+/g;

/**
 * Splits a report into paragraphs. Offsets are untrimmed, so leading spaces (report 000 starts
 * with one) stay part of the first paragraph and concatenating the paragraphs with their breaks
 * gives back the exact text. Paragraphs of only whitespace are not numbered.
 */
export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let start = 0;
	const push = (end: number) => {
		if (text.slice(start, end).trim() !== '') {
			paragraphs.push({ number: paragraphs.length + 1, start, end });
		}
	};
	for (const match of text.matchAll(PARAGRAPH_BREAK)) {
		push(match.index);
		start = match.index + match[0].length;
	}
	push(text.length);
	return paragraphs;
}

/** The paragraph containing offset `at`, or undefined when `at` falls between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], at: number): Paragraph | undefined {
	return spanAt(paragraphs, at);
}
