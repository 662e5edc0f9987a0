import { clipped } from '../engine/site-problem.ts';
import { describeCharacter } from '../engine/closest.ts';
import { jsxString } from '../engine/jsx-string.ts';
import type { CitationProblem, Passage } from '../engine/resolve.ts';
import type { AttributionFrame } from '../reading/attribution.ts';
import { ATTRIBUTION_KINDS } from '../schemas/attributions.ts';

/**
 * The error catalogue: one message and one hint per problem code. Tests import these functions
 * rather than retyping the wording.
 */
export interface ProblemText {
	message: string;
	hint: string;
}

const MAX_SHOWN = 160;

/** Shows report text in an error: in guillemets so straight and curly quotes stay visible. */
export function show(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return `«${clipped(flat, MAX_SHOWN)}»`;
}

function where(passage: Passage): string {
	return passage.paragraph === undefined ? `at offset ${passage.start}` : `paragraph ${passage.paragraph}`;
}

export function describeCitationProblem(problem: CitationProblem): ProblemText {
	switch (problem.code) {
		case 'unknown-source':
			return {
				message: `Unknown source id "${problem.sourceId}".`,
				hint: `Known ids: ${problem.knownIds.map((id) => `"${id}"`).join(', ')}. Ids are listed in docs-data/sources.yaml.`,
			};
		case 'quote-empty':
			return {
				message: `The quote for source "${problem.sourceId}" is empty.`,
				hint: 'Copy the words that support the claim from the report into quote="…". Find them with: npx verbatim-citations quote "some words".',
			};
		case 'quote-too-short':
			return {
				message: `The quote ${show(problem.quote)} is too short to check (under ${problem.minimum} characters).`,
				hint: 'Quote enough of the report to pin down the passage: a phrase, not a word.',
			};
		case 'quote-not-found': {
			const { closest, difference } = problem;
			const lines = [`The quote ${show(problem.quote)} is not in report ${problem.sourceId}.`];
			if (closest) {
				lines.push(`Closest passage (${where(closest)}): ${show(closest.text)}`);
				if (difference) {
					lines.push(
						`They first differ at character ${difference.index + 1} of the quote: the report has ${describeCharacter(difference.expected)}, the quote has ${describeCharacter(difference.received)}.`,
					);
				}
			}
			return {
				message: lines.join('\n'),
				hint: closest
					? `Quote the report exactly (only whitespace may differ), e.g. quote=${jsxString(closest.text.replace(/\s+/g, ' ').trim())}.`
					: 'Quote the report exactly (only whitespace may differ).',
			};
		}
		case 'quote-in-other-source':
			return {
				message: `The quote ${show(problem.quote)} is not in report ${problem.sourceId}, but it is in report ${problem.foundIn.join(' and ')}.`,
				hint: `If that report is the one you meant, write source="${problem.foundIn[0]}".`,
			};
		case 'quote-ambiguous':
			return {
				message: `The quote ${show(problem.quote)} occurs ${problem.occurrences.length} times in report ${problem.sourceId} (${problem.occurrences.map(where).join(', ')}), so the link could land on the wrong one.`,
				hint: ambiguousHint(problem.occurrences),
			};
		case 'quote-cuts-word': {
			const at = problem.cut === 'both' ? 'starts and ends' : problem.cut === 'start' ? 'starts' : 'ends';
			const words = problem.words.map((word) => `«${word}»`).join(' and ');
			return {
				message: `The quote ${show(problem.quote)} ${at} inside a word of report ${problem.sourceId} (${where(problem.passage)}): the report has ${words}. Cut out of its word, a quote can say the opposite of the report ("likely" is not "unlikely").`,
				hint: `Quote whole words, e.g. quote=${jsxString(problem.suggestion.replace(/\s+/g, ' ').trim())}.`,
			};
		}
		case 'quote-spans-paragraphs':
			return {
				message: `The quote ${show(problem.quote)} runs across paragraphs ${problem.paragraphs.join(' and ')} of report ${problem.sourceId}.`,
				hint: 'Split it into one citation per paragraph.',
			};
	}
}

/** `attribution-unnamed`: cited words the report gives to someone, in a sentence that does not say so. */
export function describeUnnamedAttribution(tag: string, sentence: string, paragraph: number, frames: readonly AttributionFrame[]): ProblemText {
	const given = frames.map((f) => `${f.who} (${ATTRIBUTION_KINDS[f.kind]}), by ${show(f.frame)}`).join('; and to ');
	const names = frames.map((f) => f.names.map((n) => `«${n}»`).join(' or ')).join(', and ');
	return {
		message: `${tag}\nReport ${frames[0]!.sourceId}, paragraph ${paragraph}, gives these words to ${given}, but the sentence citing them does not name ${frames.length > 1 ? 'each attribution' : 'it'}: ${show(sentence)}`,
		hint: `Say who the report gives the words to in the same sentence, using ${names} (e.g. "${frames[0]!.frame} …"). If the frame's names are too narrow, add one in ${'docs-data/attributions.yaml'}.`,
	};
}

/** One quote per occurrence that lands there alone, so the editor picks the passage they mean. */
function ambiguousHint(occurrences: readonly (Passage & { suggestion: string | undefined })[]): string {
	const listed = occurrences.filter((o, i) => i < 12 || o.suggestion !== undefined);
	const quotes = listed.map((o) => `${where(o)}: ${o.suggestion ? `quote=${jsxString(o.suggestion.replace(/\s+/g, ' ').trim())}` : 'no longer quote within its paragraph is unique; quote another passage'}`);
	const more = occurrences.length - listed.length;
	return `Quote more of the passage you mean, so that it occurs once; for the one in\n${quotes.map((q) => `  ${q}`).join('\n')}${more > 0 ? `\n  and ${more} more places: words this common say too little to cite; quote a longer passage` : ''}`;
}
