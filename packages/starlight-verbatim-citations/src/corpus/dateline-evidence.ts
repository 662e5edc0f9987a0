/**
 * A report's dateline is accepted only when its own text states that date, or when the editors say
 * where it comes from (`datelineSource`): a typed dateline decides worked-out dates ("on Monday")
 * and which of two copies came first, so a wrong one would mislead the site silently.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(sept\\.?|${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Ways a report writes a full date: ISO, "July 26, 2017", "26 July 2017". Year, month, day groups named by order. */
const FORMS: { pattern: RegExp; order: ('y' | 'm' | 'd')[] }[] = [
	{ pattern: /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/gu, order: ['y', 'm', 'd'] },
	{ pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu'), order: ['m', 'd', 'y'] },
	{ pattern: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'giu'), order: ['d', 'm', 'y'] },
];

export interface StatedDate {
	/** YYYY-MM-DD. */
	date: string;
	/** The report's words, and where they are. */
	words: string;
	start: number;
	end: number;
}

function monthNumber(token: string): number {
	if (/^\d+$/.test(token)) return Number(token);
	return MONTHS.findIndex((m) => m.startsWith(token.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

function isoOf(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

// The report page, each page's JSON-LD and each copy's direction ask about the same few texts.
const statedIn = new Map<string, readonly StatedDate[]>();

/** Every full calendar date a report's text states, in the order they appear. */
export function statedDates(text: string): StatedDate[] {
	let found = statedIn.get(text);
	if (!found) statedIn.set(text, (found = findDates(text)));
	return [...found];
}

function findDates(text: string): StatedDate[] {
	const found: StatedDate[] = [];
	for (const { pattern, order } of FORMS) {
		for (const match of text.matchAll(pattern)) {
			const part = (key: 'y' | 'm' | 'd') => match[order.indexOf(key) + 1]!;
			const date = isoOf(Number(part('y')), monthNumber(part('m')), Number(part('d')));
			if (date) found.push({ date, words: match[0], start: match.index, end: match.index + match[0].length });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Where a report's text states its dateline, or undefined when it does not. */
export function datelineInText(text: string, dateline: string): StatedDate | undefined {
	return statedDates(text).find((stated) => stated.date === dateline);
}

/** The basis of a dateline: the report's words, or the editors' note. */
export type DatelineBasis = { kind: 'text'; words: string } | { kind: 'editors'; note: string; url?: string };

export function datelineBasis(text: string, meta: { dateline?: string; datelineSource?: { note: string; url?: string } }): DatelineBasis | undefined {
	if (!meta.dateline) return undefined;
	const stated = datelineInText(text, meta.dateline);
	if (stated) return { kind: 'text', words: stated.words };
	return meta.datelineSource ? { kind: 'editors', ...meta.datelineSource } : undefined;
}

/**
 * The full dates a report's text states, when its dateline is not one of them and no source is
 * recorded for it (the check refuses that dateline); undefined when the dateline is proved or absent.
 */
export function unprovedDateline(text: string, meta: { dateline?: string; datelineSource?: unknown }): StatedDate[] | undefined {
	if (!meta.dateline || meta.datelineSource !== undefined) return undefined;
	const stated = statedDates(text);
	return stated.some((s) => s.date === meta.dateline) ? undefined : stated;
}
