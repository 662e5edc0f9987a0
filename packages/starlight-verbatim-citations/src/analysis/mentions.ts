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
	return new RegExp(`(?<![\\p{L}\\p{N}])${aliasAlternatives(aliases)}`, 'gu');
}

/** The aliases longest first (the longest wins where two overlap), each followed by no letter or digit. */
function aliasAlternatives(aliases: readonly string[]): string {
	const longestFirst = [...aliases].sort((a, b) => b.length - a.length).map(escape);
	return `(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether a letter or digit ends just before `index` (a whole code point, as a lookbehind reads it). */
function wordBefore(text: string, index: number): boolean {
	if (index === 0) return false;
	const low = text.charCodeAt(index - 1);
	const at = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
	return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Every paragraph of every report that mentions the player, with each occurrence: what
 * aliasPattern matches, found once per report rather than once per paragraph, and with the
 * aliases tried first and the letter before them checked after. Irregexp tried a leading
 * lookbehind at every position of the corpus: 0.7 s per build for 19 players and 2,000 reports,
 * against 0.2 s.
 */
export function findMentions(corpus: Corpus, player: Player): Mention[] {
	const pattern = new RegExp(aliasAlternatives(player.aliases), 'gu');
	const mentions: Mention[] = [];
	for (const source of corpus.sources) {
		const { text, paragraphs } = source;
		let p = 0;
		let current: Mention | undefined;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const start = match.index;
			if (wordBefore(text, start)) {
				// The same place cannot start a whole-word alias; one further on still can.
				pattern.lastIndex = start + 1;
				continue;
			}
			const end = start + match[0].length;
			while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
			const paragraph = paragraphs[p];
			if (!paragraph || paragraph.start > start || paragraph.end < end) continue;
			if (current?.paragraph !== paragraph.number) {
				current = { sourceId: source.id, paragraph: paragraph.number, hits: [] };
				mentions.push(current);
			}
			current.hits.push({ start, end, alias: match[0] });
		}
	}
	return mentions;
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
