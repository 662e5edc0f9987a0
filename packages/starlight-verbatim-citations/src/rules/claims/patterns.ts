import type { Player } from '../../schemas/players.ts';

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every match of a global pattern in `text`, without copying the pattern: `String#matchAll` copies
 * it for every call, and the copy of a pattern holding every report id costs time in proportion to
 * the ids (at 2,000 reports, 25 µs a call: sentences × reports in all). Synchronous, and leaves
 * `lastIndex` at 0, so one pattern serves every call.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		matches.push(match);
		if (match[0] === '') pattern.lastIndex++;
	}
	pattern.lastIndex = 0;
	return matches;
}

/**
 * Each form of name of each person (its article and case aside), as a pattern made once per list of
 * players, not once per text: the claim rules read every claim sentence and every sentence it cites.
 * Used through matchesOf and namesPlayer, which reset `lastIndex`, so one pattern serves every text.
 */
export function namePatterns(players: readonly Player[]): readonly { player: string; pattern: RegExp }[] {
	let patterns = patternsOf.get(players);
	if (!patterns) {
		patterns = players.flatMap((player) =>
			player.aliases.map((alias) => ({ player: player.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias.replace(/^the\s+/iu, ''))}(?![\\p{L}\\p{N}])`, 'giu') })),
		);
		patternsOf.set(players, patterns);
	}
	return patterns;
}
const patternsOf = new WeakMap<readonly Player[], { player: string; pattern: RegExp }[]>();

/** Whether `text` names the person `playerId` of `players` by any of their forms of name. */
export function namesPlayer(text: string, playerId: string, players: readonly Player[]): boolean {
	return namePatterns(players).some(({ player, pattern }) => player === playerId && matchesOf(pattern, text).length > 0);
}
