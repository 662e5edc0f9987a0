/**
 * Shortened text for the site: excerpts start and end between words, never inside one, because a
 * cut word can read as another ("fire hi…", "…RY weak position"). Whitespace runs show as one space.
 */

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** At most about `max` characters, cut at the last space that fits, trailing punctuation dropped, "…" added. */
export function shortenAtWord(text: string, max: number): string {
	const one = flat(text);
	if (one.length <= max) return one;
	const cut = one.lastIndexOf(' ', max - 1);
	// One word longer than the room: the whole word rather than part of it.
	const end = cut > 0 ? cut : one.includes(' ', max) ? one.indexOf(' ', max) : one.length;
	const kept = one.slice(0, end).replace(/[\s,;:–—-]+$/, '');
	return kept.length < one.length ? `${kept}…` : kept;
}

/**
 * The words around `[start, end)` within `bounds` (a paragraph), reaching about `reach` characters
 * either side: the window's edges move inward to the nearest space, so no word is cut; "…" marks
 * an edge that is not the paragraph's.
 */
export function wordWindow(text: string, bounds: { start: number; end: number }, start: number, end: number, reach: number): { before: string; words: string; after: string } {
	let from = Math.max(bounds.start, start - reach);
	if (from > bounds.start && /\S/.test(text[from - 1]!)) {
		const space = text.slice(from, start).search(/\s/);
		from = space === -1 ? start : from + space;
	}
	let to = Math.min(bounds.end, end + reach);
	if (to < bounds.end && /\S/.test(text[to]!)) {
		const space = text.slice(end, to).search(/\s\S*$/);
		to = space === -1 ? end : end + space;
	}
	const before = text.slice(from, start).replace(/\s+/g, ' ').trimStart();
	const after = text.slice(end, to).replace(/\s+/g, ' ').trimEnd();
	return {
		before: `${from > bounds.start ? '…' : ''}${before}`,
		words: text.slice(start, end),
		after: `${after}${to < bounds.end ? '…' : ''}`,
	};
}
