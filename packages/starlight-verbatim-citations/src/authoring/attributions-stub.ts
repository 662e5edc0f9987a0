import { isMap, parseDocument } from 'yaml';
import { createCorpus } from '../engine/corpus.ts';
import type { SourceMetadata } from '../schemas/source-metadata.ts';
import { frameCandidates, frameStub } from './frame-candidates.ts';

/** Candidates listed in a new report's stub: past this, `frames` lists the rest in context. */
const LISTED = 40;

/**
 * attributions.yaml with an entry for a new report appended: `"<id>": []` (it attributes nothing
 * until the editors confirm otherwise) and, as comments beneath it, a stub for each candidate
 * frame its text suggests, to uncomment and complete. Comments, so the file is valid YAML and the
 * build passes before the editors have read a single candidate.
 */
export function attributionsStub(current: string, id: string, text: string): { ok: true; text: string; candidates: number } | { ok: false; reason: string } {
	let before = parseDocument(current);
	if (before.errors.length > 0) return { ok: false, reason: 'it is not valid YAML; fix it, then add the entry by hand' };
	// The `{}` init writes (no report yet) gives way to the block map the entries are written in.
	if (isMap(before.contents) && before.contents.flow && before.contents.items.length === 0 && before.contents.range) {
		const [from, to] = before.contents.range;
		current = current.slice(0, from) + current.slice(to).replace(/^[ \t]*\r?\n?/, '');
		before = parseDocument(current);
	}
	if (before.contents !== null && !isMap(before.contents)) return { ok: false, reason: 'it is not a map of report ids' };
	if (isMap(before.contents) && before.contents.has(id)) return { ok: false, reason: `it already has an entry for "${id}"` };
	const meta = { id, file: `${id}.txt`, title: id, summary: id, qualityNotes: [], uncitedParagraphs: [] } as SourceMetadata;
	const source = createCorpus([{ meta, text, sha256: '', byteLength: 0 }]).sources[0]!;
	const candidates = frameCandidates(source, []);
	const comments = candidates.slice(0, LISTED).map((candidate) => frameStub(candidate).replace(/^ {2}/gm, '').replace(/^/gm, '  # '));
	const more = candidates.length > LISTED ? [`  # … and ${candidates.length - LISTED} more: npx verbatim-citations frames ${id}`] : [];
	const intro =
		candidates.length === 0
			? [`  # No attributing words found (said, told, according to, …): it speaks in its own voice.`]
			: [`  # ${candidates.length} candidate frames from the text. For each that gives words to someone, uncomment`, '  # it under the id (replacing []), extend "frame" and cut "governs" to the report\'s words.'];
	const entry = [`${JSON.stringify(id)}: []`, ...intro, ...comments.flatMap((c) => [c, '  #']), ...more].join('\n');
	const written = `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${current.trim() === '' ? '' : '\n'}${entry}\n`;
	const after = parseDocument(written);
	const read = after.errors.length === 0 ? (after.toJS() as Record<string, unknown> | null) : null;
	const previous = (before.toJS() as Record<string, unknown> | null) ?? {};
	if (!read || JSON.stringify(read[id]) !== '[]' || Object.keys(read).length !== Object.keys(previous).length + 1) {
		return { ok: false, reason: 'appending to it would not give valid YAML' };
	}
	return { ok: true, text: written, candidates: candidates.length };
}
