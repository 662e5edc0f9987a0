/**
 * Run time of the shared-passage finder on the real corpus and on a 100× synthetic corpus (500
 * reports: the five real ones and 99 reworded copies of each, one word in ten replaced).
 * Usage: npm run bench:shared
 */
import { createCorpus } from '../src/verbatim-citations/engine/corpus.ts';
import { loadCorpus } from '../src/verbatim-citations/checks/corpus-files.ts';
import { findSharedPassages } from '../src/verbatim-citations/analysis/shared-passages.ts';

const { corpus } = loadCorpus(process.cwd());
let seed = 42;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

function time(label: string, run: () => { length: number }): void {
	const started = performance.now();
	const found = run();
	console.log(`${label}: ${found.length} shared passages in ${(performance.now() - started).toFixed(0)} ms`);
}

time(`real corpus (${corpus.sources.length} reports)`, () => findSharedPassages(corpus));
const copies = corpus.sources.flatMap((source) =>
	Array.from({ length: 100 }, (_, i) => ({
		meta: { ...source.meta, id: `${source.id}-${i}` },
		text: i === 0 ? source.text : source.text.split(' ').map((w) => (next() < 0.1 ? 'replaced' : w)).join(' '),
		sha256: '',
		byteLength: 0,
	})),
);
time(`100× synthetic corpus (${copies.length} reports)`, () => findSharedPassages(createCorpus(copies)));
