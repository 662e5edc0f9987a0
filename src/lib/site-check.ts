import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Corpus } from './corpus.ts';
import { loadCorpus } from './corpus-files.ts';
import type { SiteProblem } from './problems.ts';
import { checkPages, type CitationLedger } from './site-citations.ts';
import { loadPlayers } from './players-file.ts';
import type { Player } from '../schemas/players.ts';

/** Where the explainer pages live, relative to the project root. */
export const PAGES_DIR = 'src/content/docs';

export interface SiteCheck {
	corpus: Corpus;
	ledger: CitationLedger;
	players: Player[];
	problems: SiteProblem[];
}

/** The explainer's MDX pages, relative to the project root with forward slashes, sorted. */
export function listPages(root: string): string[] {
	return readdirSync(join(root, PAGES_DIR), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Everything the build proves about citations, from the files on disk: the corpus is read and
 * verified once, every page is scanned once, and all problems are returned together.
 */
export function checkSite(root: string): SiteCheck {
	const { corpus, problems } = loadCorpus(root);
	const pages = listPages(root).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
	const checked = checkPages(corpus, pages);
	const players = loadPlayers(root);
	return {
		corpus,
		ledger: checked.ledger,
		players: players.players,
		problems: [...problems, ...players.problems, ...checked.problems],
	};
}
