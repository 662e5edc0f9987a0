/**
 * Word-level alignment of two token sequences: local (Smith and Waterman, 1981) to find where two
 * reports share a passage despite swapped, added and dropped words; global (Needleman and Wunsch,
 * 1970) to show, word by word, what one version of a passage changed in the other.
 */

/** One column of an alignment: a word of A and/or of B (indices into the sequences). */
export type Step = { op: 'same'; a: number; b: number } | { op: 'changed'; a: number; b: number } | { op: 'dropped'; a: number } | { op: 'added'; b: number };

export interface Alignment {
	steps: Step[];
	score: number;
	/** Words that are the same on both sides. */
	matched: number;
}

/**
 * Function words score less than content words when they match, so two reports sharing "said
 * that the" does not pull an alignment across unrelated text, while shared names and verbs do.
 */
const FUNCTION_WORDS = new Set(
	'a an the of to in on at for by with from and or but as is was were be been has had have he she it its his her him they them their that this which who what not no said'.split(' '),
);
const MISMATCH = -2;
const GAP = -1;

export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word);
export const matchScore = (word: string) => (FUNCTION_WORDS.has(word) ? 1 : 2);

/**
 * Best-scoring alignment of `a` against `b`. Local mode finds the best pair of stretches (an empty
 * alignment when nothing matches); global mode aligns the whole of both.
 */
export function align(a: readonly string[], b: readonly string[], mode: 'local' | 'global'): Alignment {
	const n = a.length;
	const m = b.length;
	const width = m + 1;
	const h = new Int32Array((n + 1) * width);
	const local = mode === 'local';
	if (!local) {
		for (let i = 0; i <= n; i++) h[i * width] = i * GAP;
		for (let j = 0; j <= m; j++) h[j] = j * GAP;
	}
	let best = 0;
	let bestAt = 0;
	for (let i = 1; i <= n; i++) {
		const word = a[i - 1]!;
		const same = matchScore(word);
		for (let j = 1; j <= m; j++) {
			const diagonal = h[(i - 1) * width + j - 1]! + (word === b[j - 1] ? same : MISMATCH);
			const up = h[(i - 1) * width + j]! + GAP;
			const left = h[i * width + j - 1]! + GAP;
			let score = Math.max(diagonal, up, left);
			if (local && score < 0) score = 0;
			h[i * width + j] = score;
			if (score > best) {
				best = score;
				bestAt = i * width + j;
			}
		}
	}
	let i = local ? Math.floor(bestAt / width) : n;
	let j = local ? bestAt % width : m;
	const steps: Step[] = [];
	while (i > 0 || j > 0) {
		const here = h[i * width + j]!;
		if (local && here === 0) break;
		if (i > 0 && j > 0 && here === h[(i - 1) * width + j - 1]! + (a[i - 1] === b[j - 1] ? matchScore(a[i - 1]!) : MISMATCH)) {
			steps.push({ op: a[i - 1] === b[j - 1] ? 'same' : 'changed', a: i - 1, b: j - 1 });
			i--;
			j--;
		} else if (i > 0 && here === h[(i - 1) * width + j]! + GAP) {
			steps.push({ op: 'dropped', a: i - 1 });
			i--;
		} else {
			steps.push({ op: 'added', b: j - 1 });
			j--;
		}
	}
	steps.reverse();
	return { steps, score: local ? best : h[n * width + m]!, matched: steps.filter((s) => s.op === 'same').length };
}
