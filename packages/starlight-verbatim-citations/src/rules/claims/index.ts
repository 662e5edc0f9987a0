import type { Rule } from '../core/rule.ts';
import { claimNumbersRule } from './claim-numbers.ts';
import { reportNamedRule } from './report-named.ts';
import { claimNamesRule } from './claim-names.ts';
import { claimDatesRule } from './claim-dates.ts';
import { claimStrongerRule } from './claim-stronger.ts';
import { claimPolarityRule } from './claim-polarity.ts';
import { claimActorsRule } from './claim-actors.ts';

/**
 * The claim rules of an explainer: what a cited sentence says must be what its citations support
 * (the reports it names; the numbers, names, titles and dates it gives; its hedges and strength;
 * its polarity; who does what to whom). Editorial rules: off by default, errors in the `explainer` preset.
 */
export const CLAIM_RULES: readonly Rule[] = [reportNamedRule, claimNumbersRule, claimNamesRule, claimDatesRule, claimStrongerRule, claimPolarityRule, claimActorsRule];
