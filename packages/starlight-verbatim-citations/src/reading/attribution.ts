import { ATTRIBUTION_KINDS, type AttributionFrameInput, type AttributionKind } from '../schemas/attributions.ts';
import { groupOf } from '../engine/group-once.ts';

/** An attribution frame located in its report: offsets of the frame words and of the span it governs. */
export interface AttributionFrame extends AttributionFrameInput {
	sourceId: string;
	frameStart: number;
	frameEnd: number;
	start: number;
	end: number;
}

const frameReport = (frame: AttributionFrame): readonly string[] => [frame.sourceId];

/**
 * What a citation of `[start, end)` is attributed to: every frame whose span it overlaps, outermost
 * first. Asked once per citation, so the frames are grouped by report once and only the quoted
 * report's frames are looked at.
 */
export function framesCovering(frames: readonly AttributionFrame[], sourceId: string, start: number, end: number): AttributionFrame[] {
	return groupOf(frames, frameReport, sourceId)
		.filter((frame) => frame.start < end && start < frame.end)
		.sort((a, b) => a.start - b.start || b.end - a.end);
}

const VERBS: Record<AttributionKind, string> = {
	'own-voice': '',
	'named-person': 'said by',
	'unnamed-source': 'said by',
	'other-outlet': 'reported by',
	'unspecified-reports': 'attributed to',
};

/**
 * The line previews and the reference list show: "said by two people close to Sessions
 * (unnamed)"; nested frames in order, outermost last ("said by the Trump adviser (unnamed),
 * reported by Politico (another outlet)").
 */
export function attributionLabel(frames: readonly AttributionFrame[]): string {
	const given = frames.filter((frame) => frame.kind !== 'own-voice');
	if (given.length === 0) return frames.length > 0 ? 'in the report’s own voice' : 'not attributed by the report';
	return [...given]
		.reverse()
		.map((frame) => `${VERBS[frame.kind]} ${frame.who}${frame.kind === 'unspecified-reports' ? '' : ` (${ATTRIBUTION_KINDS[frame.kind]})`}`)
		.join(', ');
}

/** Text compared for names: case, curly vs straight apostrophes and whitespace runs do not matter. */
export function foldForNames(text: string): string {
	return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** The frames among `frames` that `sentence` fails to name (own-voice frames need no name). */
export function unnamedFrames(sentence: string, frames: readonly AttributionFrame[]): AttributionFrame[] {
	const folded = foldForNames(sentence);
	return frames.filter((frame) => frame.kind !== 'own-voice' && !frame.names.some((name) => containsName(folded, foldForNames(name))));
}

/** What may follow a name and still be the name: a plural or possessive ending ("advisers", "the president's"). */
const NAME_ENDING = /^(?:'s|s'|es|s|')?(?![\p{L}\p{N}])/u;
/** A negation just before a name, at most one word between: "not close to Sessions", "no official", "never the president". */
const NEGATED = /(?:\b(?:not|no|never|neither|nor)|n't)\s+(?:[\p{L}\p{N}'-]+\s+)?$/u;

/**
 * True when `name` occurs in `text` as whole words ("adviser" names "advisers", "the president"
 * not "the presidential", "BCD" not the end of "ABCD"), and not negated: "not close to Sessions"
 * does not name "close to Sessions".
 */
function containsName(text: string, name: string): boolean {
	for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
		if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
		if (/[\p{L}\p{N}]$/u.test(name) && !NAME_ENDING.test(text.slice(at + name.length))) continue;
		if (NEGATED.test(text.slice(Math.max(0, at - 40), at))) continue;
		return true;
	}
	return false;
}
