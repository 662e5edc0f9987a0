import type { Corpus } from '../../engine/corpus.ts';
import { findRewordedPassages } from './reworded-sentences.ts';
import { findSharedPassages, type SharedPassage } from '../shared-passages.ts';

/**
 * Every passage two reports share, by both tiers: nine or more identical words (exact), then
 * reworded sentences the exact tier does not already join (tier two). This is the list the site
 * counts independent witnesses with.
 */
export function findLineagePassages(corpus: Corpus): SharedPassage[] {
	const exact = findSharedPassages(corpus).map((p): SharedPassage => ({ ...p, tier: 'exact' }));
	return [...exact, ...findRewordedPassages(corpus, exact)];
}
