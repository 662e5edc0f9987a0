import { z } from 'zod';
import { ATTRIBUTION_KINDS, type AttributionKind } from './attributions.ts';

/**
 * One record of `citations.json`, the site's audit ledger: one per citation marker. The JSON
 * Schema committed beside this file (`citations.schema.json`) is generated from it by
 * `npm run schema`, descriptions included; a test keeps the two identical.
 */
export const citationRecordSchema = z
	.strictObject({
		page: z.string().startsWith('/').describe('URL path of the explainer page, without the site base path, e.g. /players/trump/.'),
		marker: z.string().regex(/^cite-\d+-\d+$/).describe('Fragment id of the citation marker on that page.'),
		reference: z.number().int().positive().describe("Number of the entry in the page's reference list."),
		claim: z.string().describe('The prose the citation supports (its paragraph, list item or heading), quotations included.'),
		source: z.string().describe('Report id, as in docs-data/sources.yaml.'),
		quote: z.string().min(1).describe("The report's exact characters at [start, end)."),
		start: z.number().int().nonnegative().describe("UTF-16 offset of the quote's first character in the report text (the raw file decoded as UTF-8)."),
		end: z.number().int().positive().describe('UTF-16 offset just past the quote.'),
		paragraph: z.number().int().positive().describe('1-based paragraph number of the quote in the report.'),
		sourceUrl: z.string().describe("URL path of the highlighted words on the report's page, without the site base path."),
		independenceGroup: z
			.string()
			.describe('Reports this quote cannot count as independent of: its own report plus any report sharing a passage (copied word for word or reworded) that overlaps the quote, joined by "+" (e.g. "003+004").'),
		corroboration: z
			.strictObject({
				group: z.number().int().positive().describe('Number (1-based, in page order) of the group of adjacent citations this marker belongs to.'),
				reports: z.number().int().positive().describe('Distinct reports the group cites: the N of "(N reports, M independent)".'),
				independent: z.number().int().positive().describe('Independent reports among them: the M of "(N reports, M independent)".'),
				witnesses: z
					.array(z.string())
					.describe('Each independent witness: the report ids counted as one, joined by "+" (e.g. ["000", "002+004"]), because the words cited from them fall in a passage they share.'),
			})
			.describe('The corroboration of the group of adjacent citations the marker belongs to, counted along the lineage of the reports.'),
		sentence: z.string().describe('The sentence of the claim that carries the marker: the one that must name any attribution.'),
		attribution: z
			.strictObject({
				label: z.string().describe('Who the report gives the quoted words to, as previews show it, e.g. "said by two board members (unnamed)"; "not attributed by the report" when no frame governs them.'),
				frames: z
					.array(
						z.strictObject({
							kind: z.enum(Object.keys(ATTRIBUTION_KINDS) as [AttributionKind, ...AttributionKind[]]).describe('own-voice, named-person, unnamed-source, other-outlet or unspecified-reports.'),
							who: z.string().describe('Who, in the editors\' words.'),
							frame: z.string().describe("The report's attributing words, verbatim."),
						}),
					)
					.describe('Every attribution frame of the report whose span the quote overlaps, outermost first (docs-data/attributions.yaml).'),
			})
			.describe('Who says it: the report\'s attribution of the quoted words.'),
	})
	.describe('One citation marker on the site.');

export const reportRecordSchema = z
	.strictObject({
		id: z.string().describe('The report id citations name in `source`.'),
		title: z.string().describe("The editors' title (the reports carry no reliable headline)."),
		file: z.string().describe('The file name of the report as received.'),
		sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the report as received, byte for byte.'),
		page: z.string().describe('Path (without base) of the report page, where the cited words are highlighted.'),
		original: z.string().describe('Path (without base) of the original file, served byte-identical.'),
		outlet: z.string().optional().describe('Who published it.'),
		byline: z.string().optional().describe('Who wrote it, or the wire service it came from.'),
		url: z.url().optional().describe('Where the editors found it.'),
		retrieved: z.iso.date().optional().describe('When the editors retrieved it.'),
		excerpt: z.boolean().describe('Whether the text is an excerpt rather than the full report.'),
		dateline: z
			.union([
				z.strictObject({ date: z.iso.date(), basis: z.literal('text'), words: z.string().describe('The words of the report that state it.') }),
				z.strictObject({ date: z.iso.date(), basis: z.literal('editors'), note: z.string(), url: z.url().optional() }),
			])
			.nullable()
			.describe('The dateline and what it rests on: words of the report, or the editors\' note; null when undated.'),
	})
	.describe('One report of the corpus.');

export const citationsFileSchema = z
	.strictObject({
		site: z.string().nullable().describe("The site's public origin and base path, for turning paths into URLs; null when the site was built without Astro's `site` option."),
		reports: z.array(reportRecordSchema).describe('Every report of the corpus, cited or not.'),
		records: z.array(citationRecordSchema),
	})
	.describe('citations.json: every citation on the site, as data.');

export type CitationRecord = z.infer<typeof citationRecordSchema>;
export type ReportRecord = z.infer<typeof reportRecordSchema>;
