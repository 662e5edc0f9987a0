import { z } from 'zod';

/** Why a report sentence is left uncited: a fixed list, so the site can say it in plain words. */
export const EXCUSE_REASONS = {
	'off-topic': 'off-topic',
	boilerplate: 'boilerplate (headline, label or navigation)',
	garbled: 'garbled',
	background: 'background the explainer does not need',
	other: 'other',
	'not-used-yet': 'not used yet',
} as const;

export type ExcuseReason = keyof typeof EXCUSE_REASONS;

/** The reasons an editor gives one sentence; "not used yet" comes only from a report's `notUsedYet`. */
export const SENTENCE_REASONS = (Object.keys(EXCUSE_REASONS) as ExcuseReason[]).filter((r) => r !== 'not-used-yet') as [ExcuseReason, ...ExcuseReason[]];

/** One report's entry in `docs-data/sentences.yaml`. */
export const reportSentencesSchema = z.strictObject({
	/** Words ending a segment that must not end a sentence ("U.S." before "Attorney"); matched verbatim. */
	join: z.array(z.string().min(1)).default([]),
	/** Words after which a sentence ends although no punctuation says so; matched verbatim. */
	split: z.array(z.string().min(1)).default([]),
	/** Sentences deliberately left uncited: words of the sentence (verbatim), the reason, and a note. */
	excused: z
		.array(
			z.strictObject({
				sentence: z.string().min(1),
				reason: z.enum(SENTENCE_REASONS),
				note: z.string().min(1).optional(),
			}),
		)
		.default([]),
	/**
	 * A report not worked through yet: every sentence neither cited nor excused above is excused as
	 * "not used yet", with this note (shown once on the report page). Remove it once the report is used.
	 */
	notUsedYet: z.string().min(1).optional(),
});

export const sentencesFileSchema = z.record(z.string(), reportSentencesSchema);

export type ReportSentences = z.infer<typeof reportSentencesSchema>;
