import { describe, expect, it } from 'vitest';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { describeAttribution, describeQuotation, twinDiff } from '../../packages/starlight-verbatim-citations/src/lineage/twin-diff.ts';
import type { AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import type { Corpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/** A frame as the editors record it in attributions.yaml, located in its report like the loader does. */
function frameIn(corpus: Corpus, sourceId: string, frame: string, governs: string, who: string, kind: AttributionFrame['kind'] = 'unnamed-source'): AttributionFrame {
	const text = corpus.byId.get(sourceId)!.text;
	const frameStart = text.indexOf(frame);
	const start = text.indexOf(governs);
	if (frameStart < 0 || start < 0) throw new Error(`not in report ${sourceId}: ${frame} / ${governs}`);
	return { sourceId, frame, governs, kind, who, names: [who], frameStart, frameEnd: frameStart + frame.length, start, end: start + governs.length };
}

const BODY = 'the council will vote on the harbour bridge repairs before the end of the summer';

describe('lineage notes read from the recorded attribution frames, not from keywords', () => {
	it('calls out a recorded frame the copy drops, with who it gave the words to', () => {
		const corpus = syntheticCorpus({ a: `In the words of the harbour master, ${BODY}.`, b: `${BODY.charAt(0).toUpperCase()}${BODY.slice(1)}.` });
		const frames = [frameIn(corpus, 'a', 'In the words of the harbour master,', BODY, 'the harbour master', 'named-person')];
		const diff = twinDiff(findSharedPassages(corpus)[0]!, 'a', corpus.byId, frames);
		expect(diff.attribution).toEqual([{ kind: 'dropped', from: 'In the words of the harbour master,', fromWho: 'the harbour master' }]);
		expect(describeAttribution(diff.attribution[0]!, 'a', 'b')).toBe('Dropped attribution: report a has “In the words of the harbour master,”, giving the words to the harbour master; report b’s version of the passage leaves it out.');
	});

	it('says nothing of reporting words no frame records ("Residents said" is not recorded as an attribution here)', () => {
		const corpus = syntheticCorpus({ a: `Residents said ${BODY}.`, b: `${BODY.charAt(0).toUpperCase()}${BODY.slice(1)}.` });
		expect(twinDiff(findSharedPassages(corpus)[0]!, 'a', corpus.byId, []).attribution).toEqual([]);
	});

	it('reads an added frame the other way round, and a changed one when both versions record a frame for the same words', () => {
		const corpus = syntheticCorpus({ a: `Officials said ${BODY}.`, b: `Residents hope ${BODY}.` });
		const frames = [frameIn(corpus, 'a', 'Officials said', BODY, 'officials'), frameIn(corpus, 'b', 'Residents hope', BODY, 'residents')];
		const passage = findSharedPassages(corpus)[0]!;
		expect(twinDiff(passage, 'a', corpus.byId, frames).attribution).toEqual([{ kind: 'changed', from: 'Officials said', fromWho: 'officials', to: 'Residents hope', toWho: 'residents' }]);
		const onlyA = [frames[0]!];
		expect(twinDiff(passage, 'b', corpus.byId, onlyA).attribution).toEqual([{ kind: 'added', to: 'Officials said', toWho: 'officials' }]);
	});

	it('says nothing when both versions keep the same frame', () => {
		const corpus = syntheticCorpus({ a: `Officials said ${BODY}.`, b: `Officials said ${BODY} at last.` });
		const frames = [frameIn(corpus, 'a', 'Officials said', BODY, 'officials'), frameIn(corpus, 'b', 'Officials said', BODY, 'officials')];
		expect(twinDiff(findSharedPassages(corpus)[0]!, 'a', corpus.byId, frames).attribution).toEqual([]);
	});
});

describe('a quotation turned into a paraphrase, or back, is called out', () => {
	const quoted = 'The mayor said the council would vote on the harbour bridge, calling the repairs “a disgrace to the whole town” on Monday.';
	const plain = 'The mayor said the council would vote on the harbour bridge, calling the repairs a disgrace to the whole town on Monday.';

	it('finds the words one version quotes and the other gives without quotation marks', () => {
		const corpus = syntheticCorpus({ a: quoted, b: plain });
		const passage = findSharedPassages(corpus)[0]!;
		const forward = twinDiff(passage, 'a', corpus.byId, []);
		expect(forward.quotation).toEqual([{ kind: 'unquoted', text: 'a disgrace to the whole town' }]);
		expect(describeQuotation(forward.quotation[0]!, 'a', 'b')).toBe('Quotation turned into paraphrase: report a gives “a disgrace to the whole town” in quotation marks, as someone’s words; report b has the same words without them.');
		const back = twinDiff(passage, 'b', corpus.byId, []);
		expect(back.quotation).toEqual([{ kind: 'quoted', text: 'a disgrace to the whole town' }]);
		expect(describeQuotation(back.quotation[0]!, 'b', 'a')).toMatch(/^Paraphrase turned into quotation: report a puts “a disgrace to the whole town” in quotation marks/);
	});

	it('does not mistake other quotation marks, or a stray closing mark used as an apostrophe, for a change', () => {
		const corpus = syntheticCorpus({
			a: "Trump has criticised Sessions' decision to recuse himself from the inquiry, terming the decision as 'needless', the newspaper reports.",
			b: 'Trump has criticised Sessions” decision to recuse himself from the inquiry, terming the decision as “needless’, the newspaper reports.',
		});
		expect(twinDiff(findSharedPassages(corpus)[0]!, 'a', corpus.byId, []).quotation).toEqual([]);
	});
});
