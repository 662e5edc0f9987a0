import type { Corpus } from '../../engine/corpus.ts';
import { resolveCitation } from '../../engine/resolve.ts';
import type { Player } from '../../schemas/players.ts';
import { describeCitationProblem } from '../../pages/citation-messages.ts';
import { closestPath } from '../../pages/page-links.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';

/**
 * Checks what players.yaml says beyond names: each role is verbatim in the report it names (like a
 * citation), and each page path is a page or section the site has.
 */
export function playerProblems(
	players: readonly Player[],
	corpus: Corpus,
	file: string,
	lines: ReadonlyMap<string, number>,
	knownPaths: ReadonlySet<string>,
	minQuoteLength?: number,
	/** Ids whose report failed to load and has its own problem: a role citing one is not also "unknown". */
	unavailable: { all: boolean; ids: ReadonlySet<string> } = { all: false, ids: new Set() },
): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const player of players) {
		const line = lines.get(player.id) ?? 1;
		if (player.role) {
			const resolution = resolveCitation(corpus, player.role.source, player.role.quote, minQuoteLength);
			const withheld = resolution.ok === false && resolution.problem.code === 'unknown-source' && (unavailable.all || unavailable.ids.has(player.role.source));
			if (!resolution.ok && !withheld) {
				const { message, hint } = describeCitationProblem(resolution.problem);
				problems.push({ file, line, column: 1, code: resolution.problem.code, message: `The role of player "${player.id}": ${message}`, hint, sourceId: player.role.source });
			}
		}
		if (player.page) {
			const path = player.page.split('#')[0]!;
			if (!knownPaths.has(path)) {
				const near = closestPath(path, knownPaths);
				problems.push({
					file,
					line,
					column: 1,
					code: 'player-page-unknown',
					message: `Player "${player.id}" points at the page ${player.page}, but the site has no page /${path}.`,
					hint: `${near ? `Did you mean page: ${near}? ` : ''}Give the path of an existing page under src/content/docs, e.g. "players/trump/" (and a heading id after # for a section).`,
				});
			}
		}
	}
	return problems;
}
