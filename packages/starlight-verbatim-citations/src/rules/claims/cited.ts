import type { Corpus } from '../../engine/corpus.ts';
import { NO_OVERRIDES, splitSentences, type Sentence } from '../../engine/sentences.ts';
import { show } from '../../pages/citation-messages.ts';
import { referenceIndex, type CitationLedger } from '../../pages/page-citations.ts';
import { framesCovering, type AttributionFrame } from '../../reading/attribution.ts';
import { citationContext } from '../../reading/context.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';

/** A claim sentence of a page with what it cites: each report sentence a quote lies in, with the frames that govern it. */
export interface CitedClaim {
	file: string;
	line: number;
	column: number;
	sentence: string;
	/** The cited report words, one entry per distinct cited context ("frame … sentence"). */
	said: string[];
	/** The same, each as the message shows it: `Report 000: «…»`. */
	shown: string[];
	/** The reports it cites. */
	sources: string[];
}

/**
 * Every claim sentence of every page with the report sentences it cites (the sentence each quote
 * lies in, and the attribution frames that govern the quote, wherever they stand): what every
 * claim rule compares the sentence with.
 */
export function citedClaims(
	corpus: Corpus,
	ledger: CitationLedger,
	frames: readonly AttributionFrame[],
	sentenceSettings: Readonly<Record<string, ReportSentences>> = {},
): CitedClaim[] {
	const sentencesOf = new Map<string, Sentence[]>();
	const reportSentences = (id: string) => {
		const source = corpus.byId.get(id)!;
		if (!sentencesOf.has(id)) sentencesOf.set(id, splitSentences(source.text, source.paragraphs, sentenceSettings[id] ?? NO_OVERRIDES));
		return sentencesOf.get(id)!;
	};
	const claims: CitedClaim[] = [];
	for (const page of ledger.pages) {
		const references = referenceIndex(page);
		const onPage = new Map<string, { claim: CitedClaim; seen: Set<string> }>();
		for (const use of page.uses) {
			const { citation } = references.get(use.reference)!;
			let entry = onPage.get(use.sentence);
			if (!entry) {
				entry = { claim: { file: page.file, line: use.line, column: use.column, sentence: use.sentence, said: [], shown: [], sources: [] }, seen: new Set() };
				onPage.set(use.sentence, entry);
				claims.push(entry.claim);
			}
			const source = corpus.byId.get(citation.sourceId)!;
			const context = citationContext(source.text, reportSentences(citation.sourceId), citation.start, citation.end, framesCovering(frames, citation.sourceId, citation.start, citation.end));
			const said = [...context.outsideFrames, `${context.before}${context.quote}${context.after}`].join(' … ');
			if (!entry.claim.sources.includes(citation.sourceId)) entry.claim.sources.push(citation.sourceId);
			if (entry.seen.has(`${citation.sourceId}:${said}`)) continue;
			entry.seen.add(`${citation.sourceId}:${said}`);
			entry.claim.said.push(said);
			entry.claim.shown.push(`Report ${citation.sourceId}: ${show(said)}`);
		}
	}
	return claims;
}
