import type { Rule } from '../core/rule.ts';
import { claimNumbersRule } from './claim-numbers.ts';
import { reportNamedRule } from './report-named.ts';

/**
 * The claim rules of an explainer: what a cited sentence says must be what its citations support
 * (the reports it names, the numbers it gives). Editorial rules: off by default, errors in the `explainer` preset.
 */
export const CLAIM_RULES: readonly Rule[] = [reportNamedRule, claimNumbersRule];
