import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { describeAttribution, twinDiff } from '../../packages/starlight-verbatim-citations/src/lineage/twin-diff.ts';
import { reportLineage } from '../../packages/starlight-verbatim-citations/src/lineage/lineage.ts';
import { sentenceBounds } from '../../packages/starlight-verbatim-citations/src/lineage/sentences.ts';
import { loadAttributions } from '../../packages/starlight-verbatim-citations/src/corpus/attributions-file.ts';
import type { AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import type { Corpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/** A frame as the editors would record it in attributions.yaml, located in its report. */
function frameIn(corpus: Corpus, sourceId: string, frame: string, who: string): AttributionFrame {
	const text = corpus.byId.get(sourceId)!.text;
	const frameStart = text.indexOf(frame);
	return { sourceId, frame, governs: text.slice(frameStart + frame.length).trim(), kind: 'unnamed-source', who, names: [who], frameStart, frameEnd: frameStart + frame.length, start: frameStart + frame.length + 1, end: text.length };
}

const ORIGINAL = 'An aide to the mayor said that the council will vote on the harbour bridge repairs before the end of the summer.';
const COPY = 'The council will finally vote on the harbour bridge works before the end of the summer.';

describe('sentenceBounds', () => {
	it('splits at full stops, question marks and line breaks, not after Mr. or U.S.', () => {
		const text = 'Mr. Comey spoke. Did U.S. officials listen? Yes.\nLatest News';
		expect(sentenceBounds(text).map((b) => text.slice(b.start, b.end))).toEqual(['Mr. Comey spoke.', 'Did U.S. officials listen?', 'Yes.', 'Latest News']);
	});
});

describe('twinDiff', () => {
	const corpus = syntheticCorpus({ a: `Other news first. ${ORIGINAL} More news.`, b: `${COPY} Unrelated.` });
	const [passage] = findSharedPassages(corpus);

	it('widens both sides to their sentences and marks dropped, added and changed words', () => {
		const diff = twinDiff(passage!, 'a', corpus.byId);
		expect(diff.from.text).toBe(ORIGINAL);
		expect(diff.to.text).toBe(COPY);
		expect(diff.parts).toEqual([
			{ kind: 'dropped', text: 'An aide to the mayor said that' },
			{ kind: 'same', text: 'The council will' },
			{ kind: 'added', text: 'finally' },
			{ kind: 'same', text: 'vote on the harbour bridge' },
			{ kind: 'changed', from: 'repairs', to: 'works' },
			{ kind: 'same', text: 'before the end of the summer' },
		]);
		expect(diff.counts).toEqual({ dropped: 7, added: 1, changed: 1 });
	});

	const frames = [frameIn(corpus, 'a', 'An aide to the mayor said that', 'an aide to the mayor')];

	it('calls out a dropped attribution in words, naming both reports', () => {
		const diff = twinDiff(passage!, 'a', corpus.byId, frames);
		expect(diff.attribution).toEqual([{ kind: 'dropped', from: 'An aide to the mayor said that', fromWho: 'an aide to the mayor' }]);
		expect(describeAttribution(diff.attribution[0]!, 'a', 'b')).toMatch(/^Dropped attribution: report a has “An aide to the mayor said that”, giving the words to an aide to the mayor; report b’s version/);
	});

	it('reads the same passage the other way round as an added attribution', () => {
		const diff = twinDiff(passage!, 'b', corpus.byId, frames);
		expect(diff.attribution).toEqual([{ kind: 'added', to: 'An aide to the mayor said that', toWho: 'an aide to the mayor' }]);
	});

	it('calls out a changed attribution and says nothing where the words around it only differ', () => {
		const changed = syntheticCorpus({ a: 'Officials said the council will vote on the harbour bridge repairs before the end of the summer.', b: 'Residents hope the council will vote on the harbour bridge repairs before the end of the summer.' });
		const recorded = [frameIn(changed, 'a', 'Officials said', 'officials'), frameIn(changed, 'b', 'Residents hope', 'residents')];
		const diff = twinDiff(findSharedPassages(changed)[0]!, 'a', changed.byId, recorded);
		expect(diff.attribution).toEqual([{ kind: 'changed', from: 'Officials said', fromWho: 'officials', to: 'Residents hope', toWho: 'residents' }]);
		const plain = syntheticCorpus({ a: 'Quietly the council will vote on the harbour bridge repairs before the end of the summer.', b: 'Soon the council will vote on the harbour bridge repairs before the end of the summer.' });
		expect(twinDiff(findSharedPassages(plain)[0]!, 'a', plain.byId).attribution).toEqual([]);
	});
});

describe('reportLineage', () => {
	it('points from the version that holds every word of the other, and says why', () => {
		const corpus = syntheticCorpus({ a: `${COPY.replace('finally ', '')}`, b: ORIGINAL });
		const [pair] = reportLineage(corpus, findSharedPassages(corpus), [frameIn(corpus, 'b', 'An aide to the mayor said that', 'an aide to the mayor')]);
		expect(pair!.direction).toMatchObject({ from: 'b', to: 'a' });
		expect(pair!.direction!.basis).toMatch(/among them an attribution/);
		expect(pair!.twins[0]!.diff.from.sourceId).toBe('b');
		expect(pair!.sentences).toEqual({ a: 1, b: 1 });
	});

	it('leaves the direction open when each version has words the other lacks and no datelines order them', () => {
		const corpus = syntheticCorpus({ a: ORIGINAL, b: COPY });
		expect(reportLineage(corpus, findSharedPassages(corpus))[0]!.direction).toBeUndefined();
	});

	it('on the five reports: 002 to 004 by the dropped attribution, 003 and 004 left open', () => {
		const { corpus } = loadCorpus(process.cwd());
		const { frames: recorded } = loadAttributions(process.cwd(), 'docs-data', corpus);
		const lineage = reportLineage(corpus, findSharedPassages(corpus), recorded);
		expect(lineage.map((l) => [l.a, l.b, l.direction?.from, l.direction?.to])).toEqual([
			['002', '004', '002', '004'],
			['003', '004', undefined, undefined],
		]);
		const resign = lineage[0]!.twins[0]!.diff;
		const official = recorded.find((f) => f.sourceId === '002' && resign.from.start <= f.frameStart && f.frameEnd <= resign.from.end)!;
		expect(resign.attribution).toEqual([{ kind: 'dropped', from: official.frame, fromWho: official.who }]);
	});
});
