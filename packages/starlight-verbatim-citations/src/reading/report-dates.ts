/**
 * Dates worked out from a report's own words and its dateline, never typed by an editor. Every
 * rule here is the editors' reading rule, stated once:
 * - a weekday ("on Monday", "Tuesday afternoon") is the most recent such day before the dateline;
 *   the dateline's own weekday is refused as ambiguous (the same day, or a week before?);
 * - "last week" is the calendar week (Monday to Sunday) before the dateline's week, a range;
 * - a month name without a year ("in March") stays without a year;
 * - a written date (2017-07-26) or year (2016) is stated by the report and taken as it is;
 * - relative words in a report without a dateline cannot be dated.
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export type WorkedDate =
	/** `dateline`: the words are the report's own dateline, the day it was published rather than an event. */
	| { kind: 'day'; date: string; basis: string; dateline?: true }
	| { kind: 'range'; from: string; to: string; basis: string }
	| { kind: 'year'; year: string; basis: string }
	| { kind: 'month'; month: string; basis: string }
	| { kind: 'undated'; basis: string };

export type DateRefusal = { code: 'date-weekday-ambiguous' | 'date-words-unknown'; reason: string };

export type DateResult = { ok: true; date: WorkedDate } | { ok: false; refusal: DateRefusal };

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The weekday name of an ISO date (UTC, so the machine's time zone never changes a date). */
export function weekdayOf(date: string): string {
	return WEEKDAYS[new Date(parse(date)).getUTCDay()]!;
}

const quoted = (words: string) => `“${words.replace(/\s+/g, ' ').trim()}”`;

/**
 * Works out the date that `words` (verbatim from report `sourceId`) give, from the report's
 * `dateline` (ISO, or undefined when the report states none).
 */
export function workOutDate(sourceId: string, words: string, dateline: string | undefined): DateResult {
	const says = `report ${sourceId} says ${quoted(words)}`;
	const dated = dateline ? `report ${sourceId} is dated ${weekdayOf(dateline)} ${dateline}` : undefined;
	const stated = /\b(\d{4}-\d{2}-\d{2})\b/.exec(words);
	if (stated) {
		if (dateline === stated[1]) return { ok: true, date: { kind: 'day', date: stated[1]!, basis: `stated: report ${sourceId}’s dateline`, dateline: true } };
		return { ok: true, date: { kind: 'day', date: stated[1]!, basis: `stated: ${says}` } };
	}
	const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(words)?.[1];
	const lastWeek = /\blast week\b/i.test(words);
	if (weekday || lastWeek) {
		if (!dateline || !dated) {
			return { ok: true, date: { kind: 'undated', basis: `cannot be dated: ${says}, and it carries no dateline` } };
		}
		const day = parse(dateline);
		const today = new Date(day).getUTCDay();
		if (weekday) {
			const target = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
			if (target === today) {
				return {
					ok: false,
					refusal: {
						code: 'date-weekday-ambiguous',
						reason: `${quoted(words)} names ${weekday}, the weekday of report ${sourceId}’s own dateline (${dateline}): it could be that day or a week before, so it is not worked out.`,
					},
				};
			}
			const back = (today - target + 7) % 7;
			return { ok: true, date: { kind: 'day', date: iso(day - back * DAY_MS), basis: `worked out: ${dated} and says ${quoted(words)}` } };
		}
		// Weeks run Monday to Sunday: the previous week starts on the Monday before this week's.
		const sinceMonday = (today + 6) % 7;
		const from = day - (sinceMonday + 7) * DAY_MS;
		return { ok: true, date: { kind: 'range', from: iso(from), to: iso(from + 6 * DAY_MS), basis: `worked out: ${dated} and says ${quoted(words)}` } };
	}
	const month = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(words)?.[1];
	const year = /\b((?:1[89]|20)\d{2})\b/.exec(words)?.[1];
	if (month && !year) return { ok: true, date: { kind: 'month', month, basis: `${says}, without a year` } };
	if (year) return { ok: true, date: { kind: 'year', year: month ? `${month} ${year}` : year, basis: `stated: ${says}` } };
	return { ok: true, date: { kind: 'undated', basis: `cannot be dated: ${says}, which gives no date` } };
}

/** How a worked-out date reads on the page, its basis in brackets. */
export function formatWorkedDate(date: WorkedDate): string {
	switch (date.kind) {
		case 'day':
			return `${date.date} (${date.basis})`;
		case 'range':
			return `${date.from} to ${date.to} (${date.basis})`;
		case 'year':
			return `${date.year} (${date.basis})`;
		case 'month':
			return `${date.month}, no year (${date.basis})`;
		case 'undated':
			return `Undated (${date.basis})`;
	}
}

/** Where a date sorts on a timeline: the first day it may be; undefined when it cannot be placed. */
export function sortKey(date: WorkedDate): string | undefined {
	if (date.kind === 'day') return date.date;
	if (date.kind === 'range') return date.from;
	if (date.kind === 'year') return /^\d{4}$/.test(date.year) ? `${date.year}-01-01` : undefined;
	return undefined;
}
