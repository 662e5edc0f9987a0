import { createCorpus, type Corpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

/** Metadata for a synthetic report, validated by the real schema. */
export function syntheticMeta(id: string) {
	return sourceMetadataSchema.parse({
		id,
		file: `${id}_synthetic.txt`,
		title: `Synthetic report ${id}`,
		summary: 'A report made up for a unit test.',
	});
}

/** A corpus of synthetic reports, in the order given: `{ a: 'text of a', b: 'text of b' }`. */
export function syntheticCorpus(texts: Record<string, string>): Corpus {
	return createCorpus(
		Object.entries(texts).map(([id, text]) => ({
			meta: syntheticMeta(id),
			text,
			sha256: '0'.repeat(64),
			byteLength: Buffer.byteLength(text),
		})),
	);
}
