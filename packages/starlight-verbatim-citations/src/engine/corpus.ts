import type { SourceMetadata } from '../schemas/source-metadata.ts';
import { splitParagraphs, type Paragraph } from './paragraphs.ts';
import { foldWhitespace, type FoldedText } from './verbatim.ts';

/** A report, parsed once per build: its exact text, paragraphs and whitespace-folded form. */
export interface Source {
	id: string;
	meta: SourceMetadata;
	/** The report exactly as in its file, decoded as UTF-8. */
	text: string;
	/** SHA-256 of the file's bytes, hex. */
	sha256: string;
	byteLength: number;
	paragraphs: Paragraph[];
	folded: FoldedText;
}

export interface Corpus {
	sources: Source[];
	byId: ReadonlyMap<string, Source>;
}

export interface CorpusEntry {
	meta: SourceMetadata;
	text: string;
	sha256: string;
	byteLength: number;
}

/**
 * Builds the in-memory corpus. Each report is split here, once, and folded the first time it is
 * searched, once: the check searches every report, but the pages of a site only the few with a
 * <ReportDate>, and a folded copy of every report (its text and an offset per character) was
 * 42 MB at 2,000 reports kept for nothing through the whole render.
 */
export function createCorpus(entries: readonly CorpusEntry[]): Corpus {
	const sources = entries.map(({ meta, text, sha256, byteLength }): Source => {
		let folded: FoldedText | undefined;
		return {
			id: meta.id,
			meta,
			text,
			sha256,
			byteLength,
			paragraphs: splitParagraphs(text),
			get folded() {
				folded ??= foldWhitespace(text);
				return folded;
			},
		};
	});
	return { sources, byId: new Map(sources.map((source) => [source.id, source])) };
}
