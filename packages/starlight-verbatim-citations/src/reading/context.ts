import type { AttributionFrame } from './attribution.ts';
import { sentencesOf, type Sentence } from '../engine/sentences.ts';

/** A cited span shown in its report sentence, with any attributing words that lie outside it. */
export interface CitationContext {
	before: string;
	quote: string;
	after: string;
	/** Frames governing the quote whose own words are not in the shown sentence ("On Tuesday, the president tweeted:"). */
	outsideFrames: string[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The whole report sentence(s) a quote lies in, split around the quote, so that a one-word quote
 * ("beleaguered") is read in context. Whitespace runs are shown as single spaces, as everywhere.
 */
export function citationContext(
	text: string,
	sentences: readonly Sentence[],
	start: number,
	end: number,
	frames: readonly AttributionFrame[] = [],
): CitationContext {
	const touched = sentencesOf(sentences, start, end);
	const from = Math.min(start, touched[0]?.start ?? start);
	const to = Math.max(end, touched.at(-1)?.end ?? end);
	return {
		before: flat(text.slice(from, start)).trimStart(),
		quote: flat(text.slice(start, end)),
		after: flat(text.slice(end, to)).trimEnd(),
		outsideFrames: frames
			.filter((frame) => frame.kind !== 'own-voice' && (frame.frameEnd <= from || frame.frameStart >= to))
			.map((frame) => flat(text.slice(frame.frameStart, frame.frameEnd)).trim()),
	};
}
