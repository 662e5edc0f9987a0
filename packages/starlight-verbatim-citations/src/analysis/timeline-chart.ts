import { shortenAtWord } from '../engine/excerpt.ts';
import type { DateUse } from '../pages/date-tags.ts';
import type { CitationUse } from '../pages/page-citations.ts';
import { MONTHS } from '../reading/report-dates.ts';

/** How a date is known, as the mark shows it. */
export type DateBasis = 'stated' | 'worked-out' | 'range';

export interface ChartEvent {
	/** The date as the page prints it (without its basis). */
	label: string;
	basis: DateBasis;
	/** Where the mark starts and ends along the axis, 0 to 100. */
	start: number;
	end: number;
	/** What happened: the entry's text, shortened. */
	text: string;
	/** Fragment id of the entry's first citation marker, where the mark links. */
	target: string | undefined;
}

export interface TimelineChart {
	from: string;
	to: string;
	/** First days of the months the axis spans, with their position. */
	ticks: { date: string; at: number }[];
	events: ChartEvent[];
	/** Entries the reports do not date, with why. */
	undated: { text: string; reason: string; target: string | undefined }[];
}

const DAY = 86_400_000;
const MAX_TICKS = 6;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

function span(use: DateUse): { from: string; to: string; basis: DateBasis; label: string } | undefined {
	const { date } = use;
	if (date.kind === 'day') return { from: date.date, to: date.date, basis: date.basis.startsWith('stated') ? 'stated' : 'worked-out', label: date.date };
	if (date.kind === 'range') return { from: date.from, to: date.to, basis: 'range', label: `${date.from} to ${date.to}` };
	if (date.kind === 'year') {
		const [, monthName, year] = /^(?:([A-Z][a-z]+) )?(\d{4})$/.exec(date.year) ?? [];
		if (!year) return undefined;
		const month = monthName ? MONTHS.indexOf(monthName as (typeof MONTHS)[number]) : -1;
		if (month < 0) return { from: `${year}-01-01`, to: `${year}-12-31`, basis: 'range', label: year };
		return { from: iso(Date.UTC(+year, month, 1)), to: iso(Date.UTC(+year, month + 1, 0)), basis: 'range', label: date.year };
	}
	return undefined;
}

/**
 * The timeline page as a picture: each entry headed by a date tag placed on one date axis by the
 * engine's computed date (a day as a point, a range or a year as a bar), undated entries in their
 * own band with the engine's reason. Built from the check's data only; nothing is typed.
 */
export function timelineChart(dates: readonly DateUse[], uses: readonly CitationUse[], file: string, shorten = 70): TimelineChart {
	const entries = dates.filter((d) => d.file === file && d.headsListItem);
	const firstUse = (line: number) => uses.find((use) => use.line === line);
	const textOf = (line: number) => {
		// The date tag prints nothing into the claim text, so an entry's text starts with its full stop.
		const claim = firstUse(line)?.claim.replace(/^\s*\.\s*/, '') ?? '';
		return shortenAtWord(claim, shorten);
	};
	const placed = entries.map((use) => ({ use, span: span(use) }));
	const dated = placed.filter((p): p is { use: DateUse; span: NonNullable<ReturnType<typeof span>> } => p.span !== undefined);
	const undated = placed.filter((p) => p.span === undefined).map(({ use }) => ({ text: textOf(use.line), reason: use.date.basis, target: firstUse(use.line)?.marker }));
	if (dated.length === 0) return { from: '', to: '', ticks: [], events: [], undated };
	const from = ms(dated.map((d) => d.span.from).sort()[0]!);
	const to = ms(dated.map((d) => d.span.to).sort().at(-1)!) + DAY;
	const at = (time: number) => Math.round(((time - from) / (to - from)) * 1000) / 10;
	const months: number[] = [];
	for (let month = new Date(from); month.getTime() <= to; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
		const first = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
		if (first >= from) months.push(first);
	}
	// At most six labels, so they stay readable on a phone.
	const step = Math.max(1, Math.ceil(months.length / MAX_TICKS));
	const ticks = months.filter((_, i) => i % step === 0).map((first) => ({ date: iso(first), at: at(first) }));
	const events = dated.map(({ use, span: s }) => ({
		label: s.label,
		basis: s.basis,
		start: at(ms(s.from)),
		end: at(ms(s.to) + DAY),
		text: textOf(use.line),
		target: firstUse(use.line)?.marker,
	}));
	return { from: iso(from), to: iso(to - DAY), ticks, events, undated };
}
