import type { Rule } from '../core/rule.ts';
import { reportNamedRule } from './report-named.ts';

/**
 * The claim rules of an explainer: what a cited sentence says must be what its citations support
 * (the reports it names, ...). Editorial rules: off by default, errors in the `explainer` preset.
 */
export const CLAIM_RULES: readonly Rule[] = [reportNamedRule];
