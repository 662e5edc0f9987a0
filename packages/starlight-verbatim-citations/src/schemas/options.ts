import { z } from 'zod';

/**
 * Where verbatimCitations() records the options of its last call, for the command-line tool that
 * imports the site's astro.config to learn them. A global: the CLI and the config may load
 * separate copies of the plugin. Here rather than in index.ts, so the CLI reads it without
 * loading the whole plugin.
 */
export const OPTIONS_KEY = Symbol.for('starlight-verbatim-citations:options');

/**
 * The options of the verbatim-citations Starlight plugin. Every default is set here, once; the rest
 * of the plugin receives the parsed options and never falls back on a value of its own.
 */
export const citationOptionsSchema = z
	.object({
		/**
		 * Folder of the corpus, relative to the project root: `sources.yaml` (one entry per report),
		 * `sources/` (the report files and their `SHA256SUMS`) and, optionally, `players.yaml`.
		 */
		corpus: z.string().min(1).default('docs-data'),
		/** Shortest quote the check accepts, in characters after folding whitespace. */
		minQuoteLength: z.number().int().min(1).default(4),
		/**
		 * Folders of the docs collection (`src/content/docs/`) whose pages are editorial throughout,
		 * so their paragraphs need no citation. Written with a trailing slash: `about/`.
		 */
		editorialFolders: z.array(z.string().regex(/^[^/].*\/$/, 'a folder is written like "about/"')).default([]),
		/** Writes `citations.json`, the machine-readable ledger of every citation, at the site root. */
		ledger: z.boolean().default(true),
		/**
		 * Hashes Starlight's inline scripts into the Content-Security-Policy (so it never needs
		 * 'unsafe-inline') and writes `_headers` with the policy and the other security headers.
		 * Needs `security.csp` in the Astro config.
		 */
		securityHeaders: z.boolean().default(true),
		/**
		 * Largest report file the build accepts, in bytes (default 1,000,000: 1 MB). A news report
		 * is a few kilobytes; a file far larger is almost surely not one, and its page (every
		 * paragraph numbered, every span highlighted) would weigh many megabytes.
		 */
		maxReportBytes: z.number().int().positive().default(1_000_000),
		/**
		 * Where the sources are served: `/<sourcesRoute>/` (the index), `/<sourcesRoute>/<id>/` (a
		 * page per source) and `/<sourcesRoute>/raw/<file>` (the originals). A page of the site's
		 * own at one of these paths is refused, not silently replaced.
		 */
		sourcesRoute: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, 'a route is written like "sources" or "library/documents": lower-case letters, digits and hyphens, no slash at either end')
			.default('sources'),
		/**
		 * What the site calls one of its sources, in reader-facing text ("Report 003, paragraph 5",
		 * "The reports"). Starlight's translations (`verbatimCitations.*` keys) can override any
		 * whole string; this sets the noun they use by default.
		 */
		sourceNoun: z
			.object({ singular: z.string().min(1), plural: z.string().min(1) })
			.strict()
			.default({ singular: 'report', plural: 'reports' }),
		/** schema.org `Article` JSON-LD on every page that cites a source. Absolute URLs need Astro's `site`. */
		jsonLd: z.boolean().default(true),
		/**
		 * The numbered reference list at the foot of every page that cites, with back-links to each
		 * marker. Off, a marker's preview is the only place its source is named (no link points at a
		 * reference list that is not there).
		 */
		referenceList: z.boolean().default(true),
		/**
		 * Passages two sources share (found by the lineage detector), shown on the source pages and
		 * the index, and used to count independent sources after a group of citations.
		 */
		lineage: z.boolean().default(true),
		/**
		 * Which rules are on before `rules` changes any: `core` (the verbatim, corpus and link rules)
		 * or `explainer` (those and the editorial rules: uncited prose, attribution, typed dates,
		 * sentence coverage, copies, disagreements). The README's "Rules" table lists both.
		 */
		preset: z.enum(['core', 'explainer']).default('core'),
		/** Per rule id or problem code: `error` refuses the build, `warn` prints, `off` does not check. */
		rules: z.record(z.string(), z.enum(['error', 'warn', 'off'])).default({}),
	})
	.strict();

/** Options as written in `astro.config.mjs`: every field optional. */
export type CitationOptionsInput = z.input<typeof citationOptionsSchema>;
/** Options after validation, with every default filled in. */
export type CitationOptions = z.output<typeof citationOptionsSchema>;

/** The options a site gets when it passes none; scripts and tests that run without Astro use these. */
export const DEFAULT_OPTIONS: CitationOptions = citationOptionsSchema.parse({});
