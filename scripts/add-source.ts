/**
 * Adds a report to the corpus: copies it byte for byte into docs-data/sources/ as
 * <id>_<first 16 hex of its SHA-256>.txt, records its SHA-256 and appends a metadata stub to
 * docs-data/sources.yaml for you to fill in.
 * Usage: npm run add-source -- path/to/report.txt
 *
 * Order of writes, so that a failure at any point leaves either nothing or a state a rerun
 * finishes: the report (exclusive create), then SHA256SUMS, then sources.yaml, each index file
 * written to a temporary file and renamed over the old one (a reader sees the old or the new file,
 * never half of one). A rerun with the same file sees its bytes on disk without an entry and
 * completes the add.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { appendChecksumLine, appendMetadataEntry, planAddSource, type ExistingReport } from '../packages/starlight-verbatim-citations/src/authoring/add-source.ts';
import { corpusLayout, decodeReport, parseChecksums, sha256 } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';

const { checksumFile: CHECKSUM_FILE, metadataFile: METADATA_FILE, sourcesDir: SOURCES_DIR } = corpusLayout();

/** A refusal: printed without a stack trace, exit code 1. */
class Refusal extends Error {}

function refuse(message: string): never {
	throw new Refusal(message);
}

/** Reads a file that must be a regular file, not a link: the bytes returned are the bytes checked and copied. */
function readRegularFile(path: string, label: string): Buffer {
	let fd: number;
	try {
		// O_NOFOLLOW: the check and the read are one operation, so a link swapped in between is refused too.
		fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP' || lstatSafe(path)?.isSymbolicLink()) refuse(`${label} is a symbolic link. Reports are added from regular files only; copy the file itself (cp -L) and add the copy.`);
		refuse(`Cannot read ${label}: ${(error as Error).message}`);
	}
	try {
		if (!fstatSync(fd).isFile()) refuse(`${label} is not a regular file.`);
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
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

function main(argv: string[]): string {
	const path = argv[0];
	if (!path || argv.length > 1) {
		console.error('Usage: npm run add-source -- path/to/report.txt');
		process.exit(2);
	}
	const root = process.cwd();
	const sourcesDir = join(root, SOURCES_DIR);
	const bytes = readRegularFile(path, path);
	const yamlText = readFileSync(join(root, METADATA_FILE), 'utf8');
	const sumsPath = join(root, CHECKSUM_FILE);
	const sumsText = lstatSafe(sumsPath) ? readFileSync(sumsPath, 'utf8') : undefined;
	// A stub for the real entry, to find out now (before anything is written) whether the file can take one.
	const probe = appendMetadataEntry(yamlText, { id: 'probe', file: 'probe.txt', title: 'probe', summary: 'probe', qualityNotes: [] });
	if (!probe.ok) refuse(probe.reason);
	const entries = ((parse(yamlText) ?? []) as { id?: unknown; file?: unknown }[]).filter((e) => e && typeof e === 'object');
	const idOf = new Map(entries.map((e) => [String(e.file), String(e.id)]));
	const recorded = [...parseChecksums(sumsText ?? '').keys()];

	// Compare with every report file on disk, including ones whose metadata is still an unfilled stub.
	const existing: ExistingReport[] = readdirSync(sourcesDir)
		.filter((file) => file.toLowerCase().endsWith('.txt'))
		.map((file) => {
			const onDisk = readRegularFile(join(sourcesDir, file), `${SOURCES_DIR}/${file}`);
			const id = idOf.get(file);
			return { id: id ?? `(unlisted ${file})`, file, sha256: sha256(onDisk), text: decodeReport(onDisk) ?? '', listed: id !== undefined };
		});
	const ids = entries.map((e) => String(e.id));
	const plan = planAddSource(basename(path), bytes, existing, ids, recorded, [...idOf.keys()]);
	if (!plan.ok) refuse(plan.reason);
	const metadata = appendMetadataEntry(yamlText, plan.entry);
	if (!metadata.ok) refuse(metadata.reason);

	const target = join(sourcesDir, plan.file);
	if (plan.copy) {
		try {
			// 'wx': never replaces an existing file, and never follows a link planted at the name.
			writeFileSync(target, bytes, { flag: 'wx' });
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') refuse(`${SOURCES_DIR}/${plan.file} already exists${lstatSafe(target)?.isSymbolicLink() ? ' and is a symbolic link' : ''}; nothing was written. Remove it, then run add-source again.`);
			rmSync(target, { force: true });
			refuse(`Could not write ${SOURCES_DIR}/${plan.file}: ${(error as Error).message}. Nothing was added.`);
		}
	}
	try {
		if (plan.checksumLine) writeAtomically(sumsPath, appendChecksumLine(sumsText, plan.checksumLine));
		writeAtomically(join(root, METADATA_FILE), metadata.text);
	} catch (error) {
		// Undo what this run wrote; whatever cannot be undone, a rerun with the same file finishes.
		let undone = true;
		try {
			if (plan.checksumLine && sumsText !== undefined) writeAtomically(sumsPath, sumsText);
			if (plan.copy) rmSync(target, { force: true });
		} catch {
			undone = false;
		}
		refuse(`Could not update the index files: ${(error as Error).message}. ${undone ? 'Nothing was added.' : `Run npm run add-source -- ${path} again to finish the add.`}`);
	}
	return `${plan.resumed ? 'Finished adding' : 'Added'} report ${plan.id}: ${SOURCES_DIR}/${plan.file} (sha256 ${plan.sha256}).

Next:
  1. Fill in the TODO title and summary of report ${plan.id} in ${METADATA_FILE} (the build refuses
     them until you do), and the dateline only if the text states one.
  2. Cite it: npm run quote -- "some words" prints tags for it.
  3. Build: npm run build.`;
}

try {
	console.log(main(process.argv.slice(2)));
} catch (error) {
	if (!(error instanceof Refusal)) throw error;
	console.error(`Not added. ${error.message}`);
	process.exitCode = 1;
}
