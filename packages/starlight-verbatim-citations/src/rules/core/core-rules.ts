import type { Rule } from './rule.ts';

/**
 * The rules every site gets, on (`error`) by default and in every preset: without them a citation
 * could show words its report does not have, link to a place that does not exist, or rest on a
 * report that is not the original. Their problems are found while the corpus and the pages are
 * read (a quote is resolved to build the ledger whatever its severity), so none has a pass of its
 * own: `warn` reports them without refusing the build and `off` drops them.
 */
const core = (id: string, codes: readonly string[], description: string, message: string, fix: string, locked?: string): Rule => ({
	id,
	codes,
	description,
	example: { message, fix },
	severity: 'error',
	explainer: 'error',
	...(locked ? { locked } : {}),
});

export const CORE_RULES: readonly Rule[] = [
	core(
		'verbatim',
		['unknown-source', 'quote-empty', 'quote-too-short', 'quote-not-found', 'quote-in-other-source', 'quote-ambiguous', 'quote-spans-paragraphs', 'quote-cuts-word'],
		'Every quoted string (citations, <ReportDate> words, attribution frames, player roles, quality-note evidence) occurs once, verbatim, in whole words, within one paragraph of the report it names.',
		'The quote «likely to leave his post» starts inside a word of report 004 (paragraph 2): the report has «unlikely».',
		'Quote whole words, e.g. quote="unlikely to leave his post".',
		'a citation that is not found has no words to show or link to',
	),
	core('tag-invalid', ['tag-invalid'], 'A <Cite>, <Quote> or <ReportDate> has its attributes as plain strings, so the build can check them.', '<Cite> must be self-closing: the quoted words come from the quote attribute, not from children.', 'Write it as <Cite source="003" quote="words copied from the report" />.', 'a tag the check cannot read cannot be rendered either'),
	core('mdx-syntax', ['mdx-syntax'], 'Every page parses as MDX, so its citations can be read.', 'MDX syntax error: Unexpected closing tag `</Side>`.', 'Fix the MDX syntax; citations on this page cannot be checked until it parses.', 'a page that does not parse cannot be built'),
	core(
		'pages-checked',
		['page-unchecked', 'component-unimported'],
		'Every page Starlight publishes is an .mdx file the check reads in place (no Markdown page, no symbolic link), and every component a page uses is imported, the package\'s from the package.',
		'<Cite> is used, but this page does not import Cite: the page would crash while it renders.',
		"Add at the top of the page: import { Cite } from 'starlight-verbatim-citations/components';",
		'a page the check cannot read is published unchecked, and a component that is not imported crashes the render',
	),
	core('link-broken', ['link-broken'], 'Every relative link between pages lands on a page of the site, a report page or a raw report.', 'The link ../recusl/ leads to /disputes/recusl/, where there is no page.', 'Did you mean (../recusal/)? Links are relative to the page\'s own URL, which ends in a slash.'),
	core('link-root-relative', ['link-root-relative'], 'Links between pages are relative, so the site works under any sub-path.', 'The link /disputes/recusal/ starts at the site root, so it breaks when the site is served under a sub-path.', 'Write it relative to this page: (../recusal/).'),
	core(
		'metadata',
		['metadata-missing', 'metadata-syntax', 'metadata-not-a-list', 'metadata-invalid', 'metadata-unknown-key', 'metadata-duplicate-id', 'metadata-duplicate-file'],
		'sources.yaml exists, parses, and lists each report once with valid fields.',
		'Report 002: title is missing.',
		'Give the entry a title: every entry has id, file, title and summary.',
		'without a readable sources.yaml no citation can be resolved',
	),
	core(
		'source-files',
		['source-missing', 'source-not-a-file', 'source-unreadable', 'source-unlisted', 'source-not-utf8', 'source-changed', 'source-control-character', 'source-bidi-control', 'source-look-alike', 'source-empty', 'source-too-large'],
		'Every listed report file exists, is a regular file of UTF-8 text without control characters, bidi controls or words mixing scripts, is not empty or oversized, is listed, and is unchanged since it was added.',
		'b.txt no longer matches its recorded SHA-256 (3f2a…, now 9c01…). Reports are never edited.',
		'Restore the original bytes (git checkout -- the file), or add the new version as a new report.',
		'a report that cannot be read has no words for its citations to show',
	),
	core(
		'dateline-unsupported',
		['dateline-unsupported'],
		"A report's dateline is a date its own text states, or carries datelineSource (where the editors took it from, shown on the report page): a typed dateline decides worked-out dates and which of two copies came first.",
		"Report 003's dateline 2017-06-08 is not stated in its text. The text states 2017-06-07 («date 2017-06-07»).",
		'Write the date the text states (dateline: 2017-06-07), or say where it comes from: datelineSource: { note: "…", url: "…" }.',
	),
	core(
		'checksums',
		['checksums-missing', 'checksum-missing', 'checksum-malformed', 'checksum-duplicate'],
		'SHA256SUMS exists and records exactly one well-formed checksum per report.',
		'a.txt has no line in SHA256SUMS, so nothing shows that it is the report as received.',
		'Restore the line from git; a new report is added only with add-source, which records it.',
	),
	core(
		'date-tag',
		['date-weekday-ambiguous', 'date-words-unknown', 'date-undated'],
		'Every <ReportDate> the pages use can be worked out from its report (and is dated where it is `required`).',
		'«on Wednesday» names Wednesday, the weekday of report 003’s own dateline (2017-06-07): it could be that day or a week before, so it is not worked out.',
		'Quote words that fix the day, or describe the time in words without a date.',
		'a <ReportDate> that cannot be worked out has no date to print',
	),
	core(
		'disagreement-tag',
		['disagreement-invalid', 'disagreement-duplicate'],
		'Every <Disagreement> the pages use is well formed (topic, question, differs, <Side> blocks with labels) and has its own anchor.',
		'A <Side> stands outside any <Disagreement>.',
		'Put the sides of a disagreement inside it.',
	),
	core(
		'route-taken',
		['route-taken'],
		'No page of the site is served where the plugin serves its sources (the option sourcesRoute), which Astro would silently give to one of the two.',
		'This page would be served under /sources/, where verbatim-citations serves the index and pages of the sources (sourcesRoute: "sources").',
		'Move or rename this page, or give the sources another route with the plugin option sourcesRoute (e.g. sourcesRoute: "documents").',
	),
	core('attributions-invalid', ['attributions-invalid'], 'attributions.yaml, when it exists, is valid and names only reports of the corpus.', 'Frame «Two people said» of report 000 has no names, so no sentence could name it.', 'Add names: words a citing sentence must use.'),
	core('sentences-invalid', ['sentences-invalid'], 'sentences.yaml, when it exists, is valid, and every join and split is in its report.', 'Report 001 has no «U.S.», so this join does nothing.', 'Copy the words exactly from the report.'),
	core('players-invalid', ['players-invalid'], 'players.yaml, when it exists, is valid.', 'players.yaml: aliases of player "sessions" is missing.', 'Each entry needs id, name and aliases.'),
	core(
		'player-page-unknown',
		['player-page-unknown'],
		'A player\'s page: in players.yaml is a page of the site (the cast card links to it, so this guards a link rather than the prose).',
		'Player "sessions" points at the page players/sesions/, but the site has no page /players/sesions/.',
		'Did you mean page: players/sessions/?',
	),
];
