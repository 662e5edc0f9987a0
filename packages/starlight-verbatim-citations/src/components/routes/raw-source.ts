import type { APIRoute } from 'astro';
import { corpus } from '../parts/site-data.ts';

/** The raw originals, written to dist/ with the exact bytes of docs-data/sources/. */
export function getStaticPaths() {
	return corpus.sources.map((source) => ({ params: { file: source.meta.file } }));
}

const byFile = new Map(corpus.sources.map((source) => [source.meta.file, source]));

export const GET: APIRoute = ({ params }) => {
	const source = byFile.get(params.file!)!;
	// The corpus decoded the file as strict UTF-8 with its BOM kept, so encoding gives back the
	// original bytes; a test compares dist/ against docs-data/ byte for byte.
	return new Response(new TextEncoder().encode(source.text), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
