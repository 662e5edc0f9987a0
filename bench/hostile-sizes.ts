/**
 * Issue 22, item 7: how long the check takes on two hostile report shapes, at growing sizes, so
 * anything growing faster than the input shows: a report of many tiny paragraphs ("Word 1.\n\n"
 * × n, up to 100,000) and a report that is one long line (up to 900 KB). Each stage is timed on
 * the five real reports plus the hostile one: reading the text (reportContentProblem), building
 * the corpus (paragraphs, folding), the shared-passage finder, resolving a quote near the end,
 * and the quote finder; then the whole check with coverage (checkSite, as `npm run coverage` runs it) of a copy of the project with the
 * report added. With --build, also the whole build of that copy (verbatim-citations build): its
 * wall time and the size of the report's page. Prints a table; not a test (timings depend on the
 * machine).
 * Usage: node bench/hostile-sizes.ts [--quick] [--build]
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuote } from '../packages/starlight-verbatim-citations/src/authoring/quote-finder.ts';
import { checkSite } from '../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { reportContentProblem } from '../packages/starlight-verbatim-citations/src/corpus/report-content.ts';
import { createCorpus } from '../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { findSharedPassages } from '../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { ruleOf } from '../packages/starlight-verbatim-citations/src/rules/registry.ts';
import { SITE_OPTIONS } from '../tests/helpers/site-options.ts';
import { buildSite } from '../tests/helpers/project.ts';
import { statSync } from 'node:fs';

const quick = process.argv.includes('--quick');
const withBuild = process.argv.includes('--build');
const root = process.cwd();

/** "Word 1.\n\nWord 2.\n\n…": n paragraphs of two words. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `P${(i + 1).toString(36)}.`).join('\n\n') + '\n';
/** One line of `bytes` bytes: words of prose, no line break but the last. */
function oneLine(bytes: number): string {
	const words = 'the attorney general said that the president had been critical of his decision to recuse himself from the inquiry'.split(' ');
	let text = '';
	for (let i = 0; text.length < bytes - 16; i++) text += `${words[i % words.length]}${i % 23 === 22 ? '. ' : ' '}`;
	return `${text}final words here.\n`;
}

const seconds = (started: number) => (performance.now() - started) / 1000;
function time<T>(run: () => T): [T, number] {
	const started = performance.now();
	const value = run();
	return [value, seconds(started)];
}

const { corpus: real } = loadCorpus(root);
const entries = real.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength }));
const meta = { ...entries[0]!.meta, id: '900', file: '900_hostile.txt', title: 'Hostile', summary: 'A hostile report.' };

/** The whole check on a copy of the project (sources, metadata, pages) with the report added; with --build, the build too. */
function wholeCheck(text: string): [number, string] {
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const copy = mkdtempSync(join(root, '.tmp', 'bench-'));
	try {
		for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'docs-data', 'scripts']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
		writeFileSync(join(copy, 'docs-data/sources/900_hostile.txt'), text);
		appendFileSync(join(copy, 'docs-data/sources/SHA256SUMS'), `${createHash('sha256').update(text).digest('hex')}  900_hostile.txt\n`);
		appendFileSync(join(copy, 'docs-data/sources.yaml'), '- id: "900"\n  file: 900_hostile.txt\n  title: Hostile\n  summary: A hostile report.\n');
		appendFileSync(join(copy, 'docs-data/attributions.yaml'), '"900": []\n');
		const [check, s] = time(() => checkSite(copy, { ...SITE_OPTIONS, maxReportBytes: 4 * 1024 * 1024 }, { coverage: true }));
		const mine = [...check.problems, ...check.warnings].filter((p) => p.file.includes('900') || p.sourceId === '900');
		// Coverage problems (the report's sentences are cited nowhere) are expected; anything else is said.
		const other = mine.filter((p) => ruleOf(p.code)?.phase !== 'coverage');
		if (other.length > 0) console.error(`  (the check reported: ${[...new Set(other.map((p) => p.code))].join(', ')})`);
		if (!withBuild) return [s, ''];
		const out = join(copy, 'dist');
		const build = buildSite(copy, {}, out);
		if (build.status !== 0) return [s, `build failed (${build.status})`];
		return [s, `${build.seconds.toFixed(1)} s, page ${(statSync(join(out, 'sources/900/index.html')).size / 1e6).toFixed(1)} MB`];
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

const cases: [string, number[], (n: number) => string, (n: number) => string][] = [
	['tiny paragraphs', quick ? [10_000, 25_000] : [10_000, 25_000, 50_000, 100_000], paragraphs, (n) => `P${n.toString(36)}.`],
	['one long line (bytes)', quick ? [100_000, 300_000] : [100_000, 300_000, 600_000, 900_000], oneLine, () => 'final words here.'],
];

console.log(`case | size | read | corpus | shared passages | resolve | quote finder | whole check (s)${withBuild ? ' | build' : ''}`);
for (const [name, sizes, make, quote] of cases) {
	for (const size of sizes) {
		const text = make(size);
		const [, read] = time(() => reportContentProblem('900_hostile.txt', text, Buffer.byteLength(text), 4 * 1024 * 1024));
		const [corpus, build] = time(() => createCorpus([...entries, { meta, text, sha256: '0'.repeat(64), byteLength: Buffer.byteLength(text) }]));
		const [, shared] = time(() => findSharedPassages(corpus));
		const [resolved, resolve] = time(() => resolveCitation(corpus, '900', quote(size), 2));
		if (!resolved.ok) console.error(`  (the quote was not resolved: ${resolved.problem.code})`);
		const [, finder] = time(() => findQuote(corpus, quote(size)));
		const [whole, built] = wholeCheck(text);
		console.log([name, size.toLocaleString('en'), read, build, shared, resolve, finder, whole, ...(withBuild ? [built] : [])].map((v) => (typeof v === 'number' ? v.toFixed(2) : v)).join(' | '));
	}
}
