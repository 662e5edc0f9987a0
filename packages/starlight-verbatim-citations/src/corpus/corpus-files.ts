import { unprovedDateline } from './dateline-evidence.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { kindOf, readRegularFile, type RegularFile } from './regular-file.ts';
import { join } from 'node:path';
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { readYaml } from './yaml-file.ts';
import { sourceMetadataSchema, type SourceMetadata } from '../schemas/source-metadata.ts';
import { describeCitationProblem, type ProblemText } from '../pages/citation-messages.ts';
import { corpusMessages, type CorpusProblemCode } from './corpus-messages.ts';
import { describeIssue, fieldName } from './metadata-issues.ts';
import { reportContentProblem } from './report-content.ts';
import { createCorpus, type Corpus, type CorpusEntry } from '../engine/corpus.ts';
import type { SiteProblem } from '../engine/site-problem.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { DEFAULT_OPTIONS } from '../schemas/options.ts';

/** Where each file of a corpus lives, relative to the project root, with forward slashes. */
export interface CorpusLayout {
	dir: string;
	sourcesDir: string;
	metadataFile: string;
	checksumFile: string;
	playersFile: string;
	attributionsFile: string;
	sentencesFile: string;
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
		attributionsFile: `${clean}/attributions.yaml`,
		sentencesFile: `${clean}/sentences.yaml`,
	};
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Parses `sha256sum` output: `<64 hex>  <file name>` per line. Lines of any other form are skipped. */
export function parseChecksums(text: string): Map<string, string> {
	return readChecksums(text).sums;
}

const CHECKSUM_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/** `SHA256SUMS` read line by line: the checksums, the line of each, and every line that is not one. */
export interface ChecksumFile {
	sums: Map<string, string>;
	lineOf: Map<string, number>;
	malformed: { line: number; text: string }[];
	duplicates: { line: number; file: string; firstLine: number }[];
}

export function readChecksums(text: string): ChecksumFile {
	const result: ChecksumFile = { sums: new Map(), lineOf: new Map(), malformed: [], duplicates: [] };
	text.split('\n').forEach((raw, index) => {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '') return;
		const match = CHECKSUM_LINE.exec(line);
		if (!match) {
			result.malformed.push({ line: index + 1, text: line });
			return;
		}
		const [, digest, file] = match as unknown as [string, string, string];
		// Two lines glued together (a file without its final newline, then an append) still match
		// the pattern, with a "name" holding the next checksum: that is no file name.
		if (/[0-9a-f]{64}/.test(file) || /\s{2}/.test(file)) {
			result.malformed.push({ line: index + 1, text: line });
			return;
		}
		const firstLine = result.lineOf.get(file);
		if (firstLine !== undefined) {
			result.duplicates.push({ line: index + 1, file, firstLine });
			return;
		}
		result.sums.set(file, digest);
		result.lineOf.set(file, index + 1);
	});
	return result;
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

/**
 * Source ids that citations may name but that could not be loaded (an invalid or broken entry,
 * a missing or refused file): their own problem is reported once, so a citation naming one is not
 * also called an unknown source. `all` when the metadata file itself could not be read.
 */
export interface UnavailableSources {
	all: boolean;
	ids: Set<string>;
}

export interface LoadedCorpus {
	corpus: Corpus;
	problems: SiteProblem[];
	lines: MetadataLines;
	unavailable: UnavailableSources;
}

const METADATA_KEYS = Object.keys(sourceMetadataSchema.shape);

/**
 * Reads `docs-data/`: the metadata (validated by the zod schema), the reports and their checksums.
 * Returns the corpus of every report that passed, and every problem found, located by file and line.
 */
export function loadCorpus(
	root: string,
	layout: CorpusLayout = corpusLayout(),
	minQuoteLength = DEFAULT_OPTIONS.minQuoteLength,
	maxReportBytes = DEFAULT_OPTIONS.maxReportBytes,
): LoadedCorpus {
	const { metadataFile: METADATA_FILE, checksumFile: CHECKSUM_FILE, sourcesDir: SOURCES_DIR } = layout;
	const problems: SiteProblem[] = [];
	const metaLines: MetadataLines = { file: layout.metadataFile, entries: new Map() };
	const datelineLines = new Map<string, number>();
	const unavailable: UnavailableSources = { all: false, ids: new Set() };
	const failed = (): LoadedCorpus => ({ corpus: createCorpus([]), problems, lines: metaLines, unavailable: { all: true, ids: new Set() } });
	const add = (file: string, line: number, code: CorpusProblemCode, text: ProblemText, sourceId?: string) =>
		problems.push({ ...problemAt(file, line, code, text.message, text.hint), ...(sourceId === undefined ? {} : { sourceId }) });
	const unreadable = (file: string, read: Exclude<RegularFile, { ok: true }>) => {
		if (read.reason === 'not-a-file') add(file, 1, 'source-not-a-file', corpusMessages['source-not-a-file'](file, read.kind));
		else if (read.reason === 'unreadable') add(file, 1, 'source-unreadable', corpusMessages['source-unreadable'](file, read.message));
	};
	const metadataPath = join(root, METADATA_FILE);
	const parsedYaml = readYaml(metadataPath);
	if (!parsedYaml) {
		add(METADATA_FILE, 1, 'metadata-missing', corpusMessages['metadata-missing'](METADATA_FILE));
		return failed();
	}
	if (!parsedYaml.ok) {
		problems.push(problemAt(METADATA_FILE, parsedYaml.line, 'metadata-syntax', `${METADATA_FILE}: ${parsedYaml.reason}.`, parsedYaml.hint));
		return failed();
	}
	const { doc, lines, text: yamlText } = parsedYaml;
	const lineOf = (node: unknown) => {
		const range = (node as YamlNode | undefined)?.range;
		return range ? lines.linePos(range[0]).line : 1;
	};
	// One syntax error is one message: the parser's follow-on errors and every citation (no report
	// can be loaded) would only bury it.
	const syntax = doc.errors[0];
	if (syntax) {
		add(METADATA_FILE, syntax.linePos?.[0].line ?? 1, 'metadata-syntax', corpusMessages['metadata-syntax'](METADATA_FILE, syntax.message));
		return failed();
	}
	if (!isSeq(doc.contents)) {
		add(METADATA_FILE, 1, 'metadata-not-a-list', corpusMessages['metadata-not-a-list'](METADATA_FILE));
		return failed();
	}

	const sumsFile = readRegularFile(join(root, CHECKSUM_FILE));
	const checksumsPresent = sumsFile.ok;
	const checksums = readChecksums(sumsFile.ok ? sumsFile.bytes.toString('utf8') : '');
	if (!sumsFile.ok) {
		if (sumsFile.reason === 'missing') add(CHECKSUM_FILE, 1, 'checksums-missing', corpusMessages['checksums-missing'](CHECKSUM_FILE));
		else unreadable(CHECKSUM_FILE, sumsFile);
	}
	for (const { line, text } of checksums.malformed) add(CHECKSUM_FILE, line, 'checksum-malformed', corpusMessages['checksum-malformed'](text));
	for (const { line, file, firstLine } of checksums.duplicates) add(CHECKSUM_FILE, line, 'checksum-duplicate', corpusMessages['checksum-duplicate'](file, firstLine));
	const sums = checksums.sums;
	const entries: { meta: SourceMetadata; line: number; entry: CorpusEntry }[] = [];
	const seenIds = new Map<string, number>();
	const seenFiles = new Map<string, number>();
	const all = parsedYaml.value as unknown[];

	doc.contents.items.forEach((item, index) => {
		const line = lineOf(item);
		const raw = all[index];
		const rawFields = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
		// The id as typed: `id: 002` is the number 2 to YAML, but citations say source="002".
		const idNode = doc.getIn([index, 'id'], true) as YamlNode | undefined;
		const rawId = typeof rawFields.id === 'string' ? rawFields.id : idNode?.range ? yamlText.slice(idNode.range[0], idNode.range[1]).trim() || undefined : undefined;
		// An entry is named by its id, the name citations use; by its position only when it has none.
		const name = rawId === undefined ? `The report entry on line ${line}` : `Report ${rawId}`;
		// The entry lists its file even when it is invalid or a duplicate: that file is not also "unlisted".
		if (typeof rawFields.file === 'string' && !seenFiles.has(rawFields.file)) seenFiles.set(rawFields.file, line);
		const parsed = sourceMetadataSchema.safeParse(raw);
		if (!parsed.success) {
			if (rawId !== undefined) unavailable.ids.add(rawId);
			for (const issue of parsed.error.issues) {
				if (issue.code === 'unrecognized_keys') {
					for (const key of issue.keys) {
						const node = doc.getIn([index, ...issue.path, key], true);
						add(METADATA_FILE, lineOf(node ?? item), 'metadata-unknown-key', corpusMessages['metadata-unknown-key'](name, key, issue.path.length === 0 ? METADATA_KEYS : knownKeysAt(issue.path)));
					}
					continue;
				}
				const node = doc.getIn([index, ...issue.path], true);
				const value = issue.path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), raw);
				add(METADATA_FILE, lineOf(node ?? item), 'metadata-invalid', corpusMessages['metadata-invalid'](name, fieldName(issue.path), describeIssue(issue, value)));
			}
			return;
		}
		const meta = parsed.data;
		if (seenIds.has(meta.id)) {
			add(METADATA_FILE, line, 'metadata-duplicate-id', corpusMessages['metadata-duplicate-id'](meta.id, seenIds.get(meta.id)!));
			return;
		}
		seenIds.set(meta.id, line);
		if (seenFiles.get(meta.file) !== line) {
			unavailable.ids.add(meta.id);
			add(METADATA_FILE, line, 'metadata-duplicate-file', corpusMessages['metadata-duplicate-file'](meta.id, meta.file, seenFiles.get(meta.file)!));
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
		const datelineNode = isMap(item) ? item.get('dateline', true) : undefined;
		if (datelineNode) datelineLines.set(meta.id, lineOf(datelineNode));
		const reportFile = `${SOURCES_DIR}/${meta.file}`;
		const path = join(root, SOURCES_DIR, meta.file);
		const read = readRegularFile(path);
		if (!read.ok) {
			unavailable.ids.add(meta.id);
			if (read.reason === 'missing') add(METADATA_FILE, line, 'source-missing', corpusMessages['source-missing'](meta.id, reportFile));
			else unreadable(reportFile, read);
			return;
		}
		const bytes = read.bytes;
		const text = decodeReport(bytes);
		if (text === undefined) {
			unavailable.ids.add(meta.id);
			add(reportFile, 1, 'source-not-utf8', corpusMessages['source-not-utf8'](meta.file));
			return;
		}
		const content = reportContentProblem(meta.file, text, bytes.byteLength, maxReportBytes);
		if (content) {
			unavailable.ids.add(meta.id);
			problems.push(problemAt(reportFile, 1, content.code, content.message, content.hint));
			return;
		}
		const digest = sha256(bytes);
		const recorded = sums.get(meta.file);
		if (recorded === undefined) {
			// Never the digest to paste: that would let an edited report be recorded as the original.
			if (checksumsPresent) add(CHECKSUM_FILE, 1, 'checksum-missing', corpusMessages['checksum-missing'](meta.file, CHECKSUM_FILE));
		} else if (recorded !== digest) {
			add(reportFile, 1, 'source-changed', corpusMessages['source-changed'](meta.file, recorded, digest));
		}
		entries.push({ meta, line, entry: { meta, text, sha256: digest, byteLength: bytes.byteLength } });
	});

	const onDisk = existsSync(join(root, SOURCES_DIR)) ? readdirSync(join(root, SOURCES_DIR)) : [];
	for (const file of onDisk.filter((f) => f.endsWith('.txt') && !seenFiles.has(f)).sort()) {
		// Looked up, never opened: a pipe or a folder called x.txt is no report to list.
		const kind = kindOfEntry(join(root, SOURCES_DIR, file));
		if (kind !== 'a regular file') add(`${SOURCES_DIR}/${file}`, 1, 'source-not-a-file', corpusMessages['source-not-a-file'](`${SOURCES_DIR}/${file}`, kind));
		else add(`${SOURCES_DIR}/${file}`, 1, 'source-unlisted', corpusMessages['source-unlisted'](file, METADATA_FILE));
	}

	const corpus = createCorpus(entries.map(({ entry }) => entry));
	for (const { meta, line, entry } of entries) {
		const unproved = unprovedDateline(entry.text, meta);
		const datelineLine = datelineLines.get(meta.id) ?? line;
		if (unproved) add(METADATA_FILE, datelineLine, 'dateline-unsupported', corpusMessages['dateline-unsupported'](meta.id, meta.dateline!, unproved), meta.id);
		for (const note of meta.qualityNotes) {
			if (note.evidence === undefined) continue;
			const resolution = resolveCitation(corpus, meta.id, note.evidence, minQuoteLength);
			if (!resolution.ok) {
				const { message, hint } = describeCitationProblem(resolution.problem);
				problems.push({ ...problemAt(METADATA_FILE, line, resolution.problem.code, `Quality note evidence of report ${meta.id}: ${message}`, hint), sourceId: meta.id });
			}
		}
	}
	return { corpus, problems, lines: metaLines, unavailable };
}

/** What the entry at `path` is (following a link); a regular file when it cannot be looked up, as before. */
function kindOfEntry(path: string): string {
	try {
		return kindOf(statSync(path));
	} catch {
		return 'a regular file';
	}
}

/** The keys allowed in a nested object of an entry (a quality note, an uncited paragraph). */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
	const field = sourceMetadataSchema.shape[path[0] as keyof typeof sourceMetadataSchema.shape];
	const inner = (field as unknown as { unwrap?: () => { element?: { shape?: object } } }).unwrap?.().element?.shape;
	return inner ? Object.keys(inner) : [];
}

function problemAt(file: string, line: number, code: string, message: string, hint: string): SiteProblem {
	return { file, line, column: 1, code, message, hint };
}
