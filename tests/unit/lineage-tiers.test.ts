import { describe, expect, it } from 'vitest';
import { findLineagePassages } from '../../packages/starlight-verbatim-citations/src/lineage/reworded/both-tiers.ts';
import { reportLineage } from '../../packages/starlight-verbatim-citations/src/lineage/lineage.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const copied = 'the harbour board voted on Tuesday to close the old ferry pier in Wexford for good after the winter storms.';
const original = 'Fishermen who use the pier plan a protest at the council offices in Wexford on Saturday, and their union has written to the minister for the marine about compensation.';
const reworded = 'Their union having written to the marine minister about compensation, the fishermen using the pier will protest on Saturday at the offices of the Wexford council.';

describe('lineage with both tiers', () => {
	it('takes the direction from the passages shared word for word, not from a reworded copy (which changes words both ways)', () => {
		const corpus = syntheticCorpus({
			a: `A port official said that ${copied}\n\n${original}\n`,
			b: `${copied.charAt(0).toUpperCase()}${copied.slice(1)}\n\n${reworded}\n`,
		});
		const passages = findLineagePassages(corpus);
		expect(passages.map((p) => p.tier).sort()).toEqual(['exact', 'reworded']);
		const [pair] = reportLineage(corpus, passages);
		expect(pair!.direction).toMatchObject({ from: 'a', to: 'b' });
		// The note stands under the reworded twin too, so it says what it rests on.
		expect(pair!.direction!.basis).toMatch(/^In the passages shared word for word: report a's version holds every word/);
		expect(pair!.twins).toHaveLength(2);
	});
});
