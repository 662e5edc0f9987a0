import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { skeleton } from '../corpus/look-alikes.ts';
import { reportContentProblem } from '../corpus/report-content.ts';
import { decodeReport, sha256 } from '../corpus/corpus-files.ts';
import { foldWhitespace } from '../engine/verbatim.ts';
import { sourceMetadataSchema } from '../schemas/source-metadata.ts';

/** A report file already in the sources folder. */
export interface ExistingReport {
	/** Its id in sources.yaml, or a placeholder such as `(unlisted x.txt)` when it has no entry. */
	id: string;
	file: string;
	sha256: string;
	text: string;
	/** Whether sources.yaml has an entry for it. A file without one is a half-finished add. */
	listed?: boolean;
}

/** What an editor may give add-source about a report (its flags), written into the stub. */
export interface ReportDetails {
	title?: string;
	dateline?: string;
	datelineSource?: { note: string; url?: string };
	summary?: string;
	outlet?: string;
	byline?: string;
	url?: string;
	retrieved?: string;
	excerpt?: boolean;
}

/** The metadata stub add-source appends to sources.yaml (a subset of the schema's fields). */
export interface MetadataStub extends ReportDetails {
	id: string;
	file: string;
	title: string;
	summary: string;
	qualityNotes: never[];
}

/** The stub with the editor's details, in the order sources.yaml lists fields; undefined ones left out. */
export function withDetails(entry: MetadataStub, details: ReportDetails): MetadataStub {
	const { title = entry.title, summary = entry.summary, dateline, datelineSource, outlet, byline, url, retrieved, excerpt } = details;
	const given = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
	return { id: entry.id, file: entry.file, title, ...given({ dateline, datelineSource }), summary, ...given({ outlet, byline, url, retrieved, excerpt }), qualityNotes: [] };
}

export type AddSourcePlan =
	| {
			ok: true;
			id: string;
			/** The name the report is stored under in the sources folder. */
			file: string;
			sha256: string;
			/** False when the file is already in the sources folder (a rerun finishing a half-done add). */
			copy: boolean;
			/** The SHA256SUMS line to append, or undefined when the file's checksum is already recorded. */
			checksumLine: string | undefined;
			entry: MetadataStub;
			/** True when this finishes an add that stopped before writing sources.yaml. */
			resumed: boolean;
	  }
	| { ok: false; reason: string };

/** Placeholder the build refuses, so a stub cannot be published unfilled. */
export const STUB_MARK = 'TODO';

/**
 * The only report file names the corpus takes: safe as a YAML scalar, a SHA256SUMS line, a URL
 * segment and a file name on every operating system.
 */
export const REPORT_FILE_NAME = /^[A-Za-z0-9._-]+\.txt$/;

/**
 * The name a new report is stored under: `<id>_<first 16 hex of its SHA-256>.txt`, like the
 * corpus's first reports. The incoming name is never used, so no name (`a: b.txt`, `[draft].txt`,
 * one with a line break) can reach sources.yaml or SHA256SUMS.
 */
export function reportFileName(id: string, digest: string): string {
	return `${id}_${digest.slice(0, 16)}.txt`;
}

/** The next free numeric id, zero-padded like the others: 000…004 → 005. */
export function nextId(ids: readonly string[]): string {
	const numbers = ids.filter((id) => /^\d+$/.test(id)).map(Number);
	const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
	return String(next).padStart(3, '0');
}

/** The id a half-added file's name gives (`005_…`), when it follows the convention and is free. */
function idFromName(file: string, digest: string, ids: readonly string[]): string | undefined {
	const match = /^(\d+)_([0-9a-f]{16})\.txt$/.exec(file);
	return match && match[2] === digest.slice(0, 16) && !ids.includes(match[1]!) ? match[1] : undefined;
}

function stub(id: string, file: string): MetadataStub {
	return {
		id,
		file,
		title: `${STUB_MARK}: an editorial title (the report's subject in a few neutral words)`,
		summary: `${STUB_MARK}: one line on what the report covers`,
		qualityNotes: [],
	};
}

/**
 * Decides whether a file can join the corpus, and what to write if so. Refuses, with a reason an
 * editor can act on: an empty file, bytes that are not UTF-8, a report already present (the same
 * bytes, or the same words with different whitespace), and a stored name another file already has
 * (compared case-folded: on macOS and Windows `A.txt` and `a.txt` are one file).
 *
 * The same bytes already on disk without a sources.yaml entry are an add that stopped half-way:
 * the plan finishes it instead of refusing it.
 *
 * `listedFiles` are the names sources.yaml and SHA256SUMS mention, `recorded` the names
 * SHA256SUMS has a line for. `requestedId` (add-source --id) replaces the next free number; it must
 * be a valid id no report has yet.
 */
export function planAddSource(
	fileName: string,
	bytes: Uint8Array,
	existing: readonly ExistingReport[],
	ids: readonly string[] = existing.map((report) => report.id),
	recorded: readonly string[] = [],
	listedFiles: readonly string[] = [],
	requestedId?: string,
): AddSourcePlan {
	if (requestedId !== undefined) {
		const refused = idProblem(requestedId, ids);
		if (refused) return { ok: false, reason: refused };
	}
	if (!/\.txt$/i.test(fileName)) {
		return { ok: false, reason: `${JSON.stringify(fileName)}: reports must be plain-text files ending in .txt.` };
	}
	const text = decodeReport(bytes);
	if (text === undefined) {
		return { ok: false, reason: `${fileName} is not valid UTF-8. Convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8); the site never guesses an encoding.` };
	}
	if (text.trim() === '') {
		return { ok: false, reason: `${fileName} is empty${bytes.byteLength > 0 ? ' (only whitespace)' : ''}: there is nothing to cite.` };
	}
	const digest = sha256(bytes);
	const same = existing.find((report) => report.sha256 === digest);
	if (same && same.listed === false) {
		if (!REPORT_FILE_NAME.test(same.file)) {
			return { ok: false, reason: `${same.file} has the same bytes but a name the corpus does not take (only letters, digits, ".", "_" and "-", ending in .txt). Delete it and run add-source again.` };
		}
		const id = requestedId ?? idFromName(same.file, digest, ids) ?? nextId(ids);
		const checksumLine = recorded.includes(same.file) ? undefined : `${digest}  ${same.file}\n`;
		return { ok: true, id, file: same.file, sha256: digest, copy: false, checksumLine, entry: stub(id, same.file), resumed: true };
	}
	if (same) return { ok: false, reason: `${fileName} is byte-identical to report ${same.id} (${same.file}); it is already in the corpus.` };
	const folded = foldWhitespace(text.trim()).text;
	const twin = existing.find((report) => foldWhitespace(report.text.trim()).text === folded);
	if (twin) return { ok: false, reason: `${fileName} has the same words as report ${twin.id} (${twin.file}), differing only in whitespace; it is already in the corpus.` };
	// A copy typed with look-alike letters (Cyrillic «е» for Latin «e») is the same words to a reader.
	const seen = skeleton(folded);
	const lookAlikeTwin = existing.find((report) => skeleton(foldWhitespace(report.text.trim()).text) === seen);
	if (lookAlikeTwin) return { ok: false, reason: `${fileName} reads the same as report ${lookAlikeTwin.id} (${lookAlikeTwin.file}): it differs only in look-alike characters from other scripts (Unicode's confusables), so it is a copy, not a new report.` };
	const content = reportContentProblem(fileName, text, bytes.byteLength, Number.POSITIVE_INFINITY);
	if (content) return { ok: false, reason: `${content.message} ${content.hint}` };

	const id = requestedId ?? nextId(ids);
	const file = reportFileName(id, digest);
	const taken = [...existing.map((report) => report.file), ...recorded, ...listedFiles].find((name) => name.toLowerCase() === file.toLowerCase());
	if (taken) {
		return { ok: false, reason: `The name ${file} is already used by ${taken} (names are compared ignoring case). Remove or list that file first (see the build's source-unlisted problem).` };
	}
	return { ok: true, id, file, sha256: digest, copy: true, checksumLine: `${digest}  ${file}\n`, entry: stub(id, file), resumed: false };
}

/** Why `id` cannot be a new report's id (not the schema's form, or taken), or undefined when it can. */
export function idProblem(id: string, ids: readonly string[]): string | undefined {
	const valid = sourceMetadataSchema.shape.id.safeParse(id);
	if (!valid.success) return `${JSON.stringify(id)} is not a valid report id: ${valid.error.issues[0]?.message ?? 'use lowercase letters, digits and hyphens'}. Pick another with --id, or leave --id out to take the next free number.`;
	if (ids.includes(id)) return `The id ${JSON.stringify(id)} is already taken by another report in sources.yaml. Pick another with --id, or leave --id out to take the next free number.`;
	return undefined;
}

/**
 * SHA256SUMS with one more line. A file whose last line has no line break gets one first, so the
 * new line never glues onto the last recorded checksum.
 */
export function appendChecksumLine(current: string | undefined, line: string): string {
	const text = current ?? '';
	return text === '' || text.endsWith('\n') ? text + line : `${text}\n${line}`;
}

/**
 * sources.yaml with one more entry. The entry is written by the yaml library with every string
 * double-quoted, so no title or file name can break the file or inject keys; the existing text is
 * kept byte for byte (rewriting it would re-wrap the editors' folded paragraphs and move comments).
 * Refuses a file that does not parse as a list, since appending to it would only add to the damage.
 * An empty flow list (`[]`, what `init` writes) is the one flow list taken: it is replaced by the
 * block list, since a block item cannot follow it.
 */
export function appendMetadataEntry(current: string, entry: MetadataStub): { ok: true; text: string } | { ok: false; reason: string } {
	const lines = new LineCounter();
	const before = parseDocument(current, { lineCounter: lines });
	const [error] = before.errors;
	if (error) {
		return { ok: false, reason: `sources.yaml is not valid YAML (line ${lines.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}). Fix it first, then run add-source again.` };
	}
	const emptyFlow = isSeq(before.contents) && before.contents.flow === true && before.contents.items.length === 0 ? before.contents.range : undefined;
	if (emptyFlow) current = current.slice(0, emptyFlow[0]) + current.slice(emptyFlow[1]).replace(/^[ \t]*\r?\n?/, '');
	const empty = emptyFlow !== undefined || before.contents === null || (isScalar(before.contents) && before.contents.value === null);
	if (!empty && !(isSeq(before.contents) && !before.contents.flow)) {
		return { ok: false, reason: 'sources.yaml must be a block list of reports ("- id: …" entries). Fix it first, then run add-source again.' };
	}
	const doc = new Document([entry]);
	const item = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
	const summaryKey = isMap(item) ? item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'summary')?.key : undefined;
	if (isScalar(summaryKey) && entry.dateline === undefined) summaryKey.commentBefore = ' dateline: YYYY-MM-DD   (a date the text states, or add datelineSource: { note, url })';
	const written = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
	const text = `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${written}`;
	// The result must read back as the old list plus exactly this entry, or nothing is written.
	const after = parseDocument(text);
	const list = after.errors.length === 0 ? (after.toJS() as unknown[] | null) : null;
	const previous = empty ? [] : (before.toJS() as unknown[]);
	if (!Array.isArray(list) || list.length !== previous.length + 1 || JSON.stringify(list.at(-1)) !== JSON.stringify(entry)) {
		return { ok: false, reason: 'Appending to sources.yaml would not give a valid list of reports; fix the file first, then run add-source again.' };
	}
	return { ok: true, text };
}
