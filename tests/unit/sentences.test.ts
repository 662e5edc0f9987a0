import { describe, expect, it } from 'vitest';
import { splitSentences, sentenceAt } from '../../packages/starlight-verbatim-citations/src/engine/sentences.ts';
import { splitParagraphs } from '../../packages/starlight-verbatim-citations/src/engine/paragraphs.ts';
import { citationContext } from '../../packages/starlight-verbatim-citations/src/reading/context.ts';
import { frameCandidates } from '../../packages/starlight-verbatim-citations/src/authoring/frame-candidates.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';
import type { AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';

const sentences = (text: string, join: string[] = [], split: string[] = []) =>
	splitSentences(text, splitParagraphs(text), { join, split }).map((s) => text.slice(s.start, s.end));

describe('report sentences', () => {
	it('are split with Intl.Segmenter inside each paragraph, without trailing spaces', () => {
		expect(sentences('One here. Two here.\n\nThree here ')).toEqual(['One here.', 'Two here.', 'Three here']);
	});
	it('follow the editor: join keeps "U.S." from ending a sentence, split ends one without punctuation', () => {
		const text = 'U.S. Attorney General Jeff Sessions said so. Next one.';
		expect(sentences(text)).toEqual(['U.S.', 'Attorney General Jeff Sessions said so.', 'Next one.']);
		expect(sentences(text, ['U.S.'])).toEqual(['U.S. Attorney General Jeff Sessions said so.', 'Next one.']);
		expect(sentences('A Headline\nKhan said so.', [], ['A Headline'])).toEqual(['A Headline', 'Khan said so.']);
	});
	it('are numbered across the report and found by offset', () => {
		const text = 'One here. Two here.\n\nThree here.';
		const list = splitSentences(text, splitParagraphs(text));
		expect(list.map((s) => [s.number, s.paragraph])).toEqual([[1, 1], [2, 1], [3, 2]]);
		expect(sentenceAt(list, text.indexOf('Two'))?.number).toBe(2);
		expect(sentenceAt(list, text.indexOf('\n'))).toBeUndefined();
	});
});

describe('a quote in its sentence', () => {
	const text = 'Intro. On Monday, Trump had called his attorney general "beleaguered". After.';
	const list = splitSentences(text, splitParagraphs(text));
	const start = text.indexOf('beleaguered');
	it('shows the whole sentence around a one-word quote', () => {
		expect(citationContext(text, list, start, start + 11)).toEqual({
			before: 'On Monday, Trump had called his attorney general "',
			quote: 'beleaguered',
			after: '".',
			outsideFrames: [],
		});
	});
	it('adds the attributing words when they lie outside that sentence', () => {
		const frame = { kind: 'named-person', frameStart: 0, frameEnd: 5 } as AttributionFrame;
		const inside = { kind: 'named-person', frameStart: text.indexOf('Trump'), frameEnd: text.indexOf(' his') } as AttributionFrame;
		expect(citationContext(text, list, start, start + 11, [frame, inside]).outsideFrames).toEqual(['Intro']);
	});
});

describe('frame candidates', () => {
	it('proposes every sentence with an attributing word, marking the recorded ones', () => {
		const text = 'Two people close to Sessions said he stays. Trump left. It was raining, according to Politico.';
		const [source] = createCorpus([{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'T', summary: 'S' }), text, sha256: '', byteLength: 0 }]).sources;
		const recorded = { sourceId: '000', frameStart: 0, frameEnd: 33 } as AttributionFrame;
		const found = frameCandidates(source!, [recorded]);
		expect(found.map((c) => [c.cue, c.recorded])).toEqual([['said', true], ['according to', false]]);
		expect(found[1]!.sentence).toBe('It was raining, according to Politico.');
	});
});
