import { editorialRule } from '../core/rule.ts';
import type { Disagreement } from '../../pages/disagreements.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';

/**
 * Editorial: whether a <Disagreement> really sets two cited accounts against each other. Its
 * problems are found while pages/disagreements.ts reads the tags (the sides are known only then),
 * so the rule has no pass of its own: off, its problems are dropped. The tag's own validity
 * (disagreement-invalid, disagreement-duplicate) is the core rule `disagreement-tag`.
 */
export const disagreementSidesRule = editorialRule(
	'disagreement-sides', ['disagreement-sides', 'disagreement-side-uncited', 'disagreement-same-passage'],
	'A <Disagreement> has at least two sides, each with its own citation, and no side cites only words another side cites.',
	{ message: 'The disagreement «Why did the pier close?» has 1 cited side; a disagreement needs at least two.', fix: 'Add a second <Side label="…"> with the other account and its citation, or write the point as cited prose.' },
);

/** Facts disagreements without the line that tells a reader why the difference matters. */
export function disagreementMattersProblems(disagreements: readonly Disagreement[]): SiteProblem[] {
	return disagreements
		.filter((d) => d.differs === 'facts' && d.matters === undefined)
		.map((d) => ({
			file: d.file,
			line: d.line,
			column: 1,
			code: 'disagreement-matters',
			message: `The disagreement «${d.question}» says the facts differ, but not why that matters to a reader.`,
			hint: 'Add matters="…" to the <Disagreement>: one line, in the reports\' terms, on what turns on the difference (shown atop the page and on the differences page), e.g. matters="If the pier was unsafe, the closure was not a choice."',
		}));
}

/** Editorial: a reader sees the disagreements that matter first, each with what turns on it. */
export const disagreementMattersRule = editorialRule(
	'disagreement-matters', ['disagreement-matters'],
	'A <Disagreement differs="facts"> says in matters="…" why the difference matters to a reader.',
	{ message: 'The disagreement «Why did the pier close?» says the facts differ, but not why that matters to a reader.', fix: 'Add matters="…": one line on what turns on the difference.' },
	({ disagreements }) => disagreementMattersProblems(disagreements),
);
