import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findSharedPassages, type SharedPassage } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { sentenceBounds } from '../../packages/starlight-verbatim-citations/src/lineage/sentences.ts';
import { editWords, seeded } from '../helpers/synthetic-edits.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/**
 * Calibration of the detector on synthetic edits (not on the five reports it is used on): real
 * sentences of at least 14 words, copied with k random edits into another report, must be found
 * (recall: a passage joins copy and original), and every passage the copy adds must join the two
 * and reach no further than the sentence and its copy (precision). The table is printed.
 */
const { corpus } = loadCorpus(process.cwd());
const sentences = corpus.sources.flatMap((source) =>
	sentenceBounds(source.text)
		.map((b) => ({ sourceId: source.id, ...b, words: source.text.slice(b.start, b.end).split(/\s+/) }))
		.filter((s) => s.words.length >= 14),
);
const vocabulary = [...new Set(corpus.sources.flatMap((s) => s.text.split(/\s+/)).filter((w) => /^[a-z]+$/i.test(w)))];
const TRIALS = 80;
const KS = [0, 1, 2, 3, 4, 5, 6] as const;

const overlap = (side: { start: number; end: number }, range: { start: number; end: number }) => side.start < range.end && range.start < side.end;
/** Right: the passage joins the copy to its original and reaches no further than either. */
const within = (side: { start: number; end: number }, range: { start: number; end: number }) => range.start <= side.start && side.end <= range.end;

function trial(k: number, random: () => number) {
	const sentence = sentences[Math.floor(random() * sentences.length)]!;
	const others = corpus.sources.filter((s) => s.id !== sentence.sourceId);
	const host = others[Math.floor(random() * others.length)]!;
	const original = corpus.byId.get(sentence.sourceId)!.text;
	const copy = `${editWords(sentence.words, k, vocabulary, random).words.join(' ').replace(/[.!?]*$/, '')}.`;
	const paragraphs = host.text.split('\n\n');
	const at = Math.floor(random() * (paragraphs.length + 1));
	const before = paragraphs.slice(0, at).join('\n\n');
	const copyStart = before.length + (at > 0 ? 2 : 0);
	const text = [...paragraphs.slice(0, at), copy, ...paragraphs.slice(at)].join('\n\n');
	const key = (p: SharedPassage) => `${p.a.text}\u0000${p.b.text}`;
	const baseline = new Set(findSharedPassages(syntheticCorpus({ a: original, b: host.text })).map(key));
	const found = findSharedPassages(syntheticCorpus({ a: original, b: text })).filter((p) => !baseline.has(key(p)));
	const copyRange = { start: copyStart, end: copyStart + copy.length };
	const joined = found.filter((p) => overlap(p.a, sentence) && overlap(p.b, copyRange));
	const right = joined.filter((p) => within(p.a, sentence) && within(p.b, copyRange));
	if (process.env.DEBUG_TRIALS) for (const p of found.filter((q) => !right.includes(q))) console.log(JSON.stringify({ sentence: original.slice(sentence.start, sentence.end), copy, a: p.a.text, b: p.b.text }));
	return { hit: joined.length > 0, right: right.length, reported: found.length };
}

describe('the shared-passage detector on synthetic reworded copies', () => {
	const random = seeded(2017);
	const table = KS.map((k) => {
		let hits = 0;
		let right = 0;
		let reported = 0;
		for (let t = 0; t < TRIALS; t++) {
			const result = trial(k, random);
			hits += result.hit ? 1 : 0;
			right += result.right;
			reported += result.reported;
		}
		return { k, recall: hits / TRIALS, precision: reported === 0 ? 1 : right / reported };
	});
	console.log(`Recall and precision per k (${TRIALS} copies each, sentences of 14+ words):\n${table.map((r) => `k=${r.k}: recall ${r.recall.toFixed(3)}, precision ${r.precision.toFixed(3)}`).join('\n')}`);

	it('finds every exact or once-edited copy', () => {
		expect(table[0]!.recall).toBe(1);
		expect(table[1]!.recall).toBe(1);
	});

	it('finds at least 95% of copies with two or three edits and 85% with four', () => {
		expect(table[2]!.recall).toBeGreaterThanOrEqual(0.95);
		expect(table[3]!.recall).toBeGreaterThanOrEqual(0.95);
		expect(table[4]!.recall).toBeGreaterThanOrEqual(0.85);
	});

	it('finds fewer copies as edits pile up: a sentence rewritten six times over is no longer a copy', () => {
		expect(table[6]!.recall).toBeLessThan(table[1]!.recall);
	});

	it('reports only the planted copy: precision is 1 at every k', () => {
		for (const row of table) expect(row.precision, `k=${row.k}`).toBe(1);
	});
});

describe('stock phrases', () => {
	const STOCK = ['Attorney General Jeff Sessions', 'the 2016 presidential election', 'White House press secretary', 'The New York Times reports'];

	it('are never a shared passage, however often two reports use them', () => {
		const random = seeded(7);
		const filler = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
		// Two reports that use every stock phrase several times, each in its own words.
		const report = () => Array.from({ length: 6 }, () => STOCK.map((phrase) => `${filler(4)} ${phrase} ${filler(5)}.`).join(' ')).join('\n\n');
		const found = findSharedPassages(syntheticCorpus({ a: report(), b: report(), c: `${STOCK.join(', ')}.` }));
		expect(found.map((p) => p.a.text)).toEqual([]);
	});

	it('are never a shared passage when two sentences use several of them in their own words', () => {
		const a = 'On Monday, Attorney General Jeff Sessions told reporters in Washington that the 2016 presidential election had been settled, and White House press secretary Sean Spicer agreed, The New York Times reports.';
		const b = 'The New York Times reports that White House press secretary Sean Spicer would not say whether Attorney General Jeff Sessions still had the confidence of a president who won the 2016 presidential election.';
		expect(findSharedPassages(syntheticCorpus({ a, b }))).toEqual([]);
	});
});
