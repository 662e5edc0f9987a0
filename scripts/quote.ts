/**
 * Finds words in the reports and prints a ready-to-paste citation tag.
 * Usage: npm run quote -- "weak position"
 */
import { loadCorpus } from '../src/verbatim-citations/checks/corpus-files.ts';
import { findQuote, formatHits } from '../src/verbatim-citations/authoring/quote-finder.ts';

const phrase = process.argv.slice(2).join(' ');
if (phrase.trim() === '') {
	console.error('Usage: npm run quote -- "words to find"');
	process.exit(2);
}
const { corpus } = loadCorpus(process.cwd());
const hits = findQuote(corpus, phrase);
console.log(formatHits(phrase, hits));
process.exitCode = hits.length > 0 ? 0 : 1;
