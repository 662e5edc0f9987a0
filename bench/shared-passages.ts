/**
 * Time and memory of the shared-passage finder on the five reports and on synthetic corpora of
 * 500 and 2,000 reports (or the sizes given). A synthetic report is twenty sentences of words
 * drawn from the real reports (so function words and stock phrases are as common as there), and
 * about one sentence in seven is a reworded copy (0 to 4 random edits) of a sentence of an earlier
 * report. Each size runs in its own Node process, so peak memory is that size's own. Tier two
 * (reworded sentences, reworded-sentences.ts) then runs on the same corpus, timed apart: "both
 * tiers" is what the site's check runs.
 * Usage: npm run bench:shared [-- 5 500 2000]
 */
import { execFileSync } from 'node:child_process';
import { createCorpus, type CorpusEntry } from '../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findSharedPassages } from '../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { findRewordedPassages } from '../packages/starlight-verbatim-citations/src/lineage/reworded/reworded-sentences.ts';
import { editWords, seeded } from '../tests/helpers/synthetic-edits.ts';

const STOCK = ['Attorney General Jeff Sessions', 'the 2016 presidential election', 'White House press secretary Sean Spicer', 'The New York Times reports'];

interface Planted {
	report: number;
	start: number;
	end: number;
	from: number;
}

/** The five reports, then `n - 5` synthetic ones, with the copies planted in them. */
function syntheticCorpus(n: number): { entries: CorpusEntry[]; planted: Planted[] } {
	const { corpus } = loadCorpus(process.cwd());
	const real = corpus.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength }));
	const random = seeded(n);
	const stream = corpus.sources.flatMap((s) => s.text.split(/\s+/)).filter((w) => /^[A-Za-z]+[,.]?$/.test(w));
	const sentencesOf: string[][] = real.map((r) => r.text.split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 12));
	const entries: CorpusEntry[] = [...real];
	const planted: Planted[] = [];
	for (let r = real.length; r < n; r++) {
		const sentences: string[] = [];
		let text = '';
		for (let s = 0; s < 20; s++) {
			let sentence: string;
			if (random() < 0.15) {
				const from = Math.floor(random() * r);
				const pool = sentencesOf[from]!;
				const original = pool[Math.floor(random() * pool.length)]!;
				sentence = editWords(original.split(' '), Math.floor(random() * 5), stream, random).words.join(' ');
				planted.push({ report: r, start: text.length, end: text.length + sentence.length, from });
			} else {
				const words = Array.from({ length: 15 + Math.floor(random() * 16) }, () => stream[Math.floor(random() * stream.length)]!.replace(/[,.]$/, ''));
				if (random() < 0.5) words.splice(Math.floor(random() * words.length), 0, STOCK[Math.floor(random() * STOCK.length)]!);
				sentence = `${words.join(' ')}.`;
			}
			sentences.push(sentence);
			text += `${sentence}${s % 4 === 3 ? '\n\n' : ' '}`;
		}
		sentencesOf.push(sentences.filter((s) => s.split(' ').length >= 12));
		const id = `s${String(r).padStart(5, '0')}`;
		entries.push({ meta: { ...real[0]!.meta, id, file: `${id}.txt`, dateline: undefined }, text, sha256: '', byteLength: text.length });
	}
	return { entries, planted };
}

function measure(n: number): void {
	const { entries, planted } = syntheticCorpus(n);
	const corpus = createCorpus(entries);
	const words = corpus.sources.reduce((sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length, 0);
	const before = process.memoryUsage().rss;
	const started = performance.now();
	const cpu = process.cpuUsage();
	const found = findSharedPassages(corpus);
	const ms = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	const cpuMs = (user + system) / 1000;
	// Tier two, after the exact tier, as findLineagePassages runs them.
	const started2 = performance.now();
	const cpu2 = process.cpuUsage();
	const reworded = findRewordedPassages(corpus, found);
	const ms2 = performance.now() - started2;
	const usage2 = process.cpuUsage(cpu2);
	const cpuMs2 = (usage2.user + usage2.system) / 1000;
	const ids = corpus.sources.map((s) => s.id);
	const foundPlanted = planted.filter((p) =>
		found.some((f) => {
			const [here, there] = f.a.sourceId === ids[p.report] ? [f.a, f.b] : f.b.sourceId === ids[p.report] ? [f.b, f.a] : [undefined, undefined];
			return here && there && there.sourceId === ids[p.from] && here.start < p.end && p.start < here.end;
		}),
	).length;
	const peak = process.resourceUsage().maxRSS * 1024;
	console.log(
		JSON.stringify({ reports: n, words, passages: found.length, reworded: reworded.length, planted: planted.length, plantedFound: foundPlanted, ms: Math.round(ms), cpuMs: Math.round(cpuMs), cpuMsPerThousandWords: +(cpuMs / (words / 1000)).toFixed(2), ms2: Math.round(ms2), cpuMs2: Math.round(cpuMs2), cpuMs2PerThousandWords: +(cpuMs2 / (words / 1000)).toFixed(2), peakMiB: Math.round(peak / 2 ** 20), deltaMiB: Math.round((peak - before) / 2 ** 20) }),
	);
}

const only = process.env.BENCH_SHARED_SIZE;
if (only) measure(Number(only));
else {
	const sizes = process.argv.slice(2).map(Number);
	const rows = (sizes.length > 0 ? sizes : [5, 500, 2000]).map((n) => JSON.parse(execFileSync(process.execPath, [import.meta.filename], { env: { ...process.env, BENCH_SHARED_SIZE: String(n) }, encoding: 'utf8' })));
	console.log('| reports | words | shared passages | planted copies found | wall ms | CPU ms | CPU ms per 1,000 words | tier two: reworded passages | wall ms | CPU ms | CPU ms per 1,000 words | peak RSS MiB |');
	console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
	for (const r of rows) console.log(`| ${r.reports} | ${r.words.toLocaleString('en-US')} | ${r.passages.toLocaleString('en-US')} | ${r.planted ? `${r.plantedFound} / ${r.planted}` : 'n/a'} | ${r.ms.toLocaleString('en-US')} | ${r.cpuMs.toLocaleString('en-US')} | ${r.cpuMsPerThousandWords} | ${r.reworded.toLocaleString('en-US')} | ${r.ms2.toLocaleString('en-US')} | ${r.cpuMs2.toLocaleString('en-US')} | ${r.cpuMs2PerThousandWords} | ${r.peakMiB} |`);
}
