import { markerId } from '../engine/anchors.ts';
import { groupOf } from '../engine/group-once.ts';
import { describeCitationProblem, show } from './citation-messages.ts';
import type { Corpus } from '../engine/corpus.ts';
import { scanCitationTags, type CitationComponent } from './mdx-citation-tags.ts';
import type { MdxPage } from './mdx-page.ts';
import type { SiteProblem } from '../engine/site-problem.ts';
import { resolveCitation, type ResolvedCitation } from '../engine/resolve.ts';

/** One place in an MDX page where a citation tag is used. */
export interface CitationUse {
	component: CitationComponent;
	/** The quote attribute exactly as written (the component looks itself up by it). */
	quote: string;
	/** The prose the citation supports: its paragraph, list item or heading. */
	claim: string;
	/** The sentence of the claim the tag sits in: what must name an attribution (attribution-rule.ts). */
	sentence: string;
	sourceId: string;
	line: number;
	column: number;
	/** Number of the reference (1-based, in order of first use on the page). */
	reference: number;
	/** Which use of that reference this is (1-based). */
	occurrence: number;
	/** Fragment id of the marker on the page. */
	marker: string;
	/** True when the tag directly follows another citation tag, so their markers read as one group. */
	joinsPrevious: boolean;
	/** Number (1-based) of the group of adjacent citation tags this use belongs to. */
	group: number;
	/** True on the last use of its group, where the group's corroboration is shown. */
	endsGroup: boolean;
}

/** A distinct cited span on a page: what the reference list at its foot shows. */
export interface PageReference {
	number: number;
	citation: ResolvedCitation;
	uses: CitationUse[];
}

export interface PageCitations {
	/** MDX file, relative to the project root. */
	file: string;
	references: PageReference[];
	/** Every use in document order. */
	uses: CitationUse[];
}

export interface CitationLedger {
	pages: PageCitations[];
}

/**
 * Checks every citation tag of every page against the corpus and numbers the good ones. Bad tags
 * become problems (all of them, not just the first); good ones form the ledger the site renders.
 */
export function checkPages(
	corpus: Corpus,
	pages: readonly MdxPage[],
	minQuoteLength?: number,
	/** Ids whose report could not be loaded and already has its own problem (see `UnavailableSources`). */
	unavailable: { all: boolean; ids: ReadonlySet<string> } = { all: false, ids: new Set() },
): { ledger: CitationLedger; problems: SiteProblem[] } {
	const problems: SiteProblem[] = [];
	const ledgerPages = pages.map(({ file, tree, problems: parseProblems }): PageCitations => {
		problems.push(...parseProblems.map((p) => ({ file, ...p })));
		const scan = tree ? scanCitationTags(tree) : { tags: [], problems: [] };
		problems.push(...scan.problems.map((p) => ({ file, ...p })));
		const references: PageReference[] = [];
		const bySpan = new Map<string, PageReference>();
		const uses: CitationUse[] = [];
		let previousEnd = -1;
		let group = 0;
		for (const tag of scan.tags) {
			const joinsPrevious = tag.start === previousEnd && uses.length > 0;
			previousEnd = tag.end;
			if (!joinsPrevious) group++;
			const resolution = resolveCitation(corpus, tag.sourceId, tag.quote, minQuoteLength);
			if (!resolution.ok) {
				// The report's own problem says why it is missing; "unknown source" here would be false.
				if (resolution.problem.code === 'unknown-source' && (unavailable.all || unavailable.ids.has(tag.sourceId))) continue;
				const { message, hint } = describeCitationProblem(resolution.problem);
				problems.push({
					file,
					line: tag.line,
					column: tag.column,
					code: resolution.problem.code,
					message: `<${tag.component} source="${tag.sourceId}" quote=${show(tag.quote)}>\n${message}`,
					hint,
				});
				continue;
			}
			const { citation } = resolution;
			const key = `${citation.sourceId}:${citation.start}:${citation.end}`;
			let reference = bySpan.get(key);
			if (!reference) {
				reference = { number: references.length + 1, citation, uses: [] };
				references.push(reference);
				bySpan.set(key, reference);
			}
			const occurrence = reference.uses.length + 1;
			const use: CitationUse = {
				component: tag.component,
				quote: tag.quote,
				claim: tag.claim,
				sentence: tag.sentence,
				sourceId: tag.sourceId,
				line: tag.line,
				column: tag.column,
				reference: reference.number,
				occurrence,
				marker: markerId(reference.number, occurrence),
				joinsPrevious,
				group,
				endsGroup: true,
			};
			const previous = uses.at(-1);
			if (previous && previous.group === group) previous.endsGroup = false;
			reference.uses.push(use);
			uses.push(use);
		}
		return { file, references, uses };
	});
	return { ledger: { pages: ledgerPages }, problems };
}

const quoteKey = (use: CitationUse): readonly string[] => [`${use.sourceId}\u0000${use.quote}`];

/**
 * The `index`-th use (0-based, document order) on a page of a tag with this source and quote, as
 * written: how a citation component finds its own ledger entry while the page renders. The page's
 * uses are grouped by source and quote once, so a page of n citations costs n lookups, not n².
 */
export function useOf(page: PageCitations, sourceId: string, quote: string, index: number): CitationUse | undefined {
	return groupOf(page.uses, quoteKey, `${sourceId}\u0000${quote}`)[index];
}

const referenceIndexes = new WeakMap<PageCitations, ReadonlyMap<number, PageReference>>();

/** A page's references by number, built once per page: lookups by reference number are O(1). */
export function referenceIndex(page: PageCitations): ReadonlyMap<number, PageReference> {
	let index = referenceIndexes.get(page);
	if (!index) {
		index = new Map(page.references.map((reference) => [reference.number, reference]));
		referenceIndexes.set(page, index);
	}
	return index;
}

/** A span of a report with every place on the site that cites it. */
export interface CitedSpan {
	sourceId: string;
	start: number;
	end: number;
	paragraph: number;
	fragment: string;
	citedBy: { file: string; reference: number; marker: string }[];
}

/** Groups the ledger by report: for each report, its cited spans in text order. */
export function citedSpansBySource(ledger: CitationLedger): Map<string, CitedSpan[]> {
	const spans = new Map<string, CitedSpan>();
	for (const page of ledger.pages) {
		for (const { citation, uses, number } of page.references) {
			const key = `${citation.sourceId}:${citation.start}:${citation.end}`;
			let span = spans.get(key);
			if (!span) {
				span = {
					sourceId: citation.sourceId,
					start: citation.start,
					end: citation.end,
					paragraph: citation.paragraph,
					fragment: citation.fragment,
					citedBy: [],
				};
				spans.set(key, span);
			}
			for (const use of uses) span.citedBy.push({ file: page.file, reference: number, marker: use.marker });
		}
	}
	const bySource = new Map<string, CitedSpan[]>();
	for (const span of spans.values()) {
		// Appended in place: copying the list for each span would cost spans² per report.
		const list = bySource.get(span.sourceId);
		if (list) list.push(span);
		else bySource.set(span.sourceId, [span]);
	}
	for (const list of bySource.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
	return bySource;
}
