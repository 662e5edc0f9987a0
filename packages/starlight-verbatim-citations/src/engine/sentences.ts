import type { Paragraph } from './paragraphs.ts';
import { spanAt } from './spans.ts';

/** A sentence of a report: its UTF-16 offsets in the unmodified text, trailing spaces excluded. */
export interface Sentence {
	/** 1-based, counted over the whole report. */
	number: number;
	paragraph: number;
	start: number;
	end: number;
}

/**
 * Editor corrections to the segmenter for one report, for the reports' own punctuation: `join`
 * lists words that end one segment and must not end a sentence ("U.S." before "Attorney", "Mr."
 * before "Comey"); `split` lists words after which a sentence ends although no punctuation says so
 * (a headline run into the next sentence). Each string is matched verbatim in the report.
 */
export interface SentenceOverrides {
	join: readonly string[];
	split: readonly string[];
}

export const NO_OVERRIDES: SentenceOverrides = { join: [], split: [] };

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function trimmedEnd(text: string, start: number, end: number): number {
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end;
}

/** Every offset at which `needle` ends in `text` (for the overrides, which name words, not offsets). */
function endsOf(text: string, needles: readonly string[]): Set<number> {
	const ends = new Set<number>();
	for (const needle of needles) {
		for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) ends.add(at + needle.length);
	}
	return ends;
}

/**
 * Splits a report into sentences, paragraph by paragraph (a sentence never crosses a paragraph),
 * with `Intl.Segmenter`, then applies the editor's overrides. Offsets point into `text`, so a
 * sentence's words are `text.slice(start, end)` exactly.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], overrides: SentenceOverrides = NO_OVERRIDES): Sentence[] {
	const joins = endsOf(text, overrides.join);
	const splits = endsOf(text, overrides.split);
	const sentences: Sentence[] = [];
	for (const paragraph of paragraphs) {
		const body = text.slice(paragraph.start, paragraph.end);
		const breaks = new Set<number>();
		for (const { index, segment } of segmenter.segment(body)) {
			const end = paragraph.start + index + segment.length;
			if (end >= paragraph.end) continue;
			const wordEnd = trimmedEnd(text, paragraph.start + index, end);
			if (!joins.has(wordEnd)) breaks.add(end);
		}
		for (const at of splits) if (at > paragraph.start && at < paragraph.end) breaks.add(at);
		let start = paragraph.start;
		for (const at of [...breaks].sort((a, b) => a - b).concat(paragraph.end)) {
			let from = start;
			while (from < at && /\s/.test(text[from]!)) from++;
			const end = trimmedEnd(text, from, at);
			if (end > from) sentences.push({ number: sentences.length + 1, paragraph: paragraph.number, start: from, end });
			start = at;
		}
	}
	return sentences;
}

/** The sentence containing offset `at`, or undefined between sentences. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
	return spanAt(sentences, at);
}

/** The sentences a span `[start, end)` touches, in order. */
export function sentencesOf(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
	return sentences.filter((sentence) => sentence.start < end && start < sentence.end);
}
