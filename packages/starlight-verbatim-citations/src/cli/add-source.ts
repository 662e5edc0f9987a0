/**
 * Adds a report to the corpus: copies it byte for byte into <corpus>/sources/ as
 * <id>_<first 16 hex of its SHA-256>.txt, records its SHA-256 and appends a metadata stub to
 * <corpus>/sources.yaml for the editor to fill in.
 *
 * Order of writes, so that a failure at any point leaves either nothing or a state a rerun
 * finishes: the report (exclusive create), then SHA256SUMS, then sources.yaml, each index file
 * written to a temporary file and renamed over the old one (a reader sees the old or the new file,
 * never half of one). A rerun with the same file sees its bytes on disk without an entry and
 * completes the add.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { appendChecksumLine, appendMetadataEntry, planAddSource, withDetails, type ExistingReport, type ReportDetails } from '../authoring/add-source.ts';
import { attributionsStub } from '../authoring/attributions-stub.ts';
import { sentencesStub } from '../authoring/sentences-stub.ts';
import { unprovedDateline } from '../corpus/dateline-evidence.ts';
import { corpusMessages } from '../corpus/corpus-messages.ts';
import { sourceMetadataSchema } from '../schemas/source-metadata.ts';
import { corpusLayout, decodeReport, parseChecksums, sha256 } from '../corpus/corpus-files.ts';
import { readRegularFile } from '../corpus/regular-file.ts';
import { readYaml } from '../corpus/yaml-file.ts';
import { CliError, type Command } from './command.ts';

const refuse = (message: string): never => {
	throw new CliError(`Not added. ${message}`);
};

/** Reads a file that must be a regular file, not a link: the bytes returned are the bytes checked and copied. */
function readReportFile(path: string, label: string): Buffer {
	// Not following links, and never blocking: a named pipe is refused before it is opened.
	const read = readRegularFile(path, { followLinks: false });
	if (read.ok) return read.bytes;
	if (read.reason === 'link') refuse(`${label} is a symbolic link. Reports are added from regular files only; copy the file itself (cp -L) and add the copy.`);
	if (read.reason === 'missing') refuse(`${label} does not exist. Check the path (relative to the folder you run the command in).`);
	return refuse(read.reason === 'not-a-file' ? `${label} is ${read.kind}, not a regular file. Reports are added from regular files only; remove it or give the path of the report itself.` : `Cannot read ${label}: ${'message' in read ? read.message : 'unknown error'}`);
}

function lstatSafe(path: string) {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/** Replaces a file in one step: a temporary file beside it, then a rename. */
function writeAtomically(path: string, text: string): void {
	const temporary = `${path}.add-source-${process.pid}.tmp`;
	try {
		writeFileSync(temporary, text, { flag: 'wx' });
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** The entries of sources.yaml that are objects; a file that does not parse was refused before. */
function listedEntries(yamlText: string): { id?: unknown; file?: unknown }[] {
	const parsed = parse(yamlText) as unknown;
	return (Array.isArray(parsed) ? parsed : []).filter((e): e is { id?: unknown; file?: unknown } => e !== null && typeof e === 'object');
}

/** Adds the report at `path` (relative to `cwd`) to the corpus of the site at `root`; returns what to tell the editor. */
export function addSource(cwd: string, root: string, corpusDir: string, path: string, requestedId?: string, details: ReportDetails = {}): string {
	const { checksumFile, metadataFile, sourcesDir: sourcesFolder, attributionsFile, sentencesFile } = corpusLayout(corpusDir);
	const sourcesDir = join(root, sourcesFolder);
	const bytes = readReportFile(resolve(cwd, path), path);
	const metadataPath = join(root, metadataFile);
	// No sources.yaml yet is a corpus with no report yet: the first add creates it.
	// An alias bomb, a huge file or a named pipe is refused before anything parses it without limits.
	const parsedYaml = readYaml(metadataPath);
	if (parsedYaml && !parsedYaml.ok) refuse(`${metadataFile}: ${parsedYaml.reason}. ${parsedYaml.hint}`);
	const yamlText = parsedYaml?.ok ? parsedYaml.text : '';
	const sumsPath = join(root, checksumFile);
	const sums = readRegularFile(sumsPath);
	if (!sums.ok && sums.reason !== 'missing') refuse(`${checksumFile} is ${sums.reason === 'not-a-file' ? `${sums.kind}, not a regular file` : 'unreadable'}. Restore it from git (git checkout -- ${checksumFile}).`);
	const sumsText = sums.ok ? sums.bytes.toString('utf8') : undefined;
	// A stub for the real entry, to find out now (before anything is written) whether the file can take one.
	const probe = appendMetadataEntry(yamlText, { id: 'probe', file: 'probe.txt', title: 'probe', summary: 'probe', qualityNotes: [] });
	if (!probe.ok) refuse(probe.reason.replace(/^sources\.yaml/, metadataFile));
	const entries = listedEntries(yamlText);
	const idOf = new Map(entries.map((e) => [String(e.file), String(e.id)]));
	const recorded = [...parseChecksums(sumsText ?? '').keys()];

	// Compare with every report file on disk, including ones whose metadata is still an unfilled stub.
	const existing: ExistingReport[] = (existsSync(sourcesDir) ? readdirSync(sourcesDir) : [])
		.filter((file) => file.toLowerCase().endsWith('.txt'))
		.map((file) => {
			const onDisk = readReportFile(join(sourcesDir, file), `${sourcesFolder}/${file}`);
			const id = idOf.get(file);
			return { id: id ?? `(unlisted ${file})`, file, sha256: sha256(onDisk), text: decodeReport(onDisk) ?? '', listed: id !== undefined };
		});
	const ids = entries.map((e) => String(e.id));
	const plan = planAddSource(basename(path), bytes, existing, ids, recorded, [...idOf.keys()], requestedId);
	if (!plan.ok) return refuse(plan.reason);
	const entry = withDetails(plan.entry, details);
	refuseInvalidDetails(entry, decodeReport(bytes) ?? '');
	const metadata = appendMetadataEntry(yamlText, entry);
	if (!metadata.ok) return refuse(metadata.reason);

	mkdirSync(sourcesDir, { recursive: true });
	const target = join(sourcesDir, plan.file);
	if (plan.copy) {
		try {
			// 'wx': never replaces an existing file, and never follows a link planted at the name.
			writeFileSync(target, bytes, { flag: 'wx' });
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') refuse(`${sourcesFolder}/${plan.file} already exists${lstatSafe(target)?.isSymbolicLink() ? ' and is a symbolic link' : ''}; nothing was written. Remove it, then run add-source again.`);
			rmSync(target, { force: true });
			refuse(`Could not write ${sourcesFolder}/${plan.file}: ${(error as Error).message}. Nothing was added.`);
		}
	}
	try {
		if (plan.checksumLine) writeAtomically(sumsPath, appendChecksumLine(sumsText, plan.checksumLine));
		writeAtomically(metadataPath, metadata.text);
	} catch (error) {
		// Undo what this run wrote; whatever cannot be undone, a rerun with the same file finishes.
		let undone = true;
		try {
			if (plan.checksumLine && sumsText !== undefined) writeAtomically(sumsPath, sumsText);
			if (plan.copy) rmSync(target, { force: true });
		} catch {
			undone = false;
		}
		refuse(`Could not update the index files: ${(error as Error).message}. ${undone ? 'Nothing was added.' : `Run npx verbatim-citations add-source ${path} again to finish the add.`}`);
	}
	const frames = writeStub(join(root, attributionsFile), (before) => attributionsStub(before, plan.id, decodeReport(bytes) ?? ''));
	const sentences = writeStub(join(root, sentencesFile), (before) => sentencesStub(before, plan.id, new Date().toISOString().slice(0, 10)));
	const todo = [entry.title, entry.summary].some((text) => text.startsWith('TODO'));
	const steps = [
		todo ? `Fill in the TODO title and summary of report ${plan.id} in ${metadataFile} (the build refuses them until you do).` : undefined,
		frames.written
			? `Confirm its attribution frames in ${attributionsFile}: ${frames.candidates} candidates are listed there as comments under "${plan.id}" (npx verbatim-citations frames ${plan.id} shows them in context); "${plan.id}": [] if it attributes nothing.`
			: `Record its attribution frames in ${attributionsFile} (${frames.reason}); npx verbatim-citations frames ${plan.id} proposes them.`,
		sentences.written
			? `Cite it: npx verbatim-citations quote "some words" prints tags for it. Until you do, its sentences are excused as a whole ("${plan.id}": notUsedYet in ${sentencesFile}); remove that line once it is cited, and npx verbatim-citations coverage lists each sentence left.`
			: `Cite it: npx verbatim-citations quote "some words" prints tags for it. (${sentencesFile} was left alone: ${sentences.reason}; add "${plan.id}": { notUsedYet: "why" } to excuse its sentences until you do.)`,
		'Check everything: npx verbatim-citations verify (the check, the build and the link check).',
	].filter((step): step is string => step !== undefined);
	return `${plan.resumed ? 'Finished adding' : 'Added'} report ${plan.id}: ${sourcesFolder}/${plan.file} (sha256 ${plan.sha256}).

Next:
${steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}`;
}

const DETAIL_FLAGS = ['title', 'summary', 'dateline', 'dateline-source', 'outlet', 'byline', 'url', 'retrieved'] as const;

/** The report details given as flags; a flag not given is left out of the entry. */
export function detailsOf(values: Record<string, string | boolean | undefined>): ReportDetails {
	const text = (flag: (typeof DETAIL_FLAGS)[number]) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined);
	const source = text('dateline-source');
	return {
		title: text('title'),
		summary: text('summary'),
		dateline: text('dateline'),
		datelineSource: source === undefined ? undefined : /^https?:\/\//.test(source) ? { note: 'The editors took the dateline from this address.', url: source } : { note: source },
		outlet: text('outlet'),
		byline: text('byline'),
		url: text('url'),
		retrieved: text('retrieved'),
		excerpt: values.excerpt === true ? true : undefined,
	};
}

/** Refuses details the build would refuse: an invalid field, or a dateline the text does not state and no source vouches for. */
function refuseInvalidDetails(entry: ReturnType<typeof withDetails>, text: string): void {
	const parsed = sourceMetadataSchema.safeParse({ ...entry, title: entry.title.replace(/^TODO/, 'x'), summary: entry.summary.replace(/^TODO/, 'x') });
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		refuse(`--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue.message}. Nothing was written.`);
	}
	const stated = unprovedDateline(text, entry);
	if (stated) {
		const { message, hint } = corpusMessages['dateline-unsupported']('(new)', entry.dateline!, stated);
		refuse(`${message.replace("Report (new)'s", 'The')} ${hint.replace('datelineSource: { note: "…", url: "…" }', '--dateline-source "where it comes from"')} Nothing was written.`);
	}
}

/** Appends a report's stub to a metadata file when it has no entry for it; never fails the add. */
function writeStub<T extends { text: string }>(path: string, stubOf: (before: string) => ({ ok: true } & T) | { ok: false; reason: string }): ({ written: true } & T) | { written: false; reason: string } {
	const current = readRegularFile(path);
	if (!current.ok && current.reason !== 'missing') return { written: false, reason: 'the file could not be read' };
	const stub = stubOf(current.ok ? current.bytes.toString('utf8') : '');
	if (!stub.ok) return { written: false, reason: stub.reason };
	try {
		writeAtomically(path, stub.text);
	} catch (error) {
		return { written: false, reason: `it could not be written: ${(error as Error).message}` };
	}
	return { ...stub, written: true };
}

export const addSourceCommand: Command = {
	name: 'add-source',
	summary: 'add a report file to the corpus (copied byte for byte, checksum recorded)',
	usage: 'npx verbatim-citations add-source <file.txt> [--id ID] [--title T] [--summary S] [--dateline D] [--outlet O] [...]',
	options: Object.fromEntries([...DETAIL_FLAGS.map((flag) => [flag, { type: 'string' as const }]), ['id', { type: 'string' as const }], ['excerpt', { type: 'boolean' as const }]]),
	help: `Usage: npx verbatim-citations add-source <file.txt> [--id ID]

Copies a UTF-8 text report byte for byte into the corpus's sources/ folder as
<id>_<first 16 hex of its SHA-256>.txt, records its SHA-256 in sources/SHA256SUMS and appends a
stub entry (TODO title and summary, which the build refuses until filled in) to sources.yaml,
creating either file if the corpus has none yet. Refuses an empty file, one that is not UTF-8, a
symbolic link, and a report already there (same bytes, or same words with other whitespace).
If it stops half-way, run it again with the same file: it finishes the add.

It also appends the report's entry to attributions.yaml, with the attribution frames its text
suggests listed as comments to confirm.

Options (each written into the entry; all can be filled in later by hand):
  --id ID               the report's id (lowercase letters, digits and hyphens), instead of the
                        next free number (000, 001, ...); refused if another report has it.
  --title TEXT          editorial title          --summary TEXT   one line on what it covers
  --dateline YYYY-MM-DD a date the text states (refused otherwise, unless --dateline-source)
  --dateline-source TEXT where a dateline the text does not state comes from
  --outlet TEXT         the publication          --byline TEXT    author or wire service
  --url URL             where it was retrieved   --retrieved YYYY-MM-DD  when
  --excerpt             the text is an excerpt, not the whole report

Example:
  npx verbatim-citations add-source ~/Downloads/report.txt --id city-council --outlet "The Harbour Times" --dateline 2024-03-05`,
	async run({ args, values, cwd, io, site }) {
		if (args.length !== 1) throw new CliError(`${args.length === 0 ? 'Which file? add-source takes the path of one report.' : `add-source takes one file at a time (got ${args.length}).`}\nUsage: ${addSourceCommand.usage}`, 2);
		const { root, options } = await site();
		io.out(addSource(cwd, root, options.corpus, args[0]!, values.id as string | undefined, detailsOf(values)));
		return 0;
	},
};
