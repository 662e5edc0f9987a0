import type { ProblemText } from '../pages/citation-messages.ts';

/**
 * The error catalogue of the corpus: `sources.yaml`, the report files and `SHA256SUMS`. One
 * message and one fix per problem code; tests import these instead of retyping the wording.
 *
 * Reports are append-only, so no message here ever prints a checksum to paste: only
 * `npx verbatim-citations add-source` records one, when a report is first added.
 */
export const corpusMessages = {
	'dateline-unsupported': (id: string, dateline: string, stated: readonly { date: string; words: string }[]): ProblemText => ({
		message: `Report ${id}'s dateline ${dateline} is not stated in its text. ${
			stated.length === 0 ? 'The text states no full date.' : `The text states ${stated.slice(0, 3).map((s) => `${s.date} («${s.words}»)`).join(', ')}.`
		} A dateline decides worked-out dates and which of two copies came first, so it must be proved.`,
		hint: `${stated.length > 0 ? `Write the date the text states (dateline: ${stated[0]!.date}), or, if the dateline comes from elsewhere, say where` : 'Remove the dateline, or say where it comes from'}: datelineSource: { note: "…", url: "…" } (shown on the report page as supplied by the editors).`,
	}),
	'metadata-missing': (file: string): ProblemText => ({
		message: `${file} is missing.`,
		hint: 'Create it with one entry per report (see README, "Add a report").',
	}),
	'metadata-syntax': (file: string, yamlMessage: string): ProblemText => ({
		message: `${file} is not valid YAML: ${yamlMessage.split('\n')[0]}`,
		hint: 'Fix the YAML at this line. Until it parses, no citation can be checked against the reports, so none is reported.',
	}),
	'metadata-not-a-list': (file: string): ProblemText => ({
		message: `${file} must be a list of reports.`,
		hint: 'Start each entry with "- id: …" (see the entries already there).',
	}),
	'metadata-invalid': (entry: string, field: string, problem: string): ProblemText => ({
		message: `${entry}: ${field} ${problem}.`,
		hint: 'The fields of an entry are described in the starlight-verbatim-citations README, under "sources.yaml".',
	}),
	'metadata-unknown-key': (entry: string, key: string, known: readonly string[]): ProblemText => ({
		message: `${entry}: unknown key "${key}".`,
		hint: `Use one of: ${known.join(', ')}; the spelling and case must match.`,
	}),
	'metadata-duplicate-id': (id: string, firstLine: number): ProblemText => ({
		message: `The id "${id}" is used twice (first on line ${firstLine}).`,
		hint: 'Give each report its own id; a citation must name exactly one report.',
	}),
	'metadata-duplicate-file': (id: string, file: string, firstLine: number): ProblemText => ({
		message: `Report ${id}: the file ${file} is already listed (line ${firstLine}).`,
		hint: 'List each report file once; remove this entry or correct its file name.',
	}),
	'source-missing': (id: string, path: string): ProblemText => ({
		message: `Report ${id}: ${path} does not exist.`,
		hint: `Correct the file name in the entry, or restore the file from git (git checkout -- ${path}). Do not run npx verbatim-citations add-source for it: that would add a second entry for the same report.`,
	}),
	'source-not-a-file': (path: string, kind: string): ProblemText => ({
		message: `${path} is ${kind}, not a regular file: a report is a plain text file.`,
		hint: 'Remove it or move it out of the sources folder; if it stands for a report, add the real file with npx verbatim-citations add-source. Only regular files are read, so the check never waits on a pipe or a device.',
	}),
	'source-unreadable': (path: string, reason: string): ProblemText => ({
		message: `${path} cannot be read: ${reason.split('\n')[0]}.`,
		hint: 'Let the user who runs the build read it (check its permissions), or restore it from git.',
	}),
	'source-not-utf8': (file: string): ProblemText => ({
		message: `${file} is not valid UTF-8.`,
		hint: 'Convert the original to UTF-8 before adding it; the site never guesses an encoding.',
	}),
	'source-control-character': (file: string, character: string, byteOffset: number, line: number, count: number): ProblemText => ({
		message: `${file} contains the control character ${character} at byte ${byteOffset} (line ${line})${count > 1 ? `, and ${count - 1} more` : ''}. A reader cannot see it, and a quote could not show it.`,
		hint: 'A report is never edited in place: obtain a clean copy of the original and add it as a new report with npx verbatim-citations add-source.',
	}),
	'source-bidi-control': (file: string, character: string, byteOffset: number, line: number, count: number): ProblemText => ({
		message: `${file} contains the bidi control character ${character} at byte ${byteOffset} (line ${line})${count > 1 ? `, and ${count - 1} more` : ''}. It reorders how the text around it displays, so what a reader sees is not the words the quotes are checked against.`,
		hint: 'A report is never edited in place: obtain a copy of the original without these characters and add it as a new report with npx verbatim-citations add-source.',
	}),
	'source-look-alike': (file: string, line: number, word: string, looksLike: string, character: string, count: number): ProblemText => ({
		message: `${file} line ${line}: the word «${word}» mixes scripts: it looks like «${looksLike}» but its ${character} only looks like a Latin letter${count > 1 ? ` (and ${count - 1} more such words)` : ''}. A quote typed from what a reader sees would not match it, and a copy of another report could pass as independent.`,
		hint: 'A report is never edited in place: obtain a copy of the original in one script per word and add it as a new report with npx verbatim-citations add-source.',
	}),
	'source-empty': (file: string, content: 'no bytes' | 'only whitespace' | 'only invisible characters', first?: { character: string; byteOffset: number; line: number }): ProblemText => ({
		message: `${file} has ${content}${first ? ` (the first is ${first.character} at byte ${first.byteOffset}, line ${first.line})` : ''}: there is nothing in it to cite.`,
		hint: 'Remove the file and its entry, or add the real report with npx verbatim-citations add-source.',
	}),
	'source-too-large': (file: string, bytes: number, limit: number): ProblemText => ({
		message: `${file} is ${bytes.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')} bytes for one report.`,
		hint: 'A news report is a few kilobytes; this is probably not one. Check the file. If it really is a report, raise the plugin option maxReportBytes in astro.config.mjs.',
	}),
	'source-unlisted': (file: string, metadataFile: string): ProblemText => ({
		message: `${file} has no entry in ${metadataFile}.`,
		hint: 'Add an entry with its id, title and summary (npx verbatim-citations add-source writes a stub).',
	}),
	'checksums-missing': (file: string): ProblemText => ({
		message: `${file} is missing, so no report can be shown to be the original.`,
		hint: `Restore it from git (git checkout -- ${file}). Checksums are recorded only by npx verbatim-citations add-source, when a report is first added.`,
	}),
	'checksum-malformed': (line: string): ProblemText => ({
		message: `This line is not a checksum line: ${JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line)}.`,
		hint: 'Each line is 64 lowercase hex digits, two spaces and the file name, as sha256sum writes it. Restore the file from git (git checkout -- it); never type a checksum by hand.',
	}),
	'checksum-duplicate': (file: string, firstLine: number): ProblemText => ({
		message: `${file} has a second checksum line (first on line ${firstLine}).`,
		hint: 'Restore the file from git (git checkout -- it). Each report has exactly one recorded checksum.',
	}),
	'checksum-missing': (file: string, checksumFile: string): ProblemText => ({
		message: `${file} has no line in ${checksumFile}, so nothing shows that it is the report as received.`,
		hint: `If the line was deleted, restore it from git (git checkout -- ${checksumFile}); if the report was edited, restore it too. A new report is added only with npx verbatim-citations add-source, which records its checksum; the build never does.`,
	}),
	'source-changed': (file: string, recorded: string, now: string): ProblemText => ({
		message: `${file} no longer matches its recorded SHA-256 (${recorded.slice(0, 12)}…, now ${now.slice(0, 12)}…). Reports are never edited.`,
		hint: 'Restore the original bytes (git checkout -- the file). If the original itself was replaced, add it as a new report instead.',
	}),
} satisfies Record<string, (...args: never[]) => ProblemText>;

export type CorpusProblemCode = keyof typeof corpusMessages;
