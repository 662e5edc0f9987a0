import { describe, expect, it } from 'vitest';
import { timelineChart } from '../../packages/starlight-verbatim-citations/src/analysis/timeline-chart.ts';
import type { DateUse } from '../../packages/starlight-verbatim-citations/src/pages/date-tags.ts';
import type { CitationUse } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import type { WorkedDate } from '../../packages/starlight-verbatim-citations/src/reading/report-dates.ts';

const use = (line: number, date: WorkedDate, file = 't.mdx'): DateUse => ({ file, line, column: 3, sourceId: 'a', words: 'w', date, headsListItem: true }) as DateUse;
const cite = (line: number, claim: string) => ({ line, claim, marker: `cite-${line}-1` }) as unknown as CitationUse;

describe('the visual timeline, for years, months and long entries', () => {
	it('draws a month of a year over that month, and a bare year as a bar to the axis edge, not stretching the axis', () => {
		const chart = timelineChart([use(1, { kind: 'year', year: '2016', basis: 'the report says 2016' }), use(2, { kind: 'year', year: 'February 2017', basis: 'says February 2017' })], [cite(1, '. One.'), cite(2, '. Two.')], 't.mdx');
		expect([chart.from, chart.to]).toEqual(['2017-02-01', '2017-02-28']);
		expect(chart.events.map((e) => [e.label, e.basis, e.start, e.end])).toEqual([['2016', 'range', 0, 0], ['February 2017', 'range', 0, 100]]);
		expect(chart.events[0]!.beyondStart).toBe(true);
		expect(chart.events[1]!.beyondStart).toBeUndefined();
	});

	it('spans the years when only years are given, at most six month labels', () => {
		const chart = timelineChart([use(1, { kind: 'year', year: '2016', basis: 'the report says 2016' }), use(2, { kind: 'year', year: '2017', basis: 'says 2017' })], [cite(1, '. One.'), cite(2, '. Two.')], 't.mdx');
		expect([chart.from, chart.to]).toEqual(['2016-01-01', '2017-12-31']);
		// Twenty-four months and the first day after them, at most six labels: every fifth month.
		expect(chart.ticks.map((t) => t.date)).toEqual(['2016-01-01', '2016-06-01', '2016-11-01', '2017-04-01', '2017-09-01']);
	});

	it('lists a year it cannot read, and a month without a year, with the undated', () => {
		const chart = timelineChart([use(1, { kind: 'year', year: 'sometime', basis: 'odd' }), use(2, { kind: 'month', month: 'July', basis: 'says July, without a year' })], [cite(2, '. Two.')], 't.mdx');
		expect(chart).toEqual({ from: '', to: '', ticks: [], events: [], publications: [], undated: [
			{ text: '', reason: 'odd', target: undefined },
			{ text: 'Two.', reason: 'says July, without a year', target: 'cite-2-1' },
		] });
	});

	it('shortens a long entry with an ellipsis, and ignores other pages\' dates', () => {
		const long = `. ${'word '.repeat(30)}`;
		const chart = timelineChart([use(1, { kind: 'day', date: '2017-07-01', basis: 'stated: x' }), use(1, { kind: 'day', date: '2000-01-01', basis: 'stated: y' }, 'other.mdx')], [cite(1, long)], 't.mdx', 20);
		expect(chart.events).toHaveLength(1);
		expect(chart.events[0]!.text).toBe('word word word word…');
	});
});
