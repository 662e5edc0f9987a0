import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { sentenceBounds } from '../../packages/starlight-verbatim-citations/src/lineage/sentences.ts';
import { OBFUSCATIONS, obfuscate, seeded } from '../../bench/paraphrase-obfuscations.ts';

/** The gold set of bench:paraphrase is built from the reports' own sentences, the same on every run. */
const { corpus } = loadCorpus(process.cwd());
const sentences = corpus.sources.flatMap((s) => {
	const bounds = sentenceBounds(s.text);
	return bounds.map((b, k) => ({ text: s.text.slice(b.start, b.end), next: bounds[k + 1] && s.text.slice(bounds[k + 1]!.start, bounds[k + 1]!.end) }));
});

const all = (seed: number) =>
	OBFUSCATIONS.flatMap((kind) => {
		const random = seeded(seed);
		return [1, 2, 3].flatMap((strength) => sentences.map((s) => obfuscate(kind, strength, s.text, s.next, random)));
	});

describe('the paraphrase obfuscations of the gold set', () => {
	it('are deterministic: the same seed gives the same copies, another seed other ones', () => {
		expect(all(7)).toEqual(all(7));
		expect(all(8)).not.toEqual(all(7));
	});

	it('apply every type to some sentence of the reports, and always change the sentence they apply to', () => {
		for (const kind of OBFUSCATIONS) {
			const random = seeded(1);
			const copies = sentences.map((s) => ({ s, copy: obfuscate(kind, 2, s.text, s.next, random) })).filter((c) => c.copy !== undefined);
			expect(copies.length, kind).toBeGreaterThan(5);
			for (const { s, copy } of copies) expect(copy, kind).not.toBe(s.text);
		}
	});
});
