import { describe, expect, it } from 'vitest';
import { corroboration } from '../../packages/starlight-verbatim-citations/src/analysis/corroboration.ts';
import { findSharedPassages, type SharedPassage } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const passage = (a: [string, number, number], b: [string, number, number]): SharedPassage => ({
	id: 'x',
	a: { sourceId: a[0], start: a[1], end: a[2], text: '' },
	b: { sourceId: b[0], start: b[1], end: b[2], text: '' },
	words: 10,
});
const shared = [passage(['002', 100, 160], ['004', 10, 70]), passage(['003', 0, 50], ['004', 200, 250])];

describe('corroboration', () => {
	it('counts reports whose cited words fall in a passage they share as one independent report', () => {
		expect(corroboration([{ sourceId: '002', start: 90, end: 170 }, { sourceId: '004', start: 0, end: 80 }], shared)).toEqual({ reports: 2, independent: 1, witnesses: ['002+004'] });
	});

	it('counts reports as independent when the cited words lie outside their shared passages', () => {
		expect(corroboration([{ sourceId: '002', start: 0, end: 50 }, { sourceId: '004', start: 0, end: 80 }], shared)).toEqual({ reports: 2, independent: 2, witnesses: ['002', '004'] });
	});

	it('joins copies transitively and counts a report cited twice once', () => {
		const ranges = [
			{ sourceId: '002', start: 100, end: 120 },
			{ sourceId: '004', start: 20, end: 30 },
			{ sourceId: '004', start: 210, end: 220 },
			{ sourceId: '003', start: 5, end: 9 },
			{ sourceId: '000', start: 0, end: 10 },
		];
		expect(corroboration(ranges, shared)).toEqual({ reports: 4, independent: 2, witnesses: ['000', '002+003+004'] });
	});

	it('handles a single citation', () => {
		expect(corroboration([{ sourceId: '000', start: 0, end: 5 }], shared)).toEqual({ reports: 1, independent: 1, witnesses: ['000'] });
	});

	it('counts a reworded copy once: swapped words, a cut clause and a dropped attribution do not make a second witness', () => {
		const original = 'An aide to the mayor said that the council will vote on the harbour bridge repairs before the end of the summer, after months of delay.';
		const copy = 'The council will finally vote on the harbour bridge works before the end of summer.';
		const corpus = syntheticCorpus({ a: `Other news first. ${original}`, b: `${copy} Unrelated words close this text.`, c: 'A third report says the council will vote soon.' });
		const cite = (id: string, words: string) => {
			const text = corpus.byId.get(id)!.text;
			return { sourceId: id, start: text.indexOf(words), end: text.indexOf(words) + words.length };
		};
		const ranges = [cite('a', 'the council will vote on the harbour bridge repairs'), cite('b', 'The council will finally vote'), cite('c', 'the council will vote soon')];
		expect(corroboration(ranges, findSharedPassages(corpus))).toEqual({ reports: 3, independent: 2, witnesses: ['a+b', 'c'] });
	});
});
