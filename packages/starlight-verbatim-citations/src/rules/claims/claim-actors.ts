import type { SiteProblem } from '../../engine/site-problem.ts';
import { show } from '../../pages/citation-messages.ts';
import type { Player } from '../../schemas/players.ts';
import { editorialRule } from '../core/rule.ts';
import { citedClaims, type CitedClaim } from './cited.ts';
import { fold, WORD } from './words.ts';
import { matchesOf, namePatterns } from './patterns.ts';

/** Between two people, what makes them not subject and object of one verb: a clause break, a list, a passive's "by". */
const NOT_ONE_CLAUSE = /[,;:.!?“”"()]|\b(?:and|or|nor|with|by|than|as)\b/iu;

interface Mention {
	player: string;
	start: number;
	end: number;
}

/** Where a text names each person of players.yaml (any form of name, its article and case aside; the longest form wins). */
export function mentionsOf(text: string, players: readonly Player[]): Mention[] {
	const found: Mention[] = [];
	for (const { player, pattern } of namePatterns(players))
		for (const m of matchesOf(pattern, text)) found.push({ player, start: m.index, end: m.index + m[0].length });
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	return found.filter((m, i) => !found.slice(0, i).some((other) => other.start <= m.start && other.end >= m.end));
}

/** Each pair of people one clause names in turn, with the words between them (folded): «Trump» «called» «Sessions». */
function pairs(text: string, players: readonly Player[]): { first: string; second: string; between: Set<string> }[] {
	const mentions = mentionsOf(text, players);
	return mentions.slice(0, -1).flatMap((first, i) => {
		const second = mentions[i + 1]!;
		const between = text.slice(first.end, second.start);
		if (first.player === second.player || NOT_ONE_CLAUSE.test(between) || between.length > 60) return [];
		const words = new Set([...between.matchAll(WORD)].map((m) => fold(m[0])));
		return words.size > 0 ? [{ first: first.player, second: second.player, between: words }] : [];
	});
}

/**
 * A claim that swaps who does what to whom: its clause names two people around a verb in the
 * order opposite to the cited clause's ("Sessions called the president beleaguered" citing "Trump
 * had called his attorney general beleaguered"). A passive ("by") or a list ("and") is not read.
 */
export function actorProblems(claims: readonly CitedClaim[], players: readonly Player[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const name = (id: string) => players.find((p) => p.id === id)?.name ?? id;
	for (const { file, line, column, sentence, said, shown } of claims) {
		const cited = said.flatMap((text) => pairs(text, players));
		const swapped = pairs(sentence, players).find(
			(mine) =>
				cited.some((theirs) => theirs.first === mine.second && theirs.second === mine.first && [...mine.between].some((w) => theirs.between.has(w))) &&
				!cited.some((theirs) => theirs.first === mine.first && theirs.second === mine.second),
		);
		if (!swapped) continue;
		const [who, whom] = [name(swapped.first), name(swapped.second)];
		problems.push({
			file,
			line,
			column,
			code: 'claim-actors-swapped',
			message: `This sentence has ${who} do to ${whom} what the report sentences it cites have ${whom} do to ${who}: ${show(sentence)}\n${shown.join('\n')}`,
			hint: `Say who does what to whom the way the report does (${whom} first), or cite the report sentence that says it your way.`,
		});
	}
	return problems;
}

/** Editorial: who did what to whom is the report's to say. */
export const claimActorsRule = editorialRule(
	'claim-actors-swapped',
	['claim-actors-swapped'],
	'A claim sentence that names two people (players.yaml) around a verb names them in the order the cited report clause does: subject and object are not exchanged.',
	{
		message: 'This sentence has Jeff Sessions do to Donald Trump what the report sentences it cites have Donald Trump do to Jeff Sessions: «Sessions called the president beleaguered.» Report 000: «On Monday, Trump had called his attorney general "beleaguered".»',
		fix: 'Say who does what to whom the way the report does (Donald Trump first), or cite the report sentence that says it your way.',
	},
	({ corpus, ledger, frames, sentenceSettings, players }) => actorProblems(citedClaims(corpus, ledger, frames, sentenceSettings), players),
);
