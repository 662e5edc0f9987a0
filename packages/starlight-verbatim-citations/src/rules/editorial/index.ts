import type { Rule } from '../core/rule.ts';
import { attributionUnnamedRule } from './attribution-unnamed.ts';
import { copyUnsaidRule } from './copy-unsaid.ts';
import { dateTypedRule } from './date-typed.ts';
import { disagreementMattersRule, disagreementSidesRule } from './disagreement-sides.ts';
import { paragraphCoverageRule } from './paragraph-coverage.ts';
import { sentenceCoverageRule } from './sentence-coverage.ts';
import { timelineOrderRule } from './timeline-order.ts';
import { uncitedProseRule } from './uncited-prose.ts';

/**
 * The explainer's editorial rules: off in a site that sets no preset (documentation prose cites
 * nothing and writes years freely), on in the `explainer` preset.
 */
export const EDITORIAL_RULES: readonly Rule[] = [
	uncitedProseRule,
	attributionUnnamedRule,
	dateTypedRule,
	timelineOrderRule,
	copyUnsaidRule,
	disagreementSidesRule,
	disagreementMattersRule,
	sentenceCoverageRule,
	paragraphCoverageRule,
];
