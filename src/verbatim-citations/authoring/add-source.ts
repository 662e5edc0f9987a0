import { decodeReport, sha256 } from '../checks/corpus-files.ts';
import { foldWhitespace } from '../engine/verbatim.ts';

export interface ExistingReport {
	id: string;
	file: string;
	sha256: string;
	text: string;
}

export type AddSourcePlan =
	| { ok: true; id: string; file: string; sha256: string; checksumLine: string; metadataStub: string }
	| { ok: false; reason: string };

/** Placeholder the build refuses, so a stub cannot be published unfilled. */
export const STUB_MARK = 'TODO';

/** The next free numeric id, zero-padded like the others: 000…004 → 005. */
export function nextId(ids: readonly string[]): string {
	const numbers = ids.filter((id) => /^\d+$/.test(id)).map(Number);
	const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
	return String(next).padStart(3, '0');
}

/**
 * Decides whether a file can join the corpus, and what to write if so. Refuses, with a reason an
 * editor can act on: an empty file, bytes that are not UTF-8, a name already used, and a report
 * already present (the same bytes, or the same words with different whitespace).
 */
export function planAddSource(
	fileName: string,
	bytes: Uint8Array,
	existing: readonly ExistingReport[],
	ids: readonly string[] = existing.map((report) => report.id),
): AddSourcePlan {
	if (!/^[^/\\]+\.txt$/.test(fileName)) {
		return { ok: false, reason: `${fileName}: reports must be plain-text files ending in .txt.` };
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
	if (same) return { ok: false, reason: `${fileName} is byte-identical to report ${same.id} (${same.file}); it is already in the corpus.` };
	const folded = foldWhitespace(text.trim()).text;
	const twin = existing.find((report) => foldWhitespace(report.text.trim()).text === folded);
	if (twin) return { ok: false, reason: `${fileName} has the same words as report ${twin.id} (${twin.file}), differing only in whitespace; it is already in the corpus.` };
	const clash = existing.find((report) => report.file === fileName);
	if (clash) return { ok: false, reason: `A different report already has the file name ${fileName} (report ${clash.id}). Rename the new file first.` };

	const id = nextId(ids);
	const metadataStub = [
		`- id: "${id}"`,
		`  file: ${fileName}`,
		`  title: "${STUB_MARK}: an editorial title (the report's subject in a few neutral words)"`,
		`  # dateline: YYYY-MM-DD   (only if the report's text states one)`,
		`  summary: "${STUB_MARK}: one line on what the report covers"`,
		`  qualityNotes: []`,
		'',
	].join('\n');
	return { ok: true, id, file: fileName, sha256: digest, checksumLine: `${digest}  ${fileName}\n`, metadataStub };
}
