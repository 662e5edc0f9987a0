import type { Corpus } from '../engine/corpus.ts';
import { resolveCitation } from '../engine/resolve.ts';
import type { Player } from '../schemas/players.ts';
import { findMentions, paragraphCounts, type Mention } from './mentions.ts';

/** One card of the cast: who, the role a report gives them, and how often each report names them. */
export interface CastCard {
	id: string;
	name: string;
	page: string | undefined;
	/** The report's own words for the role, with where they are; undefined when no report states one. */
	role: { sourceId: string; text: string; paragraph: number } | undefined;
	/** Paragraphs of each report that name the player, in corpus order, zero included. */
	mentions: { sourceId: string; count: number }[];
	total: number;
	/** The card's largest count: its bars show how the mentions spread over the reports. */
	scale: number;
}

/**
 * The cast, from the checked data only: names and roles from players.yaml (roles verified
 * verbatim), counts of the paragraphs that name them in the reports' text, by the players' aliases.
 * Most-mentioned first.
 */
export function castCards(
	players: readonly Player[],
	corpus: Corpus,
	/** A player's mentions in `corpus`, when the caller has them (the pages' data finds each once). */
	mentionsOf: (player: Player) => readonly Mention[] = (player) => findMentions(corpus, player),
): CastCard[] {
	const cards = players.map((player) => {
		const found = mentionsOf(player);
		const mentions = [...paragraphCounts(corpus, found)].map(([sourceId, count]) => ({ sourceId, count }));
		const resolution = player.role ? resolveCitation(corpus, player.role.source, player.role.quote) : undefined;
		const role = resolution?.ok ? { sourceId: resolution.citation.sourceId, text: resolution.citation.text, paragraph: resolution.citation.paragraph } : undefined;
		const total = mentions.reduce((n, m) => n + m.count, 0);
		return { id: player.id, name: player.name, page: player.page, role, mentions, total, scale: Math.max(1, ...mentions.map((m) => m.count)) };
	});
	return cards.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
