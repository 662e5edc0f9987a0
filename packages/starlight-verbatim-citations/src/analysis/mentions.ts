import type { Player } from '../schemas/players.ts';
import type { Corpus } from '../engine/corpus.ts';

/** One report paragraph that mentions a player. The unit of a mention list is the paragraph. */
export interface Mention {
	sourceId: string;
	paragraph: number;
	/** Offsets of each alias occurrence in the report. */
	hits: { start: number; end: number; alias: string }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where an alias counts: as a whole word or phrase (no letter or digit on either side), case as
 * written. "Sessions" matches in "Sessions’ decision" and "Sessions'" but not in "sessions";
 * "Session" (report 001's typo) does not match inside "Sessions".
 */
export function aliasPattern(aliases: readonly string[]): RegExp {
	const longestFirst = [...aliases].sort((a, b) => b.length - a.length).map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every paragraph of every report that mentions the player, with each occurrence. */
export function findMentions(corpus: Corpus, player: Player): Mention[] {
	const pattern = aliasPattern(player.aliases);
	return corpus.sources.flatMap((source) =>
		source.paragraphs.flatMap((paragraph) => {
			const text = source.text.slice(paragraph.start, paragraph.end);
			const hits = [...text.matchAll(pattern)].map((m) => ({
				start: paragraph.start + m.index,
				end: paragraph.start + m.index + m[0].length,
				alias: m[0],
			}));
			return hits.length > 0 ? [{ sourceId: source.id, paragraph: paragraph.number, hits }] : [];
		}),
	);
}

/** Occurrences per report id, zero included, for the counts line. */
export function mentionCounts(corpus: Corpus, mentions: readonly Mention[]): Map<string, number> {
	const counts = new Map(corpus.sources.map((s) => [s.id, 0]));
	for (const m of mentions) counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + m.hits.length);
	return counts;
}

/**
 * Paragraphs that mention the player, per report id, zero included, in corpus order: what the cast
 * cards draw. One pass over the mentions (not one per report), so it stays linear in the corpus.
 */
export function paragraphCounts(corpus: Corpus, mentions: readonly Mention[]): Map<string, number> {
	const counts = new Map(corpus.sources.map((s) => [s.id, 0]));
	for (const m of mentions) counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + 1);
	return counts;
}
