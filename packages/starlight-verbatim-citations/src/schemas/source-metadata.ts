import { z } from 'zod';

/** One quality observation about a report, with the report's own words as evidence. */
export const qualityNoteSchema = z.strictObject({
	/** What the editors observed, in neutral words. Editorial: shown as such on the site. */
	note: z.string().min(1),
	/** Words of the report that show it; verified verbatim at build time like any citation. */
	evidence: z.string().min(1).optional(),
});

// `npx verbatim-citations add-source` writes stubs starting with TODO; the build refuses them until filled in.
const filled = (text: string) => !text.startsWith('TODO');
const unfilled = { message: 'still the TODO stub written by npx verbatim-citations add-source; write it' };

/** Metadata of one report in `docs-data/sources.yaml`. */
export const sourceMetadataSchema = z.strictObject({
	/** Short id used in citations (`source="003"`) and URLs (`/sources/003/`). */
	id: z
		.string()
		.max(64, 'must be at most 64 characters: it names a folder and an address of the built site, e.g. "harbour-board-2024"')
		.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, e.g. "005"'),
	/** File name under `docs-data/sources/`, listed in `docs-data/sources/SHA256SUMS`. */
	file: z.string().max(128, 'must be at most 128 characters: a longer file name is refused by some file systems').regex(/^[A-Za-z0-9._-]+\.txt$/, 'a .txt file name inside docs-data/sources/ made of letters, digits, ".", "_" and "-" (npx verbatim-citations add-source names it <id>_<hash>.txt)'),
	/** Editorial title: the reports carry no reliable headline, so the site labels this as ours. */
	title: z.string().min(1).refine(filled, unfilled),
	/** The dateline (YYYY-MM-DD): the build finds it in the report's text, or `datelineSource` says where it comes from. */
	dateline: z.iso.date().optional(),
	/** Where a dateline the text does not state comes from; shown on the report page as supplied by the editors. */
	datelineSource: z.strictObject({ note: z.string().min(1), url: z.url().optional() }).optional(),
	/** One line on what the report covers. Editorial. */
	summary: z.string().min(1).refine(filled, unfilled),
	/** The publication the text was taken from, as received ("The Local, from AFP"). */
	outlet: z.string().min(1).optional(),
	/** The author, or the wire service, as the report gives it. */
	byline: z.string().min(1).optional(),
	/** Where the text was retrieved from. */
	url: z.url().optional(),
	/** When it was retrieved (YYYY-MM-DD). */
	retrieved: z.iso.date().optional(),
	/** True when the text is an excerpt of the report, not the whole of it. */
	excerpt: z.boolean().optional(),
	/** Observations about the text as received: typos, garbling, off-topic passages. */
	qualityNotes: z.array(qualityNoteSchema).default([]),
	/**
	 * Paragraphs the explainer deliberately leaves uncited (off-topic, garbled, navigation), each
	 * with the reason. Every other paragraph must be cited somewhere on the site (npm test checks).
	 */
	uncitedParagraphs: z
		.array(z.strictObject({ paragraph: z.number().int().positive(), reason: z.string().min(1) }))
		.default([]),
});

export const sourcesFileSchema = z.array(sourceMetadataSchema);

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;
export type QualityNote = z.infer<typeof qualityNoteSchema>;
