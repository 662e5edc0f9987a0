import { shortenAtWord } from '../reading/excerpt.ts';
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
	/** The range begins (or ends) before (after) the axis, which covers the events and not a long range's whole span. */
	beyondStart?: true;
	beyondEnd?: true;
}

/** A report's publication, from its dateline: on the axis, apart from the events it reports. */
export interface ChartPublication {
	sourceId: string;
	label: string;
	at: number;
	text: string;
	target: string | undefined;
}

export interface TimelineChart {
	from: string;
	to: string;
	/** First days of the months the axis spans, with their position. */
	ticks: { date: string; at: number }[];
	events: ChartEvent[];
	publications: ChartPublication[];
	/** Entries the reports do not date, with why. */
	undated: { text: string; reason: string; target: string | undefined }[];
}

const DAY = 86_400_000;
const MAX_TICKS = 6;
/** A range longer than this (a year, "in 2016") is drawn to the axis edge rather than stretching the axis. */
const LONG_RANGE_DAYS = 62;
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
	if (dated.length === 0) return { from: '', to: '', ticks: [], events: [], publications: [], undated };
	// The axis covers the events and publications; a long range alone would squash them against one edge.
	const long = (s: { from: string; to: string }) => ms(s.to) - ms(s.from) > LONG_RANGE_DAYS * DAY;
	const framing = dated.some((d) => !long(d.span)) ? dated.filter((d) => !long(d.span)) : dated;
	const from = ms(framing.map((d) => d.span.from).sort()[0]!);
	const to = ms(framing.map((d) => d.span.to).sort().at(-1)!) + DAY;
	const at = (time: number) => Math.min(100, Math.max(0, Math.round(((time - from) / (to - from)) * 1000) / 10));
	const months: number[] = [];
	for (let month = new Date(from); month.getTime() <= to; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
		const first = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
		if (first >= from) months.push(first);
	}
	// At most six labels, so they stay readable on a phone.
	const step = Math.max(1, Math.ceil(months.length / MAX_TICKS));
	const ticks = months.filter((_, i) => i % step === 0).map((first) => ({ date: iso(first), at: at(first) }));
	const isPublication = (use: DateUse) => use.date.kind === 'day' && use.date.dateline === true;
	const events = dated
		.filter(({ use }) => !isPublication(use))
		.map(({ use, span: s }) => ({
			label: s.label,
			basis: s.basis,
			start: at(ms(s.from)),
			end: at(ms(s.to) + DAY),
			text: textOf(use.line),
			target: firstUse(use.line)?.marker,
			...(ms(s.from) < from && { beyondStart: true as const }),
			...(ms(s.to) + DAY > to && { beyondEnd: true as const }),
		}));
	const publications = dated
		.filter(({ use }) => isPublication(use))
		.map(({ use, span: s }) => ({ sourceId: use.sourceId, label: s.label, at: at(ms(s.from)), text: textOf(use.line), target: firstUse(use.line)?.marker }));
	return { from: iso(from), to: iso(to - DAY), ticks, events, publications, undated };
}
