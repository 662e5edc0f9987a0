import { describe, expect, it } from 'vitest';
import { describeCitationProblem } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

/**
 * Issue 22, item 1: word boundaries are decided on the text as a reader sees it. A default-ignorable
 * character (soft hyphen, zero-width joiner, word joiner) does not split a word, and an apostrophe or
 * a hyphen between letters does not end it, so a quote may not start or end there.
 */
const corpusOf = (text: string) =>
	createCorpus([{ meta: sourceMetadataSchema.parse({ id: '000', file: '000.txt', title: 'T', summary: 'S' }), text, sha256: '', byteLength: 0 }]);

const SHY = '\u00ad';
const ZWJ = '\u200d';
const WJ = '\u2060';

describe('hostile word bounds: a quote is whole words as a reader sees them', () => {
	it.each([
		['soft hyphen', `Sessions is un${SHY}likely to leave his post soon.`, 'likely to leave his post soon', `un${SHY}likely`, `un${SHY}likely to leave his post soon`],
		['zero-width joiner', `Sessions is un${ZWJ}likely to leave his post soon.`, 'likely to leave his post soon', `un${ZWJ}likely`, `un${ZWJ}likely to leave his post soon`],
		['word joiner', `Sessions is un${WJ}likely to leave his post soon.`, 'likely to leave his post soon', `un${WJ}likely`, `un${WJ}likely to leave his post soon`],
		['soft hyphen in the quote', `Sessions is un${SHY}likely to leave his post soon.`, `${SHY}likely to leave his post soon`, `un${SHY}likely`, `un${SHY}likely to leave his post soon`],
		['curly apostrophe', 'Sessions can’t stay, aides said.', 'Sessions can', 'can’t', 'Sessions can’t'],
		['straight apostrophe', "Sessions can't stay, aides said.", 'Sessions can', "can't", "Sessions can't"],
		['apostrophe kept in the quote', 'Sessions can’t stay, aides said.', 'Sessions can’', 'can’t', 'Sessions can’t'],
		['quote after the apostrophe', 'Sessions can’t stay, aides said.', '’t stay, aides said', 'can’t', 'can’t stay, aides said'],
		['hyphen', 'The anti-Trump motion failed on Tuesday.', 'Trump motion failed', 'anti-Trump', 'anti-Trump motion failed'],
		['hyphen kept in the quote', 'The anti-Trump motion failed on Tuesday.', '-Trump motion failed', 'anti-Trump', 'anti-Trump motion failed'],
		['hyphen at the end', 'The motion was pro-Trump and failed.', 'The motion was pro', 'pro-Trump', 'The motion was pro-Trump'],
		['non-breaking hyphen (U+2011)', 'The anti\u2011Trump motion failed on Tuesday.', 'Trump motion failed', 'anti\u2011Trump', 'anti\u2011Trump motion failed'],
		['soft hyphen at the end', `The board was in${SHY}decisive about it.`, 'The board was in', `in${SHY}decisive`, `The board was in${SHY}decisive`],
	])('%s: refuses the cut and offers the whole-word quote', (_, text, quote, word, whole) => {
		const resolution = resolveCitation(corpusOf(text), '000', quote);
		expect(resolution.ok).toBe(false);
		if (resolution.ok) return;
		expect(resolution.problem).toMatchObject({ code: 'quote-cuts-word', words: [word], suggestion: whole });
		const { message, hint } = describeCitationProblem(resolution.problem);
		expect(message).toContain('inside a word of report 000');
		expect(hint).toContain(`quote="${whole}"`);
	});

	it('still accepts whole words next to apostrophes, hyphens and dashes that are not inside a word', () => {
		const corpus = corpusOf("Sessions’ decision stands - for now. 'No,' he said. The pro- and anti-Trump camps—both—met.");
		for (const quote of ['Sessions’ decision', 'Sessions', 'decision stands', 'for now', "'No,' he said", 'he said', 'anti-Trump camps', 'both', 'met.', 'The pro-']) {
			expect(resolveCitation(corpus, '000', quote), quote).toMatchObject({ ok: true });
		}
	});

	it('still accepts a whole word that holds an invisible character', () => {
		const corpus = corpusOf(`Sessions is un${SHY}likely to leave.`);
		expect(resolveCitation(corpus, '000', `un${SHY}likely to leave`)).toMatchObject({ ok: true });
	});
});
