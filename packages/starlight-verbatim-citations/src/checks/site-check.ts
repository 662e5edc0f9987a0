import { existsSync, readFileSync } from 'node:fs';
import { pageFiles } from './page-files.ts';
import { componentProblems } from '../pages/page-components.ts';
import { join, relative, sep } from 'node:path';
import type { Corpus } from '../engine/corpus.ts';
import { sourceRoutes, type SourceRoutes } from '../engine/anchors.ts';
import { DEFAULT_OPTIONS, type CitationOptions } from '../schemas/options.ts';
import type { Player } from '../schemas/players.ts';
import { corpusLayout, loadCorpus, type MetadataLines, type UnavailableSources } from '../corpus/corpus-files.ts';
import { parseMdxPage, type MdxPage } from '../pages/mdx-page.ts';
import { checkPages, type CitationLedger } from '../pages/page-citations.ts';
import { pageLinkProblems, pageRoute } from '../pages/page-links.ts';
import { playerProblems } from '../rules/core/player-roles.ts';
import { loadPlayers } from '../corpus/players-file.ts';
import type { SiteProblem } from './problems.ts';
import type { AttributionFrame } from '../reading/attribution.ts';
import { loadAttributions } from '../corpus/attributions-file.ts';
import { loadSentenceSettings } from '../corpus/sentences-file.ts';
import { checkDateTags, type DateUse } from '../pages/date-tags.ts';
import type { ReportSentences } from '../schemas/sentences.ts';
import { collectDisagreements, type Disagreement } from '../pages/disagreements.ts';
import { RULES, resolveSeverities } from '../rules/registry.ts';
import { attributionUnnamedRule } from '../rules/editorial/attribution-unnamed.ts';
import { forgetClaims } from '../rules/claims/cited.ts';
import type { RuleContext } from '../rules/core/rule.ts';
import type { SharedPassage } from '../lineage/shared-passages.ts';
import { findLineagePassages } from '../lineage/reworded/both-tiers.ts';

/**
 * Whether a link target is the page or raw copy of a report that failed to load: such a report has
 * its own problem, so links to it are not also reported broken (one cause, one message).
 */
function unverifiableSourcePath(path: string, unavailable: UnavailableSources, routes: SourceRoutes): boolean {
	if (!path.startsWith(routes.index) || path === routes.index) return false;
	if (unavailable.all) return true;
	if (unavailable.ids.size === 0) return false;
	return path.startsWith(routes.raw('')) || [...unavailable.ids].some((id) => path === routes.page(id) || path === routes.page(id).slice(0, -1));
}

/**
 * A page of the site's own where the plugin serves its sources: Astro would silently give the route
 * to one of the two, so the check refuses it and says how to move either.
 */
function takenSourceRoutes(root: string, pages: readonly MdxPage[], routes: SourceRoutes, option: string): SiteProblem[] {
	const clash = (route: string) => route === routes.index || route.startsWith(routes.index);
	const docs = pages.filter((page) => clash(pageRoute(page.file, PAGES_DIR))).map((page) => page.file);
	const own = join(root, 'src/pages', routes.index.slice(0, -1));
	const astroPages = [own, `${own}.astro`, `${own}.md`, `${own}.mdx`, `${own}.ts`, `${own}.js`, join(own, 'index.astro')].filter((path) => existsSync(path)).map((path) => relative(root, path).split(sep).join('/'));
	return [...docs, ...astroPages].map((file) => ({
		file,
		line: 1,
		column: 1,
		code: 'route-taken',
		message: `This page would be served under /${routes.index}, where verbatim-citations serves the index and pages of the sources (sourcesRoute: "${option}"). One of the two would silently replace the other.`,
		hint: `Move or rename this page, or give the sources another route with the plugin option sourcesRoute (e.g. sourcesRoute: "${option === 'documents' ? 'library' : 'documents'}").`,
	}));
}

/** Where Starlight's docs collection lives, relative to the project root. */
export const PAGES_DIR = 'src/content/docs';

export interface SiteCheck {
	corpus: Corpus;
	ledger: CitationLedger;
	players: Player[];
	/** Every report's attribution frames, located in its text. */
	frames: AttributionFrame[];
	/** Per report, the editors' sentence corrections and excused sentences (docs-data/sentences.yaml). */
	sentenceSettings: Record<string, ReportSentences>;
	/** Where sentences.yaml lives and the line of a key in it, for sentence-coverage problems. */
	sentenceLines: { file: string; lineAt: (path: (string | number)[]) => number };
	/** Every <ReportDate> of every page, worked out by the engine. */
	dates: DateUse[];
	/** Passages two reports share, by both tiers (word for word, or sentences reworded): found once per check, used by pages too. */
	sharedPassages: SharedPassage[];
	/** Every <Disagreement> of every page, with its sides and their citations. */
	disagreements: Disagreement[];
	/** The pages as parsed for this check, for tools that look further (coverage). */
	pages: MdxPage[];
	metadataLines: MetadataLines;
	/** Problems of rules set to `error`: any refuses the build. */
	problems: SiteProblem[];
	/** Problems of rules set to `warn`: printed, the build goes on. */
	warnings: SiteProblem[];
}

/** The explainer's MDX pages, relative to the project root with forward slashes, sorted (see page-files.ts). */
export function listPages(root: string): string[] {
	return pageFiles(root, PAGES_DIR).pages;
}

/**
 * Everything the build proves about citations, from the files on disk: the corpus is read and
 * verified once, every page is parsed once and that one tree feeds every rule (citation tags, the
 * prose rule, links), and all problems are returned together, sorted by the severity the site's
 * `preset` and `rules` give them. A rule that is off does not run; the rules whose problems are
 * found while reading (the core rules, see rules/core/core-rules.ts) have them dropped instead.
 */
export function checkSite(
	root: string,
	options: CitationOptions = DEFAULT_OPTIONS,
	/** Also run the rules that measure coverage (rule.phase 'coverage'), as `npm run coverage` does; the build does not. */
	{ coverage = false }: { coverage?: boolean } = {},
): SiteCheck {
	const severities = resolveSeverities(options.preset, options.rules);
	const layout = corpusLayout(options.corpus);
	const { corpus, problems, lines, unavailable } = loadCorpus(root, layout, options.minQuoteLength, options.maxReportBytes);
	const files = pageFiles(root, PAGES_DIR);
	const pages = files.pages.map((file) => parseMdxPage(file, readFileSync(join(root, file), 'utf8')));
	const checked = checkPages(corpus, pages, options.minQuoteLength, unavailable);
	const players = loadPlayers(root, layout.playersFile);
	// The frames also label previews, so they are read whenever the file exists; it is required
	// (an entry per report) only while the rule that reads them is on.
	const attributions = loadAttributions(root, layout.dir, corpus, options.minQuoteLength, severities.runs(attributionUnnamedRule));
	const sentences = loadSentenceSettings(root, layout.dir, corpus);
	const dates = checkDateTags(corpus, pages, options.minQuoteLength);
	const disagreements = collectDisagreements(pages, checked.ledger);
	// Without the lineage feature no passage is shared: every source counts as independent.
	const sharedPassages = options.lineage ? findLineagePassages(corpus) : [];
	// A report that failed to load has its own problem; what names it is not reported again.
	const aboutLoadedReport = (problem: SiteProblem) =>
		problem.sourceId === undefined || (!unavailable.all && !unavailable.ids.has(problem.sourceId));
	const routes = sourceRoutes(options.sourcesRoute);
	const takenRoutes = takenSourceRoutes(root, pages, routes, options.sourcesRoute);
	const knownPaths = new Set([
		...pages.map((page) => pageRoute(page.file, PAGES_DIR)),
		routes.index,
		...corpus.sources.flatMap((source) => [routes.page(source.id), routes.raw(source.meta.file)]),
		...(options.ledger ? ['citations.json'] : []),
	]);
	const context: RuleContext = {
		corpus,
		pages,
		pagesDir: PAGES_DIR,
		editorialFolders: options.editorialFolders,
		ledger: checked.ledger,
		frames: attributions.frames,
		dates: dates.dates,
		disagreements: disagreements.disagreements,
		sharedPassages,
		sentenceSettings: sentences.settings,
		sentenceLines: { file: sentences.file, lineAt: sentences.lineAt },
		metadataLines: lines,
		players: players.players,
	};
	const found = [
		...problems,
		...files.problems,
		...pages.flatMap((page) => (page.tree ? componentProblems(page.tree).map((problem) => ({ file: page.file, ...problem })) : [])),
		...takenRoutes,
		...players.problems,
		...checked.problems,
		...attributions.problems.filter(aboutLoadedReport),
		...sentences.problems.filter(aboutLoadedReport),
		...dates.problems.filter(aboutLoadedReport),
		...disagreements.problems,
		...RULES.filter((rule) => rule.check && severities.runs(rule) && (coverage || rule.phase !== 'coverage')).flatMap((rule) => rule.check!(context)).filter(aboutLoadedReport),
		...pageLinkProblems(pages, PAGES_DIR, knownPaths, (path) => unverifiableSourcePath(path, unavailable, routes)),
		...playerProblems(players.players, corpus, layout.playersFile, players.lines, knownPaths, options.minQuoteLength, unavailable),
	];
	forgetClaims(checked.ledger);
	return {
		corpus,
		ledger: checked.ledger,
		players: players.players,
		frames: attributions.frames,
		sentenceSettings: sentences.settings,
		sentenceLines: context.sentenceLines,
		dates: dates.dates,
		disagreements: disagreements.disagreements,
		sharedPassages,
		pages,
		metadataLines: lines,
		problems: found.filter((problem) => severities.of(problem.code) === 'error'),
		warnings: found.filter((problem) => severities.of(problem.code) === 'warn'),
	};
}
