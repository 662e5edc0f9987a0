/** A cited span to highlight in a paragraph. */
export interface HighlightSpan {
	start: number;
	end: number;
	/** Fragment id the citations link to. */
	fragment: string;
}

export type HighlightNode =
	| { kind: 'text'; start: number; end: number }
	| {
			kind: 'mark';
			start: number;
			end: number;
			fragment: string;
			/** True on the piece that carries the fragment id (the first piece of its span). */
			target: boolean;
			children: HighlightNode[];
	  };

interface Piece {
	start: number;
	end: number;
	fragment: string;
	target: boolean;
}

function byStartThenLongest(a: Piece, b: Piece): number {
	return a.start - b.start || b.end - a.end;
}

/**
 * Cuts spans into pieces that nest (no two cross), so they can be rendered as nested elements.
 * A span that is contained in another stays whole, so its element's text is exactly its quote.
 * A span that crosses another's end is cut there: its first piece carries the id (the link lands
 * on its first words) and the rest is still highlighted.
 */
export function nestablePieces(spans: readonly HighlightSpan[]): Piece[] {
	const queue: Piece[] = spans.map((s) => ({ ...s, target: true })).sort(byStartThenLongest);
	const placed: Piece[] = [];
	const open: Piece[] = [];
	while (queue.length > 0) {
		const piece = queue.shift()!;
		while (open.length > 0 && open.at(-1)!.end <= piece.start) open.pop();
		const parent = open.at(-1);
		if (parent && piece.end > parent.end) {
			const rest: Piece = { start: parent.end, end: piece.end, fragment: piece.fragment, target: false };
			piece.end = parent.end;
			const at = queue.findIndex((other) => byStartThenLongest(rest, other) < 0);
			queue.splice(at === -1 ? queue.length : at, 0, rest);
		}
		placed.push(piece);
		open.push(piece);
	}
	return placed;
}

/**
 * The text `[start, end)` as a tree of plain runs and highlighted marks. Spans outside the range
 * are ignored; identical spans are merged.
 */
export function highlightTree(start: number, end: number, spans: readonly HighlightSpan[]): HighlightNode[] {
	const unique = new Map<string, HighlightSpan>();
	for (const span of spans) {
		if (span.start >= start && span.end <= end && span.end > span.start) unique.set(span.fragment, span);
	}
	const pieces = nestablePieces([...unique.values()]);
	const build = (from: number, to: number, inside: Piece[]): HighlightNode[] => {
		const nodes: HighlightNode[] = [];
		let at = from;
		let i = 0;
		while (i < inside.length) {
			const piece = inside[i]!;
			const children: Piece[] = [];
			let j = i + 1;
			while (j < inside.length && inside[j]!.start < piece.end) children.push(inside[j++]!);
			if (piece.start > at) nodes.push({ kind: 'text', start: at, end: piece.start });
			nodes.push({
				kind: 'mark',
				start: piece.start,
				end: piece.end,
				fragment: piece.fragment,
				target: piece.target,
				children: build(piece.start, piece.end, children),
			});
			at = piece.end;
			i = j;
		}
		if (at < to) nodes.push({ kind: 'text', start: at, end: to });
		return nodes;
	};
	return build(start, end, pieces);
}
