import { z } from 'zod';

/** Why a report sentence is left uncited: a fixed list, so the site can say it in plain words. */
export const EXCUSE_REASONS = {
	'off-topic': 'off-topic',
	boilerplate: 'boilerplate (headline, label or navigation)',
	garbled: 'garbled',
	background: 'background the explainer does not need',
	other: 'other',
} as const;

export type ExcuseReason = keyof typeof EXCUSE_REASONS;

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
				reason: z.enum(Object.keys(EXCUSE_REASONS) as [ExcuseReason, ...ExcuseReason[]]),
				note: z.string().min(1).optional(),
			}),
		)
		.default([]),
});

export const sentencesFileSchema = z.record(z.string(), reportSentencesSchema);

export type ReportSentences = z.infer<typeof reportSentencesSchema>;
