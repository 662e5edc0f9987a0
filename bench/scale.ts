/**
 * Scale benchmark: how build, citation verification and link checking grow with the corpus.
 *
 * For each N it makes a temporary copy of the site whose corpus is the five real reports plus
 * N - 5 synthetic ones of realistic length, adds M = N synthetic pages with K = 20 citations each
 * (quotes drawn from random reports, checked unique), and measures. Deterministic from the seed.
 * In the same run it builds the same generated site as plain Starlight (bench/plain-peer.ts: the
 * same pages and report texts as Markdown, citations removed, no plugin) and prints the ratio of
 * build time and peak memory with the plugin to without it, and both builds' phases side by side.
 *
 * The two builds alternate, R pairs per size (--rounds, 3 unless told; bench/paired-builds.ts says
 * why), each build cold (no dist/, no .astro/, no Vite cache). The table gives each side's medians
 * and the median of the pairs' ratios, with the smallest and largest pair.
 *
 * Usage: npm run bench:scale [-- 5 50 500 2000] [--rounds R] [--keep] [--generate-only]
 * (--keep leaves the generated sites for profiling; --generate-only makes and keeps them, no check, no build)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { resolveCitation } from '../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { corpusLayout, loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { loadAttributions } from '../packages/starlight-verbatim-citations/src/corpus/attributions-file.ts';
import { framesCovering } from '../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import { checkLinks } from '../tests/helpers/links.ts';
import { astroBin, copyProject } from '../tests/helpers/project.ts';
import { HEDGES } from '../packages/starlight-verbatim-citations/src/rules/claims/claim-stronger.ts';
import { fold } from '../packages/starlight-verbatim-citations/src/rules/claims/words.ts';
import { middleOf, ratioCell, scaleArguments, summarisePairs, type BuildFigures } from './paired-builds.ts';
import { plainPeer } from './plain-peer.ts';
import { random, syntheticReport, vocabularyOf } from './synthetic.ts';

const SEED = 20170726;
const CITATIONS_PER_PAGE = 20;
let settings: ReturnType<typeof scaleArguments>;
try {
	settings = scaleArguments(process.argv.slice(2));
} catch (error) {
	console.error(`bench:scale: ${(error as Error).message}\nUsage: npm run bench:scale [-- 5 50 500 2000] [--rounds R] [--keep] [--generate-only]`);
	process.exit(2);
}
const { sizes, rounds, keep, generateOnly } = settings;

const HEDGE_WORDS = new Set(Object.values(HEDGES).flat().map(fold));
const NEGATION = /^(?:not|never|no|nor|neither|none|nobody|nothing|cannot|\p{L}+n['’]t)$/iu;

/** A number's digits as letters, 0 → a … 9 → j: unique per number, and no number to the rules. */
const letters = (n: number) => String(n).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

function generate(root: string, reports: number, next: () => number): { citations: number } {
	const real = loadCorpus(root).corpus;
	const vocabulary = vocabularyOf(real.sources.map((s) => s.text));
	const sums: string[] = [];
	const yaml: string[] = [];
	for (let i = real.sources.length; i < reports; i++) {
		const id = String(i).padStart(3, '0');
		const file = `${id}_synthetic.txt`;
		const text = syntheticReport(next, vocabulary);
		writeFileSync(join(root, 'docs-data/sources', file), text);
		sums.push(`${sha256(Buffer.from(text))}  ${file}\n`);
		yaml.push(`- id: "${id}"\n  file: ${file}\n  title: Synthetic report ${id}\n  summary: Generated for the scale benchmark.\n`);
	}
	appendFileSync(join(root, 'docs-data/sources/SHA256SUMS'), sums.join(''));
	appendFileSync(join(root, 'docs-data/sources.yaml'), `\n${yaml.join('')}`);
	// Synthetic reports attribute nothing; each still needs its (empty) entry of attribution frames.
	appendFileSync(join(root, 'docs-data/attributions.yaml'), yaml.map((_, i) => `"${String(real.sources.length + i).padStart(3, '0')}": []\n`).join(''));

	const { corpus } = loadCorpus(root);
	// Words a report gives to someone must be cited by a sentence naming them (the attribution
	// rule); the generated claims name no one, so they quote only words in the report's own voice.
	const { frames } = loadAttributions(root, corpusLayout().dir, corpus);
	const attributed = (sourceId: string, start: number, end: number) =>
		framesCovering(frames, sourceId, start, end).some((frame) => frame.kind !== 'own-voice');
	mkdirSync(join(root, 'src/content/docs/bench'), { recursive: true });
	let citations = 0;
	for (let page = 0; page < reports; page++) {
		const lines = ['---', `title: Bench page ${page}`, '---', '', "import { Cite } from 'starlight-verbatim-citations/components';", ''];
		for (let c = 0; c < CITATIONS_PER_PAGE; c++) {
			for (let attempt = 0; attempt < 20; attempt++) {
				const source = corpus.sources[Math.floor(next() * corpus.sources.length)]!;
				const words = source.folded.text.split(' ');
				const length = 6 + Math.floor(next() * 7);
				const from = Math.floor(next() * Math.max(1, words.length - length));
				const quote = words.slice(from, from + length).join(' ');
				if (/[{}<>`]/.test(quote)) continue;
				// The generated claim ("Claim c on page p") states what it cites flatly: the cited
				// sentence must not hedge or negate, or the claim rules (rightly) refuse the claim.
				let first = from;
				while (first > 0 && !/[.!?]["”’]?$/.test(words[first - 1]!)) first--;
				let last = from + length - 1;
				while (last < words.length - 1 && !/[.!?]["”’]?$/.test(words[last]!)) last++;
				if (words.slice(first, last + 1).some((word) => HEDGE_WORDS.has(fold(word.replace(/[^\p{L}'’-]/gu, ''))) || NEGATION.test(word.replace(/[^\p{L}'’]/gu, '')))) continue;
				const resolved = resolveCitation(corpus, source.id, quote);
				if (!resolved.ok || attributed(source.id, resolved.citation.start, resolved.citation.end)) continue;
				const attribute = quote.includes('"') ? `{${JSON.stringify(quote)}}` : `"${quote}"`;
				// Numbers spelt in letters ("claim bc on page pbia" for claim 12 on page 180): a bare
				// 18xx–20xx number is a typed year to the date rule, any number a claim to check to the number rule.
				lines.push(`Claim ${letters(c)} on page p${letters(page)}<Cite source="${source.id}" quote=${attribute} />.`, '');
				citations++;
				break;
			}
		}
		writeFileSync(join(root, `src/content/docs/bench/page-${page}.mdx`), lines.join('\n'));
	}
	return { citations };
}

/** "1m 2s", "9.77s", "70ms" (Astro's and Pagefind's durations) in seconds. */
function seconds(text: string): number {
	let total = 0;
	for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|m|s)\b/g)) total += Number(n) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
	return total;
}

/**
 * Where the build's time went, from Astro's own log: collecting build info (Astro counts it from
 * the start of the build, so it holds the config's setup, with the plugin's citation check in
 * astro:config:setup, and the content sync of every page), bundling (Vite, both environments),
 * rendering every route, and Pagefind's index; the rest is process start-up and the post-build hooks.
 */
function phases(log: string, total: number): { collect: number; bundle: number; render: number; pagefind: number; rest: number } {
	const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const first = (pattern: RegExp) => seconds(lines.find((line) => pattern.test(line))?.match(pattern)?.[1] ?? '');
	const collect = first(/\[build\] ✓ Completed in (.+)\.$/);
	const bundle = lines.filter((line) => /\[vite\] ✓ built in/.test(line)).reduce((n, line) => n + seconds(line.split('built in')[1]!), 0);
	const render = first(/^(?:[\d:]+ )?✓ Completed in (.+)\.$/);
	const pagefind = first(/Finished building search index in (.+)\.$/);
	return { collect, bundle, render, pagefind, rest: Math.max(0, total - collect - bundle - render - pagefind) };
}

/** `node <args>` in `cwd` under /usr/bin/time: its output, wall seconds and peak resident MiB (time's last line of stderr). */
function timedNode(what: string, cwd: string, args: string[]): { stdout: string; seconds: number; peakMiB: number } {
	const started = performance.now();
	const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`${what} failed in ${cwd}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	return { stdout: run.stdout, seconds, peakMiB: Number(run.stderr.trim().split('\n').at(-1)) / 1024 };
}

interface TimedBuild extends BuildFigures {
	phase: ReturnType<typeof phases>;
	/** The 1-minute load average before and after the build: how busy the machine was. */
	load: string;
}

/** A cold `astro build` in `root` (its output and Astro's and Vite's caches removed first): wall seconds, peak resident MiB, the phases from Astro's log. */
function timedBuild(root: string, n: number): TimedBuild {
	for (const folder of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro']) rmSync(join(root, folder), { recursive: true, force: true });
	const before = loadavg()[0]!;
	const { stdout, seconds, peakMiB } = timedNode(`the build at N=${n}`, root, [astroBin, 'build']);
	return { seconds, peakMiB, phase: phases(stdout, seconds), load: `${before.toFixed(1)}–${loadavg()[0]!.toFixed(1)}` };
}

/** The citation check alone, in its own process (bench/verify-site.ts): seconds of the check itself, the process's peak resident MiB. */
function timedCheck(root: string, n: number): { seconds: number; peakMiB: number } {
	const { stdout, peakMiB } = timedNode(`the check at N=${n}`, root, [join(import.meta.dirname, 'verify-site.ts'), root]);
	const line = stdout.trim().split('\n').at(-1) ?? '';
	if (!line.startsWith('{')) throw new Error(`bench/verify-site.ts printed no result line for the site in ${root} at N=${n}; its output ends:\n${stdout.slice(-3000)}`);
	const result = JSON.parse(line) as { seconds: number; problems: number; summary: string; first?: string };
	if (result.problems > 0) throw new Error(`The generated site in ${root} has ${result.summary} The first:\n${result.first}`);
	return { seconds: result.seconds, peakMiB };
}

const phaseCells = (phase: ReturnType<typeof phases>) => [phase.collect, phase.bundle, phase.render, phase.pagefind, phase.rest].map((t) => t.toFixed(1)).join(' | ');

const rows: string[] = [];
const peerRows: string[] = [];
for (const n of sizes) {
	const project = copyProject();
	try {
		const { citations } = generate(project.root, n, random(SEED + n));
		if (generateOnly) {
			console.log(`N=${n}: ${citations} citations`);
			continue;
		}
		const { seconds: verifySeconds, peakMiB: verifyMiB } = timedCheck(project.root, n);
		// The peer: the same generated site as plain Starlight, built in turn with the plugin's.
		const peer = plainPeer(project.root);
		try {
			const builds: { plugin: TimedBuild; plain: TimedBuild }[] = [];
			let linkSeconds = 0;
			let broken = 0;
			for (let round = 1; round <= rounds; round++) {
				const plugin = timedBuild(project.root, n);
				if (round === 1) {
					const started = performance.now();
					const links = await checkLinks(join(project.root, 'dist'));
					linkSeconds = (performance.now() - started) / 1000;
					broken = links.broken.length;
					for (const line of links.broken.slice(0, 5)) console.log(`  broken: ${line}`);
				}
				const plain = timedBuild(peer.root, n);
				builds.push({ plugin, plain });
				console.log(`  N=${n}, pair ${round} of ${rounds}: plugin ${plugin.seconds.toFixed(1)} s, ${plugin.peakMiB.toFixed(0)} MiB (load ${plugin.load}); plain ${plain.seconds.toFixed(1)} s, ${plain.peakMiB.toFixed(0)} MiB (load ${plain.load})`);
			}
			const pages = readFileSync(join(project.root, 'dist/sitemap-0.xml'), 'utf8').split('<loc>').length - 1;
			const peerPages = readFileSync(join(peer.root, 'dist/sitemap-0.xml'), 'utf8').split('<loc>').length - 1;
			const summary = summarisePairs(builds);
			// Each side's build of middle time stands for it in the table of phases.
			const plugin = middleOf(builds.map((pair) => pair.plugin), (build) => build.seconds);
			const plain = middleOf(builds.map((pair) => pair.plain), (build) => build.seconds);
			const buildSeconds = summary.plugin.seconds;
			const load = builds.map((pair) => pair.plugin.load).join(', ');
			rows.push(
				`| ${n} | ${pages} | ${citations} | ${verifySeconds.toFixed(2)} | ${verifyMiB.toFixed(0)} | ${buildSeconds.toFixed(1)} | ${phaseCells(plugin.phase)} | ${((plugin.phase.render / pages) * 1000).toFixed(1)} | ${linkSeconds.toFixed(1)} | ${((linkSeconds / pages) * 1000).toFixed(1)} | ${(linkSeconds / buildSeconds).toFixed(2)} | ${broken} | ${summary.plugin.peakMiB.toFixed(0)} | ${summary.plain.seconds.toFixed(1)} | ${summary.plain.peakMiB.toFixed(0)} | ${ratioCell(summary.time, summary.pairs)} | ${ratioCell(summary.memory, summary.pairs)} | ${summary.pairs} | ${load} |`,
			);
			peerRows.push(
				`| ${n} | plugin | ${pages} | ${plugin.seconds.toFixed(1)} | ${phaseCells(plugin.phase)} | ${plugin.peakMiB.toFixed(0)} | ${plugin.load} |\n| ${n} | plain Starlight | ${peerPages} | ${plain.seconds.toFixed(1)} | ${phaseCells(plain.phase)} | ${plain.peakMiB.toFixed(0)} | ${plain.load} |`,
			);
			console.log(rows.at(-1));
			// Printed as each size finishes, so a run stopped at the largest size still has the others'.
			console.log(peerRows.at(-1));
		} finally {
			if (keep) console.log(`  kept: ${peer.root}`);
			else peer.remove();
		}
	} finally {
		if (keep) console.log(`  kept: ${project.root}`);
		else project.remove();
	}
}
console.log(`
| reports (N) | pages built | citations (M×K) | verify s | verify peak MiB | build s | collect s | bundle s | render s | pagefind s | other s | render ms/page | link check s | link check ms/page | link check / build | broken links | peak build MiB | plain build s | plain peak MiB | time ×plain | memory ×plain | pairs | load during the plugin's builds |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Build times, peaks and ratios are medians of the pairs (the ratio pair by pair; in brackets the smallest and largest pair); the phases are those of each side's median build.

Where the difference goes (each side's median build, by its phases; "collect" holds the config's setup, with the citation check, and the content sync; "other" holds start-up and post-build hooks):

| reports (N) | site | pages built | build s | collect s | bundle s | render s | pagefind s | other s | peak MiB | load |
|---|---|---|---|---|---|---|---|---|---|---|
${peerRows.join('\n')}`);
