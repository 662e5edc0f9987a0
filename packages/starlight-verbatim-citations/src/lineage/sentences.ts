/**
 * Sentence bounds in a report, for showing a shared passage as the whole sentences it sits in (a
 * copy's dropped attribution usually lies just outside the words two reports share).
 */
export interface Bounds {
	start: number;
	end: number;
}

// Abbreviations that end in a full stop without ending a sentence ("Mr. Comey", "U.S. Attorney").
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col)|\b(?:[A-Z]\.)+[A-Z]?)\.$/;

/** Every sentence of `text`, trimmed: ends at . ! ? (with closing quotes) before a space, or at a line break. */
export function sentenceBounds(text: string): Bounds[] {
	const bounds: Bounds[] = [];
	const end = /[.!?]+["'”’)\]]*(?=\s)|\n/g;
	let start = 0;
	for (const match of text.matchAll(end)) {
		const stop = match.index + (match[0] === '\n' ? 0 : match[0].length);
		if (match[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, stop - 6), stop))) continue;
		push(text, start, stop, bounds);
		start = stop;
	}
	push(text, start, text.length, bounds);
	return bounds;
}

function push(text: string, from: number, to: number, into: Bounds[]): void {
	const slice = text.slice(from, to);
	const lead = slice.length - slice.trimStart().length;
	const trail = slice.length - slice.trimEnd().length;
	if (from + lead < to - trail) into.push({ start: from + lead, end: to - trail });
}

/** The smallest run of whole sentences that covers [start, end). */
export function enclosingSentences(sentences: readonly Bounds[], start: number, end: number): Bounds {
	const inside = sentences.filter((s) => s.start < end && start < s.end);
	if (inside.length === 0) return { start, end };
	return { start: Math.min(start, inside[0]!.start), end: Math.max(end, inside.at(-1)!.end) };
}
