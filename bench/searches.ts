/**
 * Bounded searches: how long a failing quote takes to fail (with its closest passage) and how long
 * the quote finder takes, for quotes of growing length, against a 10 MB synthetic report and
 * against the real corpus. Each quote is a stretch of a report with one letter swapped, so it is
 * not found and the search must point back at that stretch.
 *
 * Usage: npm run bench:searches
 */
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findQuote } from '../packages/starlight-verbatim-citations/src/authoring/quote-finder.ts';
import { createCorpus, type Corpus } from '../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { random, syntheticReport, vocabularyOf } from './synthetic.ts';

const real = loadCorpus(process.cwd()).corpus;
const next = random(20170726);
const vocabulary = vocabularyOf(real.sources.map((s) => s.text));
// Paragraphs of about 60,000 characters (a quote never crosses a paragraph break, and the passage
// the search suggests may not either).
const paragraphs: string[] = [];
for (let length = 0; length < 10_000_000; length += paragraphs.at(-1)!.length + 2) {
	paragraphs.push(syntheticReport(next, vocabulary, 200).replace(/\n\n/g, ' '));
}
const big = paragraphs.join('\n\n');
const large: Corpus = createCorpus([{ meta: { ...real.sources[0]!.meta, id: 'big', file: 'big.txt' }, text: big, sha256: '', byteLength: big.length }]);

/** `length` characters of `text` from `at` (to a word end), with one letter swapped in the middle. */
function mistyped(text: string, at: number, length: number): { quote: string; original: string } {
	const start = text.indexOf(' ', at) + 1;
	const original = text.slice(start, text.lastIndexOf(' ', start + length)).replace(/\s+/g, ' ');
	const middle = original.indexOf(' ', original.length / 2) + 2;
	return { quote: original.slice(0, middle) + original[middle + 1] + original[middle] + original.slice(middle + 2), original };
}

const rows: string[] = [];
/** The finder offers only passages within 35% edits of the phrase. */
const hits = (n: number) => (n === 0 ? 'none within 35%' : `${n} close hit${n === 1 ? '' : 's'}`);
function time(search: string, against: string, quote: string, run: () => string): void {
	const started = performance.now();
	const cpu = process.cpuUsage();
	const result = run();
	const seconds = (performance.now() - started) / 1000;
	// CPU time as well as wall time: on a shared machine the wall clock also counts the waits for a core.
	const { user, system } = process.cpuUsage(cpu);
	rows.push(`| ${search} | ${against} | ${quote.length.toLocaleString('en')} | ${seconds.toFixed(2)} | ${((user + system) / 1e6).toFixed(2)} | ${result} |`);
	console.log(rows.at(-1));
}

for (const length of [472, 1050, 5000]) {
	const { quote, original } = mistyped(big, 4_000_000, length);
	time('failing citation (build)', '10 MB report', quote, () => {
		const result = resolveCitation(large, 'big', quote);
		if (result.ok || result.problem.code !== 'quote-not-found') return 'unexpected: found';
		const closest = result.problem.closest?.text.replace(/\s+/g, ' ');
		return closest === original ? 'closest passage is the intended one' : `closest passage differs: ${closest?.slice(0, 60)}…`;
	});
}
for (const length of [472, 1050, 5000]) {
	const { quote } = mistyped(big, 6_000_000, length);
	time('quote finder', '10 MB report', quote, () => hits(findQuote(large, quote).length));
}
const joined = real.sources.map((s) => s.text).join('\n\n');
for (const length of [472, 1050, 5000]) {
	const { quote } = mistyped(joined, 0, Math.min(length, joined.length - 2));
	time('quote finder', `real corpus (${real.sources.length} reports)`, quote, () => hits(findQuote(real, quote).length));
}
console.log(`
| search | against | quote characters | wall s | CPU s | result |
|---|---|---|---|---|---|
${rows.join('\n')}`);
