import { appendMapEntry } from './map-entry.ts';

/**
 * sentences.yaml with an entry for a new report appended: `notUsedYet` with the day it was added,
 * so its sentences are excused as a whole (one to-do, not one per sentence) until the editors work
 * it through, and the join/split/excused keys they will need, as comments.
 */
export function sentencesStub(current: string, id: string, addedOn: string): { ok: true; text: string } | { ok: false; reason: string } {
	const note = `added ${addedOn}, not worked through yet`;
	const entry = [
		`${JSON.stringify(id)}:`,
		`  notUsedYet: ${JSON.stringify(note)}`,
		'  # Once you cite it, remove notUsedYet; `npx verbatim-citations coverage` then lists each sentence left.',
		'  # excused:',
		'  #   - sentence: "words of one sentence, exactly as in the report"',
		'  #     reason: boilerplate   # or off-topic, garbled, background, other',
		'  #     note: "why"',
	].join('\n');
	return appendMapEntry(current, id, entry, { notUsedYet: note });
}
