import { describe, expect, it } from 'vitest';
import { formatWorkedDate, sortKey, weekdayOf, workOutDate } from '../../packages/starlight-verbatim-citations/src/reading/report-dates.ts';

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
		expect(worked('date 2017-06-07', '2017-06-07')).toEqual({ kind: 'day', date: '2017-06-07', basis: 'stated: report 003’s dateline', dateline: true });
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
	it('says in full why each date is what it is, as the timeline prints it', () => {
		expect(formatWorkedDate(worked('on Monday', '2017-06-07'))).toBe('2017-06-05 (worked out: report 003 is dated Wednesday 2017-06-07 and says “on Monday”)');
		expect(formatWorkedDate(worked('the   2016\nelection', '2017-07-26', '000'))).toBe('2016 (stated: report 000 says “the 2016 election”)');
		expect(formatWorkedDate(worked('in March 2017', undefined, '002'))).toBe('March 2017 (stated: report 002 says “in March 2017”)');
		expect(formatWorkedDate(worked('in March', undefined, '002'))).toBe('March, no year (report 002 says “in March”, without a year)');
		expect(formatWorkedDate(worked('date 2017-06-01', '2017-06-07'))).toBe('2017-06-01 (stated: report 003 says “date 2017-06-01”)');
		expect(formatWorkedDate(worked('before the vote', '2017-06-07'))).toBe('Undated (cannot be dated: report 003 says “before the vote”, which gives no date)');
		expect(formatWorkedDate(worked('last week', undefined, '001'))).toBe('Undated (cannot be dated: report 001 says “last week”, and it carries no dateline)');
	});
	it('explains the refusal of the dateline’s own weekday with the words, the day and the dateline', () => {
		expect(workOutDate('004', 'said  Wednesday', '2017-06-07')).toEqual({
			ok: false,
			refusal: {
				code: 'date-weekday-ambiguous',
				reason: '“said Wednesday” names Wednesday, the weekday of report 004’s own dateline (2017-06-07): it could be that day or a week before, so it is not worked out.',
			},
		});
	});
	it('reads weekdays, months and "last week" as whole words only', () => {
		expect(worked('Mondays are quiet', '2017-06-07').kind).toBe('undated');
		expect(worked('the Marches of Wales', '2017-06-07').kind).toBe('undated');
		expect(worked('the lastweek column', '2017-06-07').kind).toBe('undated');
		expect(worked('LAST WEEK', '2017-07-26')).toMatchObject({ kind: 'range', from: '2017-07-17', to: '2017-07-23' });
		expect(worked('in 12017 or 20171', '2017-06-07').kind).toBe('undated');
		expect(worked('in 1899', '2017-06-07')).toMatchObject({ kind: 'year', year: '1899' });
		expect(worked('in 2117', '2017-06-07').kind).toBe('undated');
	});
	it('counts "last week" from a Sunday and a Monday dateline, and a weekday back across a month', () => {
		// 2017-07-23 is a Sunday (the end of its week), 2017-07-24 a Monday (the start of the next).
		expect(worked('last week', '2017-07-23')).toMatchObject({ from: '2017-07-10', to: '2017-07-16' });
		expect(worked('last week', '2017-07-24')).toMatchObject({ from: '2017-07-17', to: '2017-07-23' });
		expect(worked('on Saturday', '2017-07-02')).toMatchObject({ date: '2017-07-01' });
		expect(worked('on Sunday', '2017-07-01')).toMatchObject({ date: '2017-06-25' });
	});
	it('places a range by its first day and a month with a year nowhere', () => {
		expect(sortKey(worked('last week', '2017-07-26'))).toBe('2017-07-17');
		expect(sortKey(worked('in March 2017', undefined))).toBeUndefined();
	});
});
