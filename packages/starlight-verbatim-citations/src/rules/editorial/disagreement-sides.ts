import { editorialRule } from '../core/rule.ts';

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
