declare module 'virtual:sourced/site' {
	import type { CorpusEntry } from './lib/corpus.ts';
	import type { SiteProblem } from './lib/problems.ts';
	import type { CitationLedger } from './lib/site-citations.ts';
	const data: { sources: CorpusEntry[]; ledger: CitationLedger; problems: SiteProblem[] };
	export default data;
}
