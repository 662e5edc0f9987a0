import { framesCovering, unnamedFrames, type AttributionFrame } from '../../reading/attribution.ts';
import { describeUnnamedAttribution, show } from '../../pages/citation-messages.ts';
import { referenceIndex, type CitationLedger } from '../../pages/page-citations.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';

/**
 * Who says it travels with the words: a citation whose words lie in a span the report attributes
 * (to a person, an unnamed source, another outlet, unspecified reports) is refused unless the
 * sentence that cites it names that attribution, by one of the frame's declared names. Nested
 * frames ("the Trump advisor said, according to Politico") must all be named.
 */
export function unnamedAttributionProblems(ledger: CitationLedger, frames: readonly AttributionFrame[]): SiteProblem[] {
	return ledger.pages.flatMap((page) => {
		const references = referenceIndex(page);
		return page.uses.flatMap((use): SiteProblem[] => {
			const { citation } = references.get(use.reference)!;
			const missing = unnamedFrames(use.sentence, framesCovering(frames, citation.sourceId, citation.start, citation.end));
			if (missing.length === 0) return [];
			const tag = `<${use.component} source="${use.sourceId}" quote=${show(use.quote)}>`;
			const { message, hint } = describeUnnamedAttribution(tag, use.sentence, citation.paragraph, missing);
			return [{ file: page.file, line: use.line, column: use.column, code: 'attribution-unnamed', message, hint }];
		});
	});
}

/**
 * Editorial: needs the attribution frames of attributions.yaml, so it owns `attributions-missing`
 * too: the file (an entry per report) is required only while this rule is on.
 */
export const attributionUnnamedRule = editorialRule(
	'attribution-unnamed', ['attribution-unnamed', 'attributions-missing'],
	'A citation of words the report gives to someone (a person, an unnamed source, another outlet) is in a sentence that names them, in whole words, not negated ("not close to Sessions") and not in hidden text; every report has an entry in attributions.yaml.',
	{ message: 'Report 000, paragraph 8, gives these words to two board members (unnamed), but the sentence citing them does not name it.', fix: 'Say who the report gives the words to in the same sentence, using «board members».' },
	({ ledger, frames }) => unnamedAttributionProblems(ledger, frames),
);
