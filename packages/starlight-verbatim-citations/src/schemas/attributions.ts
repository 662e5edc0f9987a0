import { z } from 'zod';

/**
 * Who a report gives words to. `own-voice` marks a span the editors read as the report's own
 * words although a frame is near (no name is then required); the others require the citing
 * sentence to name the attribution.
 */
export const ATTRIBUTION_KINDS = {
	'own-voice': 'the report’s own voice',
	'named-person': 'named',
	'unnamed-source': 'unnamed',
	'other-outlet': 'another outlet',
	'unspecified-reports': 'unspecified reports',
} as const;

export type AttributionKind = keyof typeof ATTRIBUTION_KINDS;

/** One attribution frame of a report, in `docs-data/attributions.yaml`. */
export const attributionFrameSchema = z.strictObject({
	/** The words that attribute, copied from the report ("Two board members said"); verified verbatim. */
	frame: z.string().min(1),
	/** The words the frame gives to its speaker, copied from the report; verified verbatim, one paragraph. */
	governs: z.string().min(1),
	kind: z.enum(Object.keys(ATTRIBUTION_KINDS) as [AttributionKind, ...AttributionKind[]]),
	/** Who, in the site's words, as previews show it: "said by {who} ({kind})". */
	who: z.string().min(1),
	/**
	 * Words any one of which a citing sentence must contain (case and apostrophe style aside) to
	 * name this attribution: "board members", "the Gazette". Required unless the kind is own-voice.
	 */
	names: z.array(z.string().min(2)).default([]),
});

/** Per report id, its frames. Every report of the corpus has an entry (an empty list says "none"). */
export const attributionsFileSchema = z.record(z.string(), z.array(attributionFrameSchema));

export type AttributionFrameInput = z.infer<typeof attributionFrameSchema>;
