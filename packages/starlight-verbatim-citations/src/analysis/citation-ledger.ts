import { z } from 'zod';
import { citationsFileSchema, type CitationRecord, type ReportRecord } from '../schemas/citation-record.ts';
import { datelineBasis } from '../corpus/dateline-evidence.ts';
import type { Corpus } from '../engine/corpus.ts';
import { passagesIn, type SharedPassage } from '../lineage/shared-passages.ts';
import { corroboration, groupRanges } from './corroboration.ts';
import { referenceIndex, type CitationLedger } from '../pages/page-citations.ts';
import { DEFAULT_SOURCE_ROUTES, type SourceRoutes } from '../engine/anchors.ts';
import { attributionLabel, framesCovering, type AttributionFrame } from '../reading/attribution.ts';

/** The JSON Schema of citations.json, derived from the zod schema (the single source of truth). */
export function citationsJsonSchema(): object {
	return z.toJSONSchema(citationsFileSchema, { target: 'draft-2020-12' });
}

/** Reports a quote cannot count as independent of: its own, and any sharing an overlapping passage. */
export function independenceGroup(sourceId: string, start: number, end: number, passages: readonly SharedPassage[]): string {
	const group = new Set([sourceId]);
	for (const p of passagesIn(sourceId, passages)) {
		for (const [here, twin] of [[p.a, p.b], [p.b, p.a]] as const) {
			if (here.sourceId === sourceId && here.start < end && start < here.end) group.add(twin.sourceId);
		}
	}
	return [...group].sort().join('+');
}

/** One record per citation marker, in page order then document order. */
export function citationRecords(
	ledger: CitationLedger,
	corpus: Corpus,
	passages: readonly SharedPassage[],
	pageUrl: (file: string) => string,
	frames: readonly AttributionFrame[] = [],
	routes: SourceRoutes = DEFAULT_SOURCE_ROUTES,
): CitationRecord[] {
	return ledger.pages.flatMap((page) => {
		const references = referenceIndex(page);
		// One count per group of adjacent citations, shared by each of its markers' records.
		const groups = new Map<number, ReturnType<typeof corroboration>>();
		const groupCount = (group: number) => groups.get(group) ?? groups.set(group, corroboration(groupRanges(page, group), passages)).get(group)!;
		return page.uses.map((use) => {
			const { citation } = references.get(use.reference)!;
			const covering = framesCovering(frames, citation.sourceId, citation.start, citation.end);
			return {
				page: pageUrl(page.file),
				marker: use.marker,
				reference: use.reference,
				claim: use.claim,
				source: citation.sourceId,
				quote: corpus.byId.get(citation.sourceId)!.text.slice(citation.start, citation.end),
				start: citation.start,
				end: citation.end,
				paragraph: citation.paragraph,
				sourceUrl: `/${routes.page(citation.sourceId)}#${citation.fragment}`,
				independenceGroup: independenceGroup(citation.sourceId, citation.start, citation.end, passages),
				corroboration: { group: use.group, ...groupCount(use.group) },
				sentence: use.sentence,
				attribution: {
					label: attributionLabel(covering),
					frames: covering.map(({ kind, who, frame }) => ({ kind, who, frame })),
				},
			};
		});
	});
}

/** Every report of the corpus as the ledger records it: what a citation's `source` names. */
export function reportRecords(corpus: Corpus, routes: SourceRoutes = DEFAULT_SOURCE_ROUTES): ReportRecord[] {
	return corpus.sources.map(({ id, meta, text, sha256 }) => {
		const basis = datelineBasis(text, meta);
		return {
			id,
			title: meta.title,
			file: meta.file,
			sha256,
			page: `/${routes.page(id)}`,
			original: `/${routes.raw(meta.file)}`,
			...(meta.outlet && { outlet: meta.outlet }),
			...(meta.byline && { byline: meta.byline }),
			...(meta.url && { url: meta.url }),
			...(meta.retrieved && { retrieved: meta.retrieved }),
			excerpt: meta.excerpt === true,
			// Only a proved dateline is recorded; the check refuses any other before a ledger is written.
			dateline: !meta.dateline || !basis ? null : basis.kind === 'text' ? { date: meta.dateline, basis: 'text', words: basis.words } : { date: meta.dateline, basis: 'editors', note: basis.note, ...(basis.url && { url: basis.url }) },
		};
	});
}
