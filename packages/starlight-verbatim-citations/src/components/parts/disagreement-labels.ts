import type { DisagreementDiffers } from '../../pages/disagreements.ts';

/** How each kind of disagreement is named to the reader. */
export const DIFFERS_LABEL: Record<DisagreementDiffers, string> = {
	facts: 'the facts differ',
	wording: 'only the wording differs',
};
