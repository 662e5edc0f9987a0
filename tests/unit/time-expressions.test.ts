import { describe, expect, it } from 'vitest';
import { findTimeExpressions, placeTimeExpressions } from '../../packages/starlight-verbatim-citations/src/reading/time-expressions.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { syntheticMeta } from './synthetic-corpus.ts';

const words = (text: string) => findTimeExpressions('x', text).map((e) => [e.kind, e.words]);

describe('the words of a report that say when', () => {
	it('finds dates, weekdays, weeks, months and years, and times told relative to an event or to nothing', () => {
		expect(words('On Monday he spoke; last week he wrote; in March he left, soon after the vote, in 2016. It was over the last couple of days, at one point.')).toEqual([
			['dateable', 'On Monday'],
			['dateable', 'last week'],
			['dateable', 'in March'],
			['relative', 'soon after'],
			['dateable', 'in 2016'],
			['vague', 'over the last couple of days'],
			['vague', 'at one point'],
		]);
		expect(words('date 2017-07-26 Tuesday afternoon, less than a month after taking office, before the trip abroad.')).toEqual([
			['dateable', '2017-07-26'],
			['dateable', 'Tuesday afternoon'],
			['relative', 'less than a month after'],
			['relative', 'before the trip abroad'],
		]);
	});

	it('does not read "May" as a month or a room number as a year', () => {
		expect(words('He may go. Room 12 holds 300 people.')).toEqual([]);
	});
});

describe('placing them', () => {
	const corpus = createCorpus(
		[
			['dated', 'On Monday he spoke. On Tuesday he wrote. Soon after, he left.\n', '2017-07-26'],
			['undated', 'On Monday he spoke.\n', undefined],
		].map(([id, text, dateline]) => ({ meta: { ...syntheticMeta(id!), ...(dateline ? { dateline } : {}) }, text: text!, sha256: '0'.repeat(64), byteLength: text!.length })),
	);

	it('counts words covered by the timeline as placed, and gives every other one its reason', () => {
		const placed = placeTimeExpressions(corpus, new Map([['dated', [{ start: 0, end: 9 }]]]));
		expect(placed.map((e) => [e.sourceId, e.words, e.placement.placed ? 'placed' : e.placement.reason])).toEqual([
			['dated', 'On Monday', 'placed'],
			['dated', 'On Tuesday', expect.stringContaining('can be dated')],
			['dated', 'Soon after', 'placed only relative to an event the reports do not date'],
			['undated', 'On Monday', 'the report carries no dateline to count from'],
		]);
		expect(placed.filter((e) => !e.placement.placed && e.placement.placeable).map((e) => e.words)).toEqual(['On Tuesday']);
	});
});
