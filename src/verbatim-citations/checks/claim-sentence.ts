/** Stand for the start and end of the citation tag in a claim's prose while its sentence is found (private-use characters). */
export const START = '\uE001';
export const MARK = '\uE000';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence of a claim that contains the citation tag (written as MARK). A tag written after
 * the full stop (`…strong.<Cite …/>`) opens the next segment; it belongs to the sentence before.
 * The mark itself is removed; quotations of <Quote> tags are part of the prose.
 */
export function sentenceAround(prose: string): string {
	const segments = [...segmenter.segment(prose)].map((s) => s.segment);
	let first = segments.findIndex((segment) => segment.includes(START));
	const last = segments.findIndex((segment) => segment.includes(MARK));
	if (first === -1 || last === -1) return '';
	// A <Quote> whose words hold a full stop spans several segments: its sentence runs from the one
	// the tag starts in to the one it ends in.
	if (first > 0 && segments[first]!.slice(0, segments[first]!.indexOf(START)).trim() === '') first--;
	return segments
		.slice(first, last + 1)
		.join('')
		.replace(START, '')
		.replace(MARK, '')
		.replace(/\s+/g, ' ')
		.trim();
}
