import { framesCovering, unnamedFrames, type AttributionFrame } from '../../reading/attribution.ts';
import { describeUnnamedAttribution, show } from '../../pages/citation-messages.ts';
import { referenceIndex, type CitationLedger } from '../../pages/page-citations.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';

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
