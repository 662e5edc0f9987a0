/**
 * Lookups "by report" cost that report's items, not the whole list: the build asks for the shared
 * passages, attribution frames and lineage pairs of one report once per citation or per report
 * page, so a scan of the whole list each time grows with the square of the corpus. Each test gives
 * the same answers as a plain scan (the rule kept) and reads the list once for many lookups.
 */
import { describe, expect, it } from 'vitest';
import { corroboration, groupRanges } from '../../packages/starlight-verbatim-citations/src/analysis/corroboration.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages, useOf } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { independenceGroup } from '../../packages/starlight-verbatim-citations/src/analysis/citation-ledger.ts';
import type { PairLineage } from '../../packages/starlight-verbatim-citations/src/lineage/lineage.ts';
import { coverageGrid } from '../../packages/starlight-verbatim-citations/src/analysis/coverage-grid.ts';
import { findSharedPassages, passagesOf, type SharedPassage } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { twinsOf } from '../../packages/starlight-verbatim-citations/src/lineage/twins-of.ts';
import type { TwinDiff } from '../../packages/starlight-verbatim-citations/src/lineage/twin-diff.ts';
import { framesCovering, type AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import { groupedOnce, groupOf } from '../../packages/starlight-verbatim-citations/src/engine/group-once.ts';
import { random } from '../../bench/synthetic.ts';
import { counted } from '../helpers/counted.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const REPORTS = Array.from({ length: 40 }, (_, i) => String(i).padStart(3, '0'));
const next = random(15);
const pick = () => REPORTS[Math.floor(next() * REPORTS.length)]!;
const spanAt = (sourceId: string) => {
	const start = Math.floor(next() * 1000);
	return { sourceId, start, end: start + 5 + Math.floor(next() * 60) };
};
const passages: SharedPassage[] = Array.from({ length: 300 }, (_, i) => {
	const a = spanAt(pick());
	const b = spanAt(pick());
	return { id: `p${i}`, a: { ...a, text: '' }, b: { ...b, text: '' }, words: 9 };
});
const ranges = Array.from({ length: 200 }, () => spanAt(pick()));
const overlaps = (r: { sourceId: string; start: number; end: number }, s: { sourceId: string; start: number; end: number }) =>
	r.sourceId === s.sourceId && r.start < s.end && s.start < r.end;

describe('groupedOnce', () => {
	const keys = (word: string) => [word[0]!, word.at(-1)!];
	it('groups items under each of their keys, in list order, an item once per key', () => {
		const groups = groupedOnce(['ab', 'ba', 'aa', 'cb'], keys);
		expect(Object.fromEntries(groups)).toEqual({ a: ['ab', 'ba', 'aa'], b: ['ab', 'ba', 'cb'], c: ['cb'] });
		expect(groupOf(['ab'], keys, 'z')).toEqual([]);
	});

	it('builds the groups of a list once and keeps them apart from another list', () => {
		const list = ['ab', 'cd'];
		expect(groupedOnce(list, keys)).toBe(groupedOnce(list, keys));
		expect(groupedOnce(['ab', 'cd'], keys)).not.toBe(groupedOnce(list, keys));
	});
});

describe('shared passages looked up by report', () => {
	it('corroboration: the same witnesses as a scan of every passage, reading the passages once for 200 groups', () => {
		const { list, reads } = counted(passages);
		for (let i = 0; i + 3 <= ranges.length; i += 3) {
			const group = ranges.slice(i, i + 3);
			// The rule itself (analysis/corroboration.ts), as a plain scan: reports join when the group cites both sides of one passage.
			const joined = passages.filter((p) => group.some((r) => overlaps(r, p.a)) && group.some((r) => overlaps(r, p.b)));
			const result = corroboration(group, list);
			expect(result.reports).toBe(new Set(group.map((r) => r.sourceId)).size);
			for (const p of joined) expect(result.witnesses.some((w) => w.split('+').includes(p.a.sourceId) && w.split('+').includes(p.b.sourceId))).toBe(true);
			if (joined.length === 0) expect(result.independent).toBe(result.reports);
		}
		expect(reads()).toBeLessThanOrEqual(passages.length);
	});

	it('independenceGroup: the reports of every passage overlapping the quote, reading the passages once for 200 quotes', () => {
		const { list, reads } = counted(passages);
		for (const r of ranges) {
			const expected = new Set([r.sourceId]);
			for (const p of passages) {
				if (overlaps(r, p.a)) expected.add(p.b.sourceId);
				if (overlaps(r, p.b)) expected.add(p.a.sourceId);
			}
			expect(independenceGroup(r.sourceId, r.start, r.end, list)).toBe([...expected].sort().join('+'));
		}
		expect(reads()).toBeLessThanOrEqual(passages.length);
	});

	it('passagesOf: each report sees its passages from its own side, in its text order, reading the passages once for 40 reports', () => {
		const { list, reads } = counted(passages);
		for (const id of REPORTS) {
			const found = passagesOf(id, list);
			expect(found.map((p) => p.id).sort()).toEqual(passages.filter((p) => p.a.sourceId === id || p.b.sourceId === id).map((p) => p.id).sort());
			expect(found.every((p) => p.here.sourceId === id)).toBe(true);
			expect(found.map((p) => p.here.start)).toEqual(found.map((p) => p.here.start).sort((x, y) => x - y));
		}
		expect(reads()).toBeLessThanOrEqual(passages.length);
	});
});

describe('lineage pairs and attribution frames looked up by report', () => {
	it('twinsOf: every twin of every pair the report is in, reading the pairs once for 40 reports', () => {
		const diff = {} as TwinDiff;
		const pairs: PairLineage[] = passages.map((passage) => ({ a: passage.a.sourceId, b: passage.b.sourceId, words: {}, sentences: {}, direction: undefined, twins: [{ passage, diff }] }));
		const { list, reads } = counted(pairs);
		for (const id of REPORTS) {
			const twins = twinsOf(id, list);
			expect(twins.map((t) => t.passage.id).sort()).toEqual(pairs.filter((p) => p.a === id || p.b === id).map((p) => p.twins[0]!.passage.id).sort());
			expect(twins.every((t) => t.here.sourceId === id)).toBe(true);
		}
		expect(reads()).toBeLessThanOrEqual(pairs.length);
	});

	it('framesCovering: the frames of the quote\'s report that it overlaps, outermost first, reading the frames once for 200 quotes', () => {
		const frames: AttributionFrame[] = passages.map((p, i) => ({
			sourceId: p.a.sourceId,
			frame: `frame ${i}`,
			governs: '',
			kind: 'named-person',
			who: `person ${i}`,
			names: [`person ${i}`],
			frameStart: 0,
			frameEnd: 1,
			start: p.a.start,
			end: p.a.end,
		}));
		const { list, reads } = counted(frames);
		for (const r of ranges) {
			const expected = frames.filter((f) => overlaps(r, f)).sort((a, b) => a.start - b.start || b.end - a.end);
			expect(framesCovering(list, r.sourceId, r.start, r.end)).toEqual(expected);
		}
		expect(reads()).toBeLessThanOrEqual(frames.length);
	});
});

describe("a page's citations looked up as it renders", () => {
	// 60 tags: 20 quotes used 3 times each, in groups of two adjacent tags.
	const words = Array.from({ length: 20 }, (_, i) => `word${i} alpha beta gamma`);
	const corpus = syntheticCorpus({ a: `${words.join('. ')}.` });
	const tags = [0, 1, 2].flatMap(() => words.map((w) => `<Cite source="a" quote="${w}" />`));
	const mdx = tags.map((tag, i) => (i % 2 === 0 ? `Claim ${i}${tag}` : `${tag}.\n`)).join('');
	const [page] = checkPages(corpus, [parseMdxPage('src/content/docs/many.mdx', mdx)]).ledger.pages;

	it('useOf: the n-th use of a source and quote, in document order, reading the uses once for every lookup', () => {
		const { list, reads } = counted(page!.uses);
		const counting = { ...page!, uses: list };
		for (const w of words) {
			const expected = page!.uses.filter((u) => u.quote === w);
			expect(expected).toHaveLength(3);
			for (let n = 0; n < 3; n++) expect(useOf(counting, 'a', w, n)).toBe(expected[n]);
			expect(useOf(counting, 'a', w, 3)).toBeUndefined();
		}
		expect(useOf(counting, 'b', words[0]!, 0)).toBeUndefined();
		expect(reads()).toBeLessThanOrEqual(page!.uses.length);
	});

	it('groupRanges: the cited spans of each group of adjacent tags, reading the uses once for every group', () => {
		const { list, reads } = counted(page!.uses);
		const counting = { ...page!, uses: list };
		const groups = [...new Set(page!.uses.map((u) => u.group))];
		expect(groups.length).toBe(30);
		for (const group of groups) {
			const expected = page!.uses.filter((u) => u.group === group).map((u) => page!.references[u.reference - 1]!.citation);
			expect(groupRanges(counting, group)).toEqual(expected);
		}
		expect(reads()).toBeLessThanOrEqual(page!.uses.length);
	});
});

describe('the coverage grid of pages × reports', () => {
	it('marks a cell shared exactly when a passage joins its cited words to words the page cites from the twin, reading the passages once', () => {
		const corpus = syntheticCorpus({ a: 'The harbour board voted on Tuesday to close the old ferry pier for good.', b: 'Reports say the harbour board voted on Tuesday to close the old ferry pier for good.', c: 'Nothing alike.' });
		const found = findSharedPassages(corpus);
		expect(found).toHaveLength(1);
		const mdx = 'Closed<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="close the old ferry pier" />. Nothing<Cite source="c" quote="Nothing alike" />.\n';
		const { ledger } = checkPages(corpus, [parseMdxPage('src/content/docs/disputes/pier.mdx', mdx)]);
		// 300 unrelated passages around the one that matters: the grid must still look at each once only.
		const { list, reads } = counted([...passages, ...found]);
		const [row] = coverageGrid(ledger, ['a', 'b', 'c', ...REPORTS], () => true, list);
		expect(row!.cells.slice(0, 3).map((c) => [c.sourceId, c.spans, c.sharesWith])).toEqual([
			['a', 1, ['b']],
			['b', 1, ['a']],
			['c', 1, []],
		]);
		expect(row!.cells.slice(3).every((c) => c.spans === 0 && c.sharesWith.length === 0)).toBe(true);
		expect(reads()).toBeLessThanOrEqual(passages.length + found.length);
	});
});
