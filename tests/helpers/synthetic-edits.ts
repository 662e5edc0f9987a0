/**
 * Synthetic reworded copies for calibrating the shared-passage detector: a real sentence with k
 * random edits of the kinds content farms make (a word swapped, a word inserted, a word deleted, a
 * clause cut). Seeded, so a failing run can be repeated.
 */

/** A small linear congruential generator: the same seed gives the same edits on every machine. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

export type EditKind = 'swap' | 'insert' | 'delete' | 'clause cut';
export const EDIT_KINDS: readonly EditKind[] = ['swap', 'insert', 'delete', 'clause cut'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** `words` with `k` random edits, each drawn from EDIT_KINDS; `vocabulary` supplies swapped and inserted words. */
export function editWords(words: readonly string[], k: number, vocabulary: readonly string[], random: () => number): { words: string[]; edits: EditKind[] } {
	const out = [...words];
	const edits: EditKind[] = [];
	for (let e = 0; e < k; e++) {
		const kind = pick(random, EDIT_KINDS);
		const at = Math.floor(random() * out.length);
		if (kind === 'swap') {
			let word = pick(random, vocabulary);
			while (word.toLowerCase() === out[at]!.toLowerCase()) word = pick(random, vocabulary);
			out[at] = word;
		} else if (kind === 'insert') out.splice(at, 0, pick(random, vocabulary));
		else if (kind === 'delete') out.splice(at, 1);
		else {
			// A clause: three to five words, from a comma when the sentence has one after `at`.
			const comma = out.findIndex((w, i) => i >= at && w.endsWith(','));
			const from = comma >= 0 && comma < out.length - 3 ? comma + 1 : at;
			out.splice(from, 3 + Math.floor(random() * 3));
		}
		edits.push(kind);
	}
	return { words: out, edits };
}
