import { createCorpus } from '../engine/corpus.ts';
import type { SourceMetadata } from '../schemas/source-metadata.ts';
import { frameCandidates, frameStub } from './frame-candidates.ts';
import { appendMapEntry } from './map-entry.ts';

/** Candidates listed in a new report's stub: past this, `frames` lists the rest in context. */
const LISTED = 40;

/**
 * attributions.yaml with an entry for a new report appended: `"<id>": []` (it attributes nothing
 * until the editors confirm otherwise) and, as comments beneath it, a stub for each candidate
 * frame its text suggests, to uncomment and complete. Comments, so the file is valid YAML and the
 * build passes before the editors have read a single candidate.
 */
export function attributionsStub(current: string, id: string, text: string): { ok: true; text: string; candidates: number } | { ok: false; reason: string } {
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
	const appended = appendMapEntry(current, id, entry, []);
	return appended.ok ? { ...appended, candidates: candidates.length } : appended;
}
