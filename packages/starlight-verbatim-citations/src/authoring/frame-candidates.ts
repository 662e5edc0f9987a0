import type { AttributionFrame } from '../reading/attribution.ts';
import type { Source } from '../engine/corpus.ts';
import { splitSentences, type SentenceOverrides } from '../engine/sentences.ts';

/** Words that usually attribute: the editor confirms each candidate, the command never decides. */
const ATTRIBUTING =
	/\b(?:said|says|say|told|according to|reports?|reported|reportedly|wrote|writes|citing|cited|noted?|stated|asked|tweeted|admitted|called|accused|denied)\b|Source:/gi;

/** One proposal: the attributing words, the sentence they sit in, and whether a frame already covers it. */
export interface FrameCandidate {
	sourceId: string;
	paragraph: number;
	/** The attributing word as found ("said", "according to"). */
	cue: string;
	/** Offset of the cue in the report. */
	at: number;
	sentence: string;
	/** True when a recorded frame's words contain this cue: already confirmed. */
	recorded: boolean;
}

/**
 * Proposes attribution frames for a report: every sentence with an attributing word, so the
 * editor reads each and records the frame (or decides it is the report's own voice) rather than
 * typing frames from memory.
 */
export function frameCandidates(source: Source, frames: readonly AttributionFrame[], overrides?: SentenceOverrides): FrameCandidate[] {
	const sentences = splitSentences(source.text, source.paragraphs, overrides);
	const candidates: FrameCandidate[] = [];
	for (const sentence of sentences) {
		const words = source.text.slice(sentence.start, sentence.end);
		for (const match of words.matchAll(ATTRIBUTING)) {
			const at = sentence.start + match.index;
			candidates.push({
				sourceId: source.id,
				paragraph: sentence.paragraph,
				cue: match[0],
				at,
				sentence: words.replace(/\s+/g, ' '),
				recorded: frames.some((f) => f.sourceId === source.id && f.frameStart <= at && at < f.frameEnd),
			});
		}
	}
	return candidates;
}

/** A YAML stub for a candidate, to paste under the report's id in attributions.yaml and complete. */
export function frameStub(candidate: FrameCandidate): string {
	return [
		`  - frame: ${JSON.stringify(candidate.cue)}  # extend to the attributing words, e.g. "Two board members said"`,
		`    governs: ${JSON.stringify(candidate.sentence)}  # cut to the words given to the speaker`,
		'    kind: unnamed-source  # own-voice, named-person, unnamed-source, other-outlet, unspecified-reports',
		'    who: TODO',
		'    names: [TODO]',
	].join('\n');
}
