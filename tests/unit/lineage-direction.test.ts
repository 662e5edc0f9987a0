import { describe, expect, it } from 'vitest';
import { reportLineage } from '../../packages/starlight-verbatim-citations/src/lineage/lineage.ts';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const SHARED = 'the council will vote on the harbour bridge repairs before the end of the summer.';
const corpusOf = (reports: { id: string; text: string; dateline?: string }[]) =>
	createCorpus(reports.map(({ id, text, dateline }) => ({ meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S', dateline }), text, sha256: '', byteLength: 0 })));
const directionOf = (corpus: ReturnType<typeof corpusOf>) => reportLineage(corpus, findSharedPassages(corpus))[0]!.direction;

describe('which of two reports sharing a passage came first', () => {
	it('goes by the datelines when both reports state different ones, whichever side is earlier', () => {
		// Each dateline stated in its report's text: only a proved dateline decides a direction.
		const texts = [`2017-07-20 Yesterday ${SHARED}`, `2017-07-19 Today ${SHARED}`];
		const earlier = [`2017-07-18 Yesterday ${SHARED}`, texts[1]!];
		expect(directionOf(corpusOf([{ id: 'a', text: texts[0]!, dateline: '2017-07-20' }, { id: 'b', text: texts[1]!, dateline: '2017-07-19' }]))).toEqual({
			from: 'b',
			to: 'a',
			basis: "Report b's dateline (2017-07-19, stated in its text) is earlier than report a's (2017-07-20, stated in its text).",
		});
		expect(directionOf(corpusOf([{ id: 'a', text: earlier[0]!, dateline: '2017-07-18' }, { id: 'b', text: earlier[1]!, dateline: '2017-07-19' }]))).toEqual({
			from: 'a',
			to: 'b',
			basis: "Report a's dateline (2017-07-18, stated in its text) is earlier than report b's (2017-07-19, stated in its text).",
		});
	});

	it('never goes by a dateline its report does not state, and names the editors’ source when it rests on one', () => {
		const texts = [`Yesterday ${SHARED}`, `Today ${SHARED} quickly`];
		// Unproved datelines (the check refuses them): the direction comes from the words instead.
		const unproved = directionOf(corpusOf([{ id: 'a', text: texts[0]!, dateline: '2017-07-20' }, { id: 'b', text: texts[1]!, dateline: '2017-07-19' }]));
		expect(unproved?.basis ?? '').not.toContain('dateline');
		const sourced = createCorpus(
			[
				{ id: 'a', text: texts[0]!, dateline: '2017-07-20', datelineSource: { note: 'The archive page.' } },
				{ id: 'b', text: `2017-07-19 ${texts[1]!}`, dateline: '2017-07-19' },
			].map(({ text, ...meta }) => ({ meta: sourceMetadataSchema.parse({ file: `${meta.id}.txt`, title: 'T', summary: 'S', ...meta }), text, sha256: '', byteLength: 0 })),
		);
		expect(directionOf(sourced)?.basis).toBe("Report b's dateline (2017-07-19, stated in its text) is earlier than report a's (2017-07-20, supplied by the editors).");
	});

	it('falls back to the words when the datelines are equal, naming no attribution when none was cut', () => {
		const corpus = corpusOf([
			{ id: 'a', text: `Residents say ${SHARED.replace('bridge repairs', 'bridge repairs quickly')}`, dateline: '2017-07-19' },
			{ id: 'b', text: `Residents say ${SHARED}`, dateline: '2017-07-19' },
		]);
		const direction = directionOf(corpus);
		expect(direction).toMatchObject({ from: 'a', to: 'b' });
		expect(direction!.basis).toBe("Report a's version holds every word of report b's (some reworded) and 1 more, so report b's reads as a cut-down copy.");
	});
});
