import { checkSite, type SiteCheck } from '../checks/site-check.ts';
import type { CitationOptions } from '../schemas/options.ts';
import type { SiteData } from '../components/parts/site-data.ts';

/** What pages import from the virtual module: the checked corpus and ledger, without the check's parse trees. */
export function siteData(check: SiteCheck, options: CitationOptions): SiteData {
	const { sourcesRoute, sourceNoun, jsonLd, referenceList, lineage, ledger } = options;
	return {
		settings: { sourcesRoute, sourceNoun, jsonLd, referenceList, lineage, ledger },
		sources: check.corpus.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength })),
		ledger: check.ledger,
		players: check.players,
		frames: check.frames,
		sentenceSettings: check.sentenceSettings,
		dates: check.dates,
		disagreements: check.disagreements,
		sharedPassages: check.sharedPassages,
		problems: check.problems,
	};
}

/** What a build needs of the check: the data for pages, and the warnings to print (its problems are in the data). */
export interface PublishedCheck {
	data: SiteData;
	warnings: SiteCheck['warnings'];
}

/**
 * The check of a build, reduced to what the build keeps: plain data only (no parse trees, no
 * functions), so that it can also come back from a worker thread by structured clone.
 */
export function publishedCheck(root: string, options: CitationOptions): PublishedCheck {
	const check = checkSite(root, options);
	return { data: siteData(check, options), warnings: check.warnings };
}
