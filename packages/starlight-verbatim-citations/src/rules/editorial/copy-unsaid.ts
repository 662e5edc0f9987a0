import { corroboration, groupRanges } from '../../analysis/corroboration.ts';
import type { SharedPassage } from '../../lineage/shared-passages.ts';
import type { CitationLedger } from '../../pages/page-citations.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';

/** Words that tell the reader one cited report repeats another. */
export const COPY_WORDS = /\b(repeats?|repeated|repeating|copies|copied|copy|word for word|same sentence|same words|same wording|same passage|shares?|shared|sharing|near-identical|nearly identical|nearly the same|reworded|rewords|rewording|carry the same|carries the same)\b/i;

const list = (ids: readonly string[]) => (ids.length === 2 ? `${ids[0]} and ${ids[1]}` : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`);

/**
 * A group of adjacent citations whose reports share the cited passage (one copies the other, word
 * for word or reworded) must say so in its sentence: the marker's note counts them once, and the
 * prose must not read as two confirmations either.
 */
export function unsaidCopyProblems(ledger: CitationLedger, passages: readonly SharedPassage[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const page of ledger.pages) {
		for (const last of page.uses.filter((use) => use.endsGroup)) {
			const { reports, independent, witnesses } = corroboration(groupRanges(page, last.group), passages);
			if (independent === reports || COPY_WORDS.test(last.sentence)) continue;
			const first = page.uses.find((use) => use.group === last.group)!;
			const joined = witnesses.filter((w) => w.includes('+')).map((w) => w.split('+'));
			const ranges = groupRanges(page, last.group);
			// Only reworded copies join them (tier two): the suggested sentence must not say "word for word".
			const joining = passages.filter((p) => [p.a, p.b].every((side) => ranges.some((r) => r.sourceId === side.sourceId && r.start < side.end && side.start < r.end)));
			const how = joining.length > 0 && joining.every((p) => p.tier === 'reworded') ? 'reworded' : 'word for word';
			problems.push({
				file: page.file,
				line: first.line,
				column: first.column,
				code: 'copy-unsaid',
				message: `This sentence cites reports ${joined.map(list).join('; ')} for one claim, but the words cited from them are a passage they share (one copies the other, or both copy a common source), so they are one witness, not ${joined[0]!.length}. The sentence does not say so: «${last.sentence}»`,
				// Neutral on direction: which report copied which is known only from datelines, and a shared source is as likely.
				hint: `Say it in the sentence, e.g. "…; reports ${joined[0]!.slice(0, -1).join(', ')} and ${joined[0]!.at(-1)} carry the same sentence${how === 'reworded' ? ', reworded' : ' word for word'}", or cite only one of them.`,
			});
		}
	}
	return problems;
}

/** Editorial: how many independent witnesses a claim has is the explainer's concern. */
export const copyUnsaidRule = editorialRule(
	'copy-unsaid', ['copy-unsaid'],
	'A sentence that cites two reports for one claim from a passage they share says that they share it.',
	{ message: 'This sentence cites reports 003 and 004 for one claim, but the words cited from them are a passage they share.', fix: 'Say it in the sentence ("reports 003 and 004 carry the same sentence word for word"), or cite only one.' },
	({ ledger, sharedPassages }) => unsaidCopyProblems(ledger, sharedPassages),
);
