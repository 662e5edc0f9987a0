/**
 * Finds words in the reports and prints a ready-to-paste citation tag.
 * Usage: npm run quote -- "weak position"
 *
 * A report that does not load (a broken sources.yaml, a changed file) cannot be searched, so its
 * problems are printed first and the command exits non-zero: "no report contains" must never be
 * said of words that are there.
 */
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { formatProblems } from '../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { findQuote, formatHits } from '../packages/starlight-verbatim-citations/src/authoring/quote-finder.ts';

const phrase = process.argv.slice(2).join(' ');
if (phrase.trim() === '') {
	console.error('Usage: npm run quote -- "words to find"');
	process.exit(2);
}
const { corpus, problems } = loadCorpus(process.cwd());
if (problems.length > 0) {
	console.error(`The corpus has problems, so this search may miss words that are in the reports:\n\n${formatProblems(problems)}\n`);
}
if (corpus.sources.length === 0) {
	console.error('No report could be loaded, so nothing was searched. Fix the problems above, then search again.');
	process.exitCode = 1;
} else {
	const hits = findQuote(corpus, phrase);
	console.log(formatHits(phrase, hits));
	if (problems.length > 0) console.error(`Searched ${corpus.sources.length} reports (${corpus.sources.map((s) => s.id).join(', ')}); fix the problems above to search them all.`);
	process.exitCode = hits.length > 0 && problems.length === 0 ? 0 : 1;
}
