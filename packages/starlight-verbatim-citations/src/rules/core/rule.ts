import type { Disagreement } from '../../pages/disagreements.ts';
import type { Corpus } from '../../engine/corpus.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import type { MdxPage } from '../../pages/mdx-page.ts';
import type { CitationLedger } from '../../pages/page-citations.ts';
import type { DateUse } from '../../pages/date-tags.ts';
import type { SharedPassage } from '../../lineage/shared-passages.ts';
import type { AttributionFrame } from '../../reading/attribution.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';
import type { MetadataLines } from '../../corpus/corpus-files.ts';
import type { Player } from '../../schemas/players.ts';

/** What a site does with a rule's problems: refuse the build, print them, or not look at all. */
export type Severity = 'error' | 'warn' | 'off';
export const SEVERITIES = ['error', 'warn', 'off'] as const satisfies readonly Severity[];

/** The named sets of severities a site starts from; `rules` then changes single rules. */
export type Preset = 'core' | 'explainer';
export const PRESETS = ['core', 'explainer'] as const satisfies readonly Preset[];

/** Everything the site's check has read once, handed to every rule that is on. */
export interface RuleContext {
	corpus: Corpus;
	pages: readonly MdxPage[];
	pagesDir: string;
	editorialFolders: readonly string[];
	ledger: CitationLedger;
	frames: readonly AttributionFrame[];
	dates: readonly DateUse[];
	/** Every <Disagreement> of every page that reads as one (pages/disagreements.ts). */
	disagreements: readonly Disagreement[];
	sharedPassages: readonly SharedPassage[];
	sentenceSettings: Readonly<Record<string, ReportSentences>>;
	sentenceLines: { file: string; lineAt: (path: (string | number)[]) => number };
	metadataLines: MetadataLines;
	/** The people of docs-data/players.yaml with every form of name the reports use for them. */
	players: readonly Player[];
}

/**
 * One rule: the problem codes it owns and how it is documented. `check` is the rule's own pass
 * over what the site check read; a rule without one has its problems found while the corpus or a
 * page is read (they cannot be separated from reading it), and its severity only sorts them.
 */
export interface Rule {
	id: string;
	codes: readonly string[];
	/** What it checks, in one line. */
	description: string;
	/** A message it prints and the fix it gives, for the README table. */
	example: { message: string; fix: string };
	/** Severity in a site that sets no preset (`core`). */
	severity: Severity;
	/** Severity in the `explainer` preset. */
	explainer: Severity;
	check?: (context: RuleContext) => SiteProblem[];
	/**
	 * `coverage`: the rule measures how far the writing has got (every report sentence cited), so
	 * it runs when coverage is asked for (`npm run coverage`, the tests), never in the build: a
	 * site is written report by report, and its build must not wait for the last sentence.
	 */
	phase?: 'coverage';
	/**
	 * Why the rule can only be `error`, when its problems leave a page nothing to render (a quote
	 * not found has no words to show or link to): `warn` or `off` would only move the failure from
	 * a clear message here to a crash while the page renders.
	 */
	locked?: string;
}

/** An editorial rule: off in a site that sets no preset, an error in the `explainer` preset. */
export function editorialRule(
	id: string,
	codes: readonly string[],
	description: string,
	example: Rule['example'],
	check?: Rule['check'],
	phase?: Rule['phase'],
): Rule {
	return { id, codes, description, example, severity: 'off', explainer: 'error', ...(check ? { check } : {}), ...(phase ? { phase } : {}) };
}
