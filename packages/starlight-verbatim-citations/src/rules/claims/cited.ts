import type { Corpus } from '../../engine/corpus.ts';
import { NO_OVERRIDES, splitSentences, type Sentence } from '../../engine/sentences.ts';
import { show } from '../../pages/citation-messages.ts';
import { referenceIndex, type CitationLedger } from '../../pages/page-citations.ts';
import { framesCovering, type AttributionFrame } from '../../reading/attribution.ts';
import { citationContext } from '../../reading/context.ts';
import type { ReportSentences } from '../../schemas/sentences.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';

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
	/**
	 * The report sentence before a cited one that opens with a pronoun ("He tweeted that …"): whom
	 * the pronoun stands for, which a claim may name.
	 */
	antecedents: string[];
}

/**
 * A claim rule's problem: what is wrong, then the sentence and the report sentences it cites, so
 * the editor sees the words at fault beside the words that should support them.
 */
export function claimProblem(claim: Pick<CitedClaim, 'file' | 'line' | 'column' | 'sentence' | 'shown'>, code: string, what: string, hint: string): SiteProblem {
	return { file: claim.file, line: claim.line, column: claim.column, code, message: `${what}: ${show(claim.sentence)}\n${claim.shown.join('\n')}`, hint };
}

/** "«a», «b» are not in the report sentences this sentence cites" (or "«a» is …"). */
export function notCited(words: readonly string[]): string {
	return `${words.map((word) => `«${word}»`).join(', ')} ${words.length > 1 ? 'are' : 'is'} not in the report sentences this sentence cites`;
}

const PRONOUN = /^["“‘]?(?:He|She|They|His|Her|Their|It|Its)\b/u;

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
	// Six claim rules ask for the same claims of one check: made once per ledger (and the same
	// corpus, frames and sentence settings), not once per rule. The claims are read, never changed.
	const known = claimsOf.get(ledger);
	if (known && known.corpus === corpus && known.frames === frames && known.sentenceSettings === sentenceSettings) return known.claims;
	const claims = claimsOfLedger(corpus, ledger, frames, sentenceSettings);
	claimsOf.set(ledger, { corpus, frames, sentenceSettings, claims });
	return claims;
}
/**
 * Lets go of the claims made for `ledger`: the check calls it once its rules have run, since the
 * ledger itself lives on (the pages read it) and would keep every claim alive through the build.
 */
export function forgetClaims(ledger: CitationLedger): void {
	claimsOf.delete(ledger);
}
const claimsOf = new WeakMap<
	CitationLedger,
	{ corpus: Corpus; frames: readonly AttributionFrame[]; sentenceSettings: Readonly<Record<string, ReportSentences>>; claims: CitedClaim[] }
>();

function claimsOfLedger(corpus: Corpus, ledger: CitationLedger, frames: readonly AttributionFrame[], sentenceSettings: Readonly<Record<string, ReportSentences>>): CitedClaim[] {
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
				entry = { claim: { file: page.file, line: use.line, column: use.column, sentence: use.sentence, said: [], shown: [], sources: [], antecedents: [] }, seen: new Set() };
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
			const sentences = reportSentences(citation.sourceId);
			const at = sentences.findIndex((sentence) => sentence.end > citation.start);
			if (at > 0 && PRONOUN.test(`${context.before}${context.quote}`)) entry.claim.antecedents.push(source.text.slice(sentences[at - 1]!.start, sentences[at - 1]!.end).replace(/\s+/gu, ' ').trim());
		}
	}
	return mergeSentences(claims);
}

/**
 * A sentence whose quotation holds a full stop is read once per citation, each time from the
 * citation's own segment on ("… the report quotes Heye: “… before,”" and "This has risen …"):
 * the readings of one sentence (one opening) share what each cites.
 */
function mergeSentences(claims: CitedClaim[]): CitedClaim[] {
	const groups = new Map<string, CitedClaim[]>();
	for (const claim of claims) {
		const key = `${claim.file}\n${claim.line}\n${claim.sentence.slice(0, 40)}`;
		const group = groups.get(key);
		if (group) group.push(claim);
		else groups.set(key, [claim]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const union = <T>(pick: (c: CitedClaim) => T[]) => [...new Set(group.flatMap(pick))];
		const merged = { said: union((c) => c.said), shown: union((c) => c.shown), sources: union((c) => c.sources), antecedents: union((c) => c.antecedents) };
		for (const claim of group) Object.assign(claim, merged);
	}
	return claims;
}
