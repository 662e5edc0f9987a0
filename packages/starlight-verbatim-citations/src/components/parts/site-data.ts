/**
 * The checked corpus and citation ledger, as the pages of the site see them. The data comes from
 * the plugin's check integration, which read and verified everything once for this build.
 */
import { AstroError } from 'astro/errors';
import raw from 'virtual:verbatim-citations/data';
import { sourceRoutes } from '../../engine/anchors.ts';
import type { CitationOptions } from '../../schemas/options.ts';
import type { Strings } from './strings.ts';
import { createCorpus, type CorpusEntry, type Source } from '../../engine/corpus.ts';
import { corroboration, groupRanges, type Corroboration } from '../../analysis/corroboration.ts';
import { sourceCoverage } from '../../rules/editorial/paragraph-coverage.ts';
import { corpusSentenceCoverage } from '../../rules/editorial/sentence-coverage.ts';
import { formatProblems, type SiteProblem } from '../../checks/problems.ts';
import type { SharedPassage } from '../../lineage/shared-passages.ts';
import { reportLineage } from '../../lineage/lineage.ts';
import { findMentions, type Mention } from '../../analysis/mentions.ts';
import type { Player } from '../../schemas/players.ts';
import type { DateUse } from '../../pages/date-tags.ts';
import type { Disagreement } from '../../pages/disagreements.ts';
import { attributionLabel, framesCovering, type AttributionFrame } from '../../reading/attribution.ts';
import { citationContext, type CitationContext } from '../../reading/context.ts';
import { NO_OVERRIDES, splitSentences, type Sentence } from '../../engine/sentences.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';
import { citedSpansBySource, referenceIndex, useOf, type CitationLedger, type CitationUse, type PageCitations, type PageReference } from '../../pages/page-citations.ts';

/** What the integration publishes for pages (see siteData() in integration/check-integration.ts). */
/** The plugin options that shape what pages show. */
export type PageSettings = Pick<CitationOptions, 'sourcesRoute' | 'sourceNoun' | 'jsonLd' | 'referenceList' | 'lineage' | 'ledger'>;

export interface SiteData {
	settings: PageSettings;
	sources: CorpusEntry[];
	ledger: CitationLedger;
	players: Player[];
	frames: AttributionFrame[];
	sentenceSettings: Record<string, ReportSentences>;
	/** Every <ReportDate> of every page, worked out by the check. */
	dates: DateUse[];
	/** Every <Disagreement> of every page, read by the check. */
	disagreements: Disagreement[];
	/** Passages two reports share, as the check found them. */
	sharedPassages: SharedPassage[];
	problems: SiteProblem[];
}


const data = raw as SiteData;

export const settings = data.settings;
export const routes = sourceRoutes(settings.sourcesRoute);

export const corpus = createCorpus(data.sources);
export const ledger = data.ledger;
export const dates = data.dates;
export const disagreements = data.disagreements;
export const citedSpans = citedSpansBySource(ledger);
export const sharedPassages = data.sharedPassages;
export const players = new Map(data.players.map((player) => [player.id, player]));
export const frames = data.frames;
export const lineage = reportLineage(corpus, sharedPassages, frames);
export const sentences = new Map<string, Sentence[]>(
	corpus.sources.map((s) => [s.id, splitSentences(s.text, s.paragraphs, data.sentenceSettings[s.id] ?? NO_OVERRIDES)]),
);

/** Who the report gives a cited span to, and the span in its sentence: what previews and references show. */
export function citedInContext(sourceId: string, start: number, end: number): { attribution: string; context: CitationContext } {
	const covering = framesCovering(frames, sourceId, start, end);
	const text = corpus.byId.get(sourceId)!.text;
	return { attribution: attributionLabel(covering), context: citationContext(text, sentences.get(sourceId) ?? [], start, end, covering) };
}
export const coverage = new Map(sourceCoverage(corpus, citedSpans, data.sentenceSettings).map((c) => [c.sourceId, c]));
/** The reports the editors have not worked through yet, with their note (sentences.yaml `notUsedYet`). */
export const notUsedYet = new Map(Object.entries(data.sentenceSettings).flatMap(([id, entry]) => (entry.notUsedYet === undefined ? [] : [[id, entry.notUsedYet] as const])));
/** Per report, each sentence as cited or excused (with the editors' reason). */
// The sentences split above, with the same overrides: splitting every report twice cost a second at 2,000 reports.
export const sentenceCoverage = corpusSentenceCoverage(corpus, data.sentenceSettings, citedSpans, (source) => sentences.get(source.id)!);

const mentionsByPlayer = new Map<string, Mention[]>();
/**
 * Every paragraph of every report that mentions a player, found once per build: the cast and the
 * player's own page both list them, and each search reads the whole corpus.
 */
export function mentionsOf(player: Player): Mention[] {
	let found = mentionsByPlayer.get(player.id);
	if (!found) {
		found = findMentions(corpus, player);
		mentionsByPlayer.set(player.id, found);
	}
	return found;
}

/** Reports and independent reports behind one group of adjacent citations on a page. */
export function groupCorroboration(page: PageCitations, group: number): Corroboration {
	return corroboration(groupRanges(page, group), sharedPassages);
}

/** A site path with the configured base, e.g. `sources/003/` → `/explainer/sources/003/`. */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	return `${base}${path.replace(/^\//, '')}`;
}

export const sourceHref = (sourceId: string, fragment?: string) =>
	withBase(routes.page(sourceId)) + (fragment ? `#${fragment}` : '');
export const rawHref = (source: Source) => withBase(routes.raw(source.meta.file));

/** The accessible name of a marker and of its preview: "Citation 2: report 003, paragraph 5". */
export function markerLabel(t: Strings, reference: PageReference, report: Source): string {
	return t('marker.label', { number: reference.number, id: report.id, paragraph: reference.citation.paragraph });
}

export function source(id: string): Source {
	const found = corpus.byId.get(id);
	if (!found) throw new AstroError(`No report with id "${id}".`);
	return found;
}

const pagesByFile = new Map(ledger.pages.map((page) => [page.file, page]));

export function pageCitations(file: string | undefined): PageCitations | undefined {
	return file === undefined ? undefined : pagesByFile.get(file);
}

/** Per-request count of the uses each (page, source, quote) has rendered so far. */
const rendered = new WeakMap<object, Map<string, number>>();

/**
 * Finds the ledger entry for a citation component as it renders. Components with the same source
 * and quote on one page take the ledger's uses in turn, so each marker gets its own id.
 */
export function takeUse(
	locals: object,
	file: string | undefined,
	sourceId: string,
	quote: string,
): { use: CitationUse; reference: PageReference; source: Source; group: Corroboration | undefined } {
	const page = pageCitations(file);
	const counts = rendered.get(locals) ?? new Map<string, number>();
	rendered.set(locals, counts);
	const key = `${file}\0${sourceId}\0${quote}`;
	const index = counts.get(key) ?? 0;
	counts.set(key, index + 1);
	const use = page && useOf(page, sourceId, quote, index);
	if (!page || !use) {
		const problems = data.problems.filter((p) => p.file === file);
		throw new AstroError(
			problems.length > 0
				? `Citation problems in ${file}:\n\n${formatProblems(problems)}`
				: `A citation of report "${sourceId}" in ${file ?? 'a page outside src/content/docs'} was not seen by the citation check.`,
			'Citation tags must be written literally in an .mdx page under src/content/docs: <Cite source="003" quote="…" />.',
		);
	}
	const reference = referenceIndex(page).get(use.reference)!;
	const group = use.endsGroup ? groupCorroboration(page, use.group) : undefined;
	return { use, reference, source: source(sourceId), group };
}
