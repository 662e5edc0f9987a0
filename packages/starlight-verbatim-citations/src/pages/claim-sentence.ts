/** Stand for the start and end of the citation tag in a claim's prose while its sentence is found (private-use characters). */
export const START = '\uE001';
export const MARK = '\uE000';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles that end in a full stop without ending the sentence. */
const TITLE = /\b(Mr|Mrs|Ms|Dr|St)\.\s/g;

/**
 * The sentences of the editors' prose, as [start, end) ranges of `text`. A line break (an MDX
 * paragraph wraps) and the space after a title such as "Mr." do not end a sentence, though
 * Intl.Segmenter reads one there: both are replaced one character for one before segmenting, so
 * the ranges index `text` itself. Every rule that reads a page's sentences splits them here.
 */
export function proseSentences(text: string): { start: number; end: number }[] {
	// The title's full stop and space become two no-break spaces: Intl.Segmenter breaks after a full stop whatever follows.
	const guarded = text.replace(/\s/g, ' ').replace(TITLE, '$1\u00A0\u00A0');
	return [...segmenter.segment(guarded)].map(({ index, segment }) => ({ start: index, end: index + segment.length }));
}

/**
 * The sentence of a claim that contains the citation tag (written START…MARK around the tag's own
 * words: a <Quote>'s quotation, nothing for a <Cite>). The marks are taken out before the text is
 * segmented, since any character between a full stop and the next sentence changes where
 * Intl.Segmenter breaks. A tag written after the full stop (`…strong.<Cite …/>`) would open the
 * next segment; it belongs to the sentence before. A quotation holding a full stop spans several
 * segments: its sentence runs from the one the tag starts in to the one it ends in.
 */
export function sentenceAround(prose: string): string {
	const from = prose.indexOf(START);
	const to = prose.indexOf(MARK) - 1;
	if (from === -1 || to < from) return '';
	const text = prose.replace(START, '').replace(MARK, '');
	const segments = proseSentences(text);
	let first = segments.findIndex((s) => from < s.end);
	if (first === -1) first = segments.length - 1;
	const opensSegment = text.slice(segments[first]!.start, from).trim() === '';
	if (opensSegment && first > 0 && to === from) first--;
	let last = segments.findIndex((s) => to <= s.end && (to > s.start || to === from));
	if (last === -1 || last < first) last = first;
	if (opensSegment && to === from) last = first;
	return text
		.slice(segments[first]!.start, segments[last]!.end)
		.replace(/\s+/g, ' ')
		.trim();
}
