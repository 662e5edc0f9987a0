import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Corpus } from './corpus.ts';
import { loadCorpus } from './corpus-files.ts';
import type { SiteProblem } from './problems.ts';
import { checkPages, type CitationLedger } from './site-citations.ts';

/** Where the explainer pages live, relative to the project root. */
export const PAGES_DIR = 'src/content/docs';

export interface SiteCheck {
	corpus: Corpus;
	ledger: CitationLedger;
	problems: SiteProblem[];
}

function listMdx(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Everything the build proves about citations, from the files on disk: the corpus is read and
 * verified once, every page is scanned once, and all problems are returned together.
 */
export function checkSite(root: string): SiteCheck {
	const { corpus, problems } = loadCorpus(root);
	const pages = listMdx(join(root, PAGES_DIR)).map((path) => ({
		file: relative(root, path).split(sep).join('/'),
		text: readFileSync(path, 'utf8'),
	}));
	const checked = checkPages(corpus, pages);
	return { corpus, ledger: checked.ledger, problems: [...problems, ...checked.problems] };
}
