/**
 * The gold set for tier two of the lineage, scored like PAN's text-alignment task (Potthast et al.):
 * precision, recall, granularity and plagdet = F1 / log2(1 + granularity), per obfuscation type
 * and strength, plus the hard negatives.
 *
 * Positives: each sentence of eight or more content words of the real reports (docs-data/sources)
 * is obfuscated (bench/paraphrase-obfuscations.ts, seeded) and planted alone as a sixth report
 * beside the five; both tiers run on the six, and tier two alone too (its own columns). A
 * detection is a passage with a side in the planted report; it is right when its other side
 * overlaps the original sentence (or a sentence the five reports already share with it).
 * Precision counts every detection in the planted report, right or not.
 *
 * Hard negatives: every pair of sentences of two reports that share no passage at all (the exact
 * tier joins nothing between them: independent reports) and share at least four content words —
 * two reports telling the same event in their own words. A negative is a false alarm when tier
 * two joins the two sentences. Usage: npm run bench:paraphrase [-- --trials 40] [--list]
 */
import { createCorpus, type CorpusEntry } from '../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findLineagePassages } from '../packages/starlight-verbatim-citations/src/lineage/reworded/both-tiers.ts';
import { findRewordedPassages } from '../packages/starlight-verbatim-citations/src/lineage/reworded/reworded-sentences.ts';
import { contentWords } from '../packages/starlight-verbatim-citations/src/lineage/reworded/content-words.ts';
import { sentenceBounds } from '../packages/starlight-verbatim-citations/src/lineage/sentences.ts';
import type { SharedPassage } from '../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { OBFUSCATIONS, obfuscate, seeded } from './paraphrase-obfuscations.ts';

const args = process.argv.slice(2);
const TRIALS = Number(args[args.indexOf('--trials') + 1] || 40) || 40;
const LIST = args.includes('--list');
const STRENGTHS = [1, 2, 3];
const PLANTED = '999';

const { corpus } = loadCorpus(process.cwd());
const entries: CorpusEntry[] = corpus.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength }));
const baseline = findLineagePassages(corpus);

interface Range {
	sourceId: string;
	start: number;
	end: number;
}
const overlaps = (x: Range, y: Range) => x.sourceId === y.sourceId && x.start < y.end && y.start < x.end;
const sentences = corpus.sources.flatMap((source) => {
	const bounds = sentenceBounds(source.text);
	return bounds.map((b, k) => ({ sourceId: source.id, start: b.start, end: b.end, text: source.text.slice(b.start, b.end), next: bounds[k + 1] }));
});
// Tier two compares sentences of eight or more content words (shorter ones are too few words to tell a copy from a coincidence).
const long = sentences.filter((s) => contentWords(corpus.byId.get(s.sourceId)!.text, s.start, s.end).length >= 8);

/** The original and every range the five reports already share with it: a copy of either is a right find. */
function originOf(ranges: Range[]): Range[] {
	const twins = baseline.flatMap((p) => (ranges.some((r) => overlaps(r, p.a)) ? [p.b] : ranges.some((r) => overlaps(r, p.b)) ? [p.a] : []));
	return [...ranges, ...twins];
}

interface Row {
	kind: string;
	strength: number;
	cases: number;
	found: number;
	right: number;
	detections: number;
	byTier: { exact: number; reworded: number };
	/** Tier two run alone (without the exact tier): cases it finds, its right detections, all its detections. */
	alone: { found: number; right: number; detections: number };
}

function run(kind: (typeof OBFUSCATIONS)[number], strength: number): Row {
	const random = seeded(1000 * (OBFUSCATIONS.indexOf(kind) + 1) + strength);
	const pool = [...long].sort(() => random() - 0.5);
	const row: Row = { kind, strength, cases: 0, found: 0, right: 0, detections: 0, byTier: { exact: 0, reworded: 0 }, alone: { found: 0, right: 0, detections: 0 } };
	for (const sentence of pool) {
		if (row.cases >= TRIALS) break;
		const source = corpus.byId.get(sentence.sourceId)!;
		const next = sentence.next && source.text.slice(sentence.next.start, sentence.next.end);
		const copy = obfuscate(kind, strength, sentence.text, next, random);
		if (!copy || copy === sentence.text) continue;
		row.cases++;
		const planted = createCorpus([...entries, { meta: { ...entries[0]!.meta, id: PLANTED, file: `${PLANTED}.txt`, dateline: undefined }, text: copy, sha256: '', byteLength: copy.length }]);
		const detections = findLineagePassages(planted).filter((p) => p.a.sourceId === PLANTED || p.b.sourceId === PLANTED);
		const origin = originOf(kind === 'merge' && sentence.next ? [sentence, { sourceId: sentence.sourceId, ...sentence.next }] : [sentence]);
		const other = (p: SharedPassage) => (p.a.sourceId === PLANTED ? p.b : p.a);
		const right = detections.filter((p) => origin.some((r) => overlaps(r, other(p))));
		row.detections += detections.length;
		row.right += right.length;
		if (right.length > 0) {
			row.found++;
			row.byTier[right.some((p) => (p.tier ?? 'exact') === 'exact') ? 'exact' : 'reworded']++;
		}
		const alone = findRewordedPassages(planted).filter((p) => p.a.sourceId === PLANTED || p.b.sourceId === PLANTED);
		const aloneRight = alone.filter((p) => origin.some((r) => overlaps(r, other(p))));
		row.alone.detections += alone.length;
		row.alone.right += aloneRight.length;
		if (aloneRight.length > 0) row.alone.found++;
		if (LIST && right.length === 0) console.error(`missed ${kind} ${strength}: ${JSON.stringify(sentence.text)}\n    → ${JSON.stringify(copy)}`);
		if (LIST && detections.length > right.length) console.error(`wrong ${kind} ${strength}: ${JSON.stringify(copy)} ~ ${detections.filter((p) => !right.includes(p)).map((p) => JSON.stringify(other(p).text)).join(' | ')}`);
	}
	return row;
}

/** Pairs of sentences of two independent reports that share four or more content words. */
function hardNegatives() {
	const linked = new Set(baseline.filter((p) => (p.tier ?? 'exact') === 'exact').map((p) => [p.a.sourceId, p.b.sourceId].sort().join('+')));
	const keys = new Map(sentences.map((s) => [s, new Set(contentWords(corpus.byId.get(s.sourceId)!.text, s.start, s.end).map((w) => w.key))]));
	const pairs: [Range & { text: string }, Range & { text: string }][] = [];
	for (const x of sentences)
		for (const y of sentences) {
			if (x.sourceId >= y.sourceId || linked.has(`${x.sourceId}+${y.sourceId}`)) continue;
			const shared = [...keys.get(x)!].filter((k) => keys.get(y)!.has(k)).length;
			if (shared >= 4) pairs.push([x, y]);
		}
	const alarms = pairs.filter(([x, y]) => baseline.some((p) => (overlaps(p.a, x) && overlaps(p.b, y)) || (overlaps(p.a, y) && overlaps(p.b, x))));
	if (LIST) for (const [x, y] of alarms) console.error(`false alarm: ${x.sourceId} ${JSON.stringify(x.text)} ~ ${y.sourceId} ${JSON.stringify(y.text)}`);
	return { pairs: pairs.length, alarms: alarms.length };
}

const rows = OBFUSCATIONS.flatMap((kind) => STRENGTHS.map((strength) => run(kind, strength)));
const negatives = hardNegatives();
const fixed = (x: number) => x.toFixed(3);
console.log(`Gold set: ${long.length} sentences of 8+ content words from ${corpus.sources.length} reports, up to ${TRIALS} copies per type and strength.`);
console.log('| obfuscation | strength | copies | found (exact / reworded tier) | precision | recall | granularity | plagdet | tier two alone: precision | recall |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
	const precision = r.detections === 0 ? 1 : r.right / r.detections;
	const recall = r.cases === 0 ? 0 : r.found / r.cases;
	const granularity = r.found === 0 ? 1 : r.right / r.found;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	console.log(`| ${r.kind} | ${r.strength} | ${r.cases} | ${r.found} (${r.byTier.exact} / ${r.byTier.reworded}) | ${fixed(precision)} | ${fixed(recall)} | ${fixed(granularity)} | ${fixed(f1 / Math.log2(1 + granularity))} | ${fixed(r.alone.detections === 0 ? 1 : r.alone.right / r.alone.detections)} | ${fixed(r.alone.found / Math.max(1, r.cases))} |`);
}
console.log(`| hard negatives | — | ${negatives.pairs} pairs | ${negatives.alarms} joined (false alarms) | ${fixed(negatives.pairs === 0 ? 1 : 1 - negatives.alarms / negatives.pairs)} (share not joined) | — | — | — | — | — |`);
