import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { sourceMetadataSchema, type SourceMetadata } from '../schemas/source-metadata.ts';
import { describeCitationProblem } from './citation-messages.ts';
import { createCorpus, type Corpus, type CorpusEntry } from '../engine/corpus.ts';
import type { SiteProblem } from './problems.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { DEFAULT_OPTIONS } from '../schemas/options.ts';

/** Where each file of a corpus lives, relative to the project root, with forward slashes. */
export interface CorpusLayout {
	dir: string;
	sourcesDir: string;
	metadataFile: string;
	checksumFile: string;
	playersFile: string;
}

/** The layout of a corpus folder (the plugin's `corpus` option). */
export function corpusLayout(dir: string = DEFAULT_OPTIONS.corpus): CorpusLayout {
	const clean = dir.replace(/\\/g, '/').replace(/\/+$/, '');
	return {
		dir: clean,
		sourcesDir: `${clean}/sources`,
		metadataFile: `${clean}/sources.yaml`,
		checksumFile: `${clean}/sources/SHA256SUMS`,
		playersFile: `${clean}/players.yaml`,
	};
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Parses `sha256sum` output: `<64 hex>  <file name>` per line. */
export function parseChecksums(text: string): Map<string, string> {
	const sums = new Map<string, string>();
	for (const line of text.split(/\r?\n/)) {
		const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
		if (match) sums.set(match[2]!, match[1]!);
	}
	return sums;
}

// ignoreBOM keeps a byte-order mark in the text, so re-encoding gives back the exact bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a report, refusing bytes that are not UTF-8 instead of silently replacing them. */
export function decodeReport(bytes: Uint8Array): string | undefined {
	try {
		return utf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Reads `docs-data/`: the metadata (validated by the zod schema), the reports and their checksums.
 * Returns the corpus of every report that passed, and every problem found, located by file and line.
 */
/** Where each report's entry, and each of its `uncitedParagraphs` items, is written in the metadata file. */
export interface MetadataLines {
	file: string;
	entries: Map<string, { line: number; uncited: Map<number, number> }>;
}

/** The line of a report's entry (or of one of its uncitedParagraphs items) in the metadata file. */
export function metadataLine(lines: MetadataLines, sourceId: string, paragraph?: number): number {
	const entry = lines.entries.get(sourceId);
	return (paragraph === undefined ? undefined : entry?.uncited.get(paragraph)) ?? entry?.line ?? 1;
}

export function loadCorpus(root: string, layout: CorpusLayout = corpusLayout(), minQuoteLength = DEFAULT_OPTIONS.minQuoteLength): { corpus: Corpus; problems: SiteProblem[]; lines: MetadataLines } {
	const { metadataFile: METADATA_FILE, checksumFile: CHECKSUM_FILE, sourcesDir: SOURCES_DIR } = layout;
	const problems: SiteProblem[] = [];
	const metaLines: MetadataLines = { file: layout.metadataFile, entries: new Map() };
	const metadataPath = join(root, METADATA_FILE);
	if (!existsSync(metadataPath)) {
		problems.push(problemAt(METADATA_FILE, 1, 'metadata-missing', `${METADATA_FILE} is missing.`, 'Create it with one entry per report (see README, "Add a report").'));
		return { corpus: createCorpus([]), problems, lines: metaLines };
	}
	const yamlText = readFileSync(metadataPath, 'utf8');
	const lines = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: lines });
	const lineOf = (node: unknown) => {
		const range = (node as YamlNode | undefined)?.range;
		return range ? lines.linePos(range[0]).line : 1;
	};
	for (const error of doc.errors) {
		problems.push(problemAt(METADATA_FILE, error.linePos?.[0].line ?? 1, 'metadata-invalid', error.message, 'Fix the YAML syntax.'));
	}
	if (doc.errors.length > 0) return { corpus: createCorpus([]), problems, lines: metaLines };
	if (!isSeq(doc.contents)) {
		problems.push(problemAt(METADATA_FILE, 1, 'metadata-invalid', 'The file must be a list of reports.', 'Start each entry with "- id: …".'));
		return { corpus: createCorpus([]), problems, lines: metaLines };
	}

	const sums = existsSync(join(root, CHECKSUM_FILE))
		? parseChecksums(readFileSync(join(root, CHECKSUM_FILE), 'utf8'))
		: new Map<string, string>();
	const entries: { meta: SourceMetadata; line: number; entry: CorpusEntry }[] = [];
	const seenIds = new Map<string, number>();
	const seenFiles = new Map<string, number>();

	doc.contents.items.forEach((item, index) => {
		const line = lineOf(item);
		const parsed = sourceMetadataSchema.safeParse(doc.toJS().at(index));
		if (!parsed.success) {
			// The entry is invalid, but it does list its file: that file is not also "unlisted".
			const file = (doc.toJS().at(index) as { file?: unknown } | undefined)?.file;
			if (typeof file === 'string' && !seenFiles.has(file)) seenFiles.set(file, line);
			for (const issue of parsed.error.issues) {
				const node = isMap(item) ? item.get(issue.path[0] as string, true) : item;
				problems.push(problemAt(METADATA_FILE, lineOf(node ?? item), 'metadata-invalid', `Report entry ${index + 1}, ${issue.path.join('.') || 'entry'}: ${issue.message}.`, 'See the field descriptions in src/verbatim-citations/schemas/source-metadata.ts.'));
			}
			return;
		}
		const meta = parsed.data;
		if (seenIds.has(meta.id)) {
			problems.push(problemAt(METADATA_FILE, line, 'metadata-invalid', `The id "${meta.id}" is used twice (also on line ${seenIds.get(meta.id)}).`, 'Give each report its own id.'));
			return;
		}
		if (seenFiles.has(meta.file)) {
			problems.push(problemAt(METADATA_FILE, line, 'metadata-invalid', `The file ${meta.file} is listed twice (also on line ${seenFiles.get(meta.file)}).`, 'List each report file once.'));
			return;
		}
		const uncited = new Map<number, number>();
		const uncitedNode = isMap(item) ? item.get('uncitedParagraphs', true) : undefined;
		if (isSeq(uncitedNode)) {
			for (const child of uncitedNode.items) {
				const paragraph = isMap(child) ? child.get('paragraph') : undefined;
				if (typeof paragraph === 'number') uncited.set(paragraph, lineOf(child));
			}
		}
		metaLines.entries.set(meta.id, { line, uncited });
		seenIds.set(meta.id, line);
		seenFiles.set(meta.file, line);
		const path = join(root, SOURCES_DIR, meta.file);
		if (!existsSync(path)) {
			problems.push(problemAt(METADATA_FILE, line, 'source-missing', `Report ${meta.id}: ${SOURCES_DIR}/${meta.file} does not exist.`, 'Add the file with npm run add-source, or fix the file name.'));
			return;
		}
		const bytes = readFileSync(path);
		const text = decodeReport(bytes);
		if (text === undefined) {
			problems.push(problemAt(`${SOURCES_DIR}/${meta.file}`, 1, 'source-not-utf8', `${meta.file} is not valid UTF-8.`, 'Convert the original to UTF-8 before adding it; the site never guesses an encoding.'));
			return;
		}
		const digest = sha256(bytes);
		const recorded = sums.get(meta.file);
		if (recorded === undefined) {
			problems.push(problemAt(CHECKSUM_FILE, 1, 'checksum-missing', `${meta.file} has no line in SHA256SUMS.`, `Record it: add the line "${digest}  ${meta.file}".`));
		} else if (recorded !== digest) {
			problems.push(problemAt(`${SOURCES_DIR}/${meta.file}`, 1, 'source-changed', `${meta.file} no longer matches its recorded SHA-256 (${recorded.slice(0, 12)}…, now ${digest.slice(0, 12)}…). Reports are never edited.`, 'Restore the original bytes (git checkout -- the file). If the original itself was replaced, add it as a new report instead.'));
		}
		entries.push({ meta, line, entry: { meta, text, sha256: digest, byteLength: bytes.byteLength } });
	});

	const listed = new Set(entries.map(({ meta }) => meta.file));
	const onDisk = existsSync(join(root, SOURCES_DIR)) ? readdirSync(join(root, SOURCES_DIR)) : [];
	for (const file of onDisk.filter((f) => f.endsWith('.txt') && !listed.has(f) && !seenFiles.has(f)).sort()) {
		problems.push(problemAt(`${SOURCES_DIR}/${file}`, 1, 'source-unlisted', `${file} has no entry in ${METADATA_FILE}.`, 'Add an entry with its id, title and summary (npm run add-source writes a stub).'));
	}

	const corpus = createCorpus(entries.map(({ entry }) => entry));
	for (const { meta, line } of entries) {
		for (const note of meta.qualityNotes) {
			if (note.evidence === undefined) continue;
			const resolution = resolveCitation(corpus, meta.id, note.evidence, minQuoteLength);
			if (!resolution.ok) {
				const { message, hint } = describeCitationProblem(resolution.problem);
				problems.push({ ...problemAt(METADATA_FILE, line, resolution.problem.code, `Quality note evidence of report ${meta.id}: ${message}`, hint), sourceId: meta.id });
			}
		}
	}
	return { corpus, problems, lines: metaLines };
}

function problemAt(file: string, line: number, code: string, message: string, hint: string): SiteProblem {
	return { file, line, column: 1, code, message, hint };
}
