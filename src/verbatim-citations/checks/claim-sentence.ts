/** Stand for the start and end of the citation tag in a claim's prose while its sentence is found (private-use characters). */
export const START = '\uE001';
export const MARK = '\uE000';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

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
	// A line break inside an MDX paragraph is not a sentence end, though Intl.Segmenter reads one
	// there: every whitespace character becomes a space, one for one, so the offsets above still hold.
	const text = prose.replace(START, '').replace(MARK, '').replace(/\s/g, ' ');
	const segments = [...segmenter.segment(text)].map(({ index, segment }) => ({ start: index, end: index + segment.length }));
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
