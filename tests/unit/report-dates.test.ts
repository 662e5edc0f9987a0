import { describe, expect, it } from 'vitest';
import { formatWorkedDate, sortKey, weekdayOf, workOutDate } from '../../src/verbatim-citations/engine/report-dates.ts';

const worked = (words: string, dateline?: string, id = '003') => {
	const result = workOutDate(id, words, dateline);
	if (!result.ok) throw new Error(result.refusal.reason);
	return result.date;
};

describe('dates worked out from a report’s words and its dateline', () => {
	it('knows the weekday of a date, whatever the machine’s time zone', () => {
		expect(weekdayOf('2017-06-07')).toBe('Wednesday');
		expect(weekdayOf('2017-07-26')).toBe('Wednesday');
	});
	it('takes a weekday as the most recent such day before the dateline', () => {
		expect(worked('on Monday', '2017-06-07')).toEqual({
			kind: 'day',
			date: '2017-06-05',
			basis: 'worked out: report 003 is dated Wednesday 2017-06-07 and says “on Monday”',
		});
		expect(worked('Tuesday afternoon', '2017-06-07')).toMatchObject({ date: '2017-06-06' });
		expect(worked('on Thursday', '2017-06-07')).toMatchObject({ date: '2017-06-01' });
	});
	it('refuses the dateline’s own weekday as ambiguous', () => {
		const result = workOutDate('004', 'said Wednesday', '2017-06-07');
		expect(result).toMatchObject({ ok: false, refusal: { code: 'date-weekday-ambiguous' } });
	});
	it('takes "last week" as the calendar week before, shown as a range', () => {
		const date = worked('the New York Times last week', '2017-07-26', '000');
		expect(date).toMatchObject({ kind: 'range', from: '2017-07-17', to: '2017-07-23' });
		expect(formatWorkedDate(date)).toBe('2017-07-17 to 2017-07-23 (worked out: report 000 is dated Wednesday 2017-07-26 and says “the New York Times last week”)');
	});
	it('keeps a month without a year without a year', () => {
		const date = worked('investigations in March', undefined, '002');
		expect(date).toEqual({ kind: 'month', month: 'March', basis: 'report 002 says “investigations in March”, without a year' });
		expect(sortKey(date)).toBeUndefined();
	});
	it('cannot date relative words in a report without a dateline', () => {
		const date = worked('On Monday morning', undefined, '004');
		expect(date.kind).toBe('undated');
		expect(formatWorkedDate(date)).toBe('Undated (cannot be dated: report 004 says “On Monday morning”, and it carries no dateline)');
	});
	it('takes a written date or year as stated, and the dateline as the dateline', () => {
		expect(worked('date 2017-06-07', '2017-06-07')).toEqual({ kind: 'day', date: '2017-06-07', basis: 'stated: report 003’s dateline' });
		expect(worked('the 2016 presidential election', '2017-07-26', '000')).toMatchObject({ kind: 'year', year: '2016' });
	});
	it('gives "cannot be dated" for words with no time in them', () => {
		expect(worked('before President Donald Trump', '2017-06-07').kind).toBe('undated');
	});
	it('orders what it can place, and nothing else', () => {
		expect(sortKey(worked('the 2016 presidential election', '2017-07-26'))).toBe('2016-01-01');
		expect(sortKey(worked('on Monday', '2017-06-07'))).toBe('2017-06-05');
		expect(sortKey(worked('On Monday morning', undefined))).toBeUndefined();
	});
});
