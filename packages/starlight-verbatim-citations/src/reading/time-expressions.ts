import type { Corpus } from '../engine/corpus.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { MONTHS, WEEKDAYS, workOutDate, type WorkedDate } from './report-dates.ts';

/** Words of a report that say when: a date, a weekday, a month or year, or a time told relative to something. */
export interface TimeExpression {
	sourceId: string;
	start: number;
	end: number;
	words: string;
	/** `dateable`: a date, weekday, week, month or year the reading rules of report-dates.ts can work out; `relative`: after or before an event; `vague`: no point in time. */
	kind: 'dateable' | 'relative' | 'vague';
}

const month = MONTHS.filter((m) => m !== 'May').join('|');
/** Most specific first: a match hides what it covers from the patterns after it. */
const PATTERNS: [TimeExpression['kind'], RegExp][] = [
	['dateable', /\b\d{4}-\d{2}-\d{2}\b/g],
	['dateable', new RegExp(`\\b(?:[Oo]n\\s+)?(?:${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g')],
	['dateable', /\blast week\b/gi],
	['dateable', new RegExp(`\\b(?:[Ii]n\\s+)?(?:${month})(?:\\s+\\d{4})?\\b`, 'g')],
	['dateable', /\b(?:[Ii]n\s+)?(?:19|20)\d{2}\b/g],
	['relative', /\b(?:just\s+)?(?:a\s+)?few\s+(?:days|weeks|months)\s+(?:after|before|ago)\b/gi],
	['relative', /\b(?:less|more)\s+than\s+a\s+(?:day|week|month|year)\s+(?:after|before)\b/gi],
	['relative', /\b(?:soon|shortly|right|just)\s+after\b/gi],
	['relative', /\bafter\s+weeks\s+of\b/gi],
	['relative', /\bbefore\s+[^.,;]{0,40}?\btrip\b(?:\s+abroad)?/gi],
	['relative', /\b(?:earlier|later)\s+this\s+(?:year|month|week)\b|\b(?:previous|last|next)\s+(?:year|month)\b/gi],
	['relative', /\bduring\s+(?:the|his|her|its)\s+(?:campaign|confirmation hearings?|presidencial race|presidential race|early days|time)\b/gi],
	['vague', /\bover\s+the\s+last\s+couple\s+of\s+days\b|\bin\s+the\s+recent\s+weeks\b|\bat\s+one\s+point\b|\bever\s+since\b|\buntil\s+the\s+moment\b|\bat\s+this\s+point\b/gi],
];

/** Every time expression of one report's text, in reading order. */
export function findTimeExpressions(sourceId: string, text: string): TimeExpression[] {
	let masked = text;
	const found: TimeExpression[] = [];
	for (const [kind, pattern] of PATTERNS) {
		for (const match of masked.matchAll(pattern)) {
			found.push({ sourceId, start: match.index, end: match.index + match[0].length, words: text.slice(match.index, match.index + match[0].length), kind });
			masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * The words a page puts on the timeline, per report: those of its date tags and of its citations.
 * One reading for the component that lists what is left and for the test that checks it.
 */
export function placedSpans(
	corpus: Corpus,
	dates: readonly { sourceId: string; words: string }[],
	citations: readonly { sourceId: string; start: number; end: number }[],
): Map<string, { start: number; end: number }[]> {
	const spans = new Map<string, { start: number; end: number }[]>();
	const add = (sourceId: string, start: number, end: number) => {
		const list = spans.get(sourceId);
		if (list) list.push({ start, end });
		else spans.set(sourceId, [{ start, end }]);
	};
	for (const date of dates) {
		const found = resolveCitation(corpus, date.sourceId, date.words);
		if (found.ok) add(date.sourceId, found.citation.start, found.citation.end);
	}
	for (const citation of citations) add(citation.sourceId, citation.start, citation.end);
	return spans;
}

export type Placement =
	| { placed: true }
	/** `placeable`: the reading rules can date it, so leaving it off the timeline is an omission. */
	| { placed: false; placeable: boolean; reason: string };

const REASONS = {
	relative: 'placed only relative to an event the reports do not date',
	vague: 'names no point in time',
};

/**
 * Every time expression of every report, each either on the timeline (a date tag there covers its
 * words) or with the reason it cannot be placed: so nothing a report dates is lost.
 */
export function placeTimeExpressions(corpus: Corpus, onTimeline: ReadonlyMap<string, readonly { start: number; end: number }[]>): (TimeExpression & { placement: Placement; date?: WorkedDate })[] {
	return corpus.sources.flatMap((source) =>
		findTimeExpressions(source.id, source.text).map((expression) => {
			if ((onTimeline.get(source.id) ?? []).some((span) => span.start < expression.end && expression.start < span.end)) return { ...expression, placement: { placed: true } as const };
			if (expression.kind !== 'dateable') return { ...expression, placement: { placed: false, placeable: false, reason: REASONS[expression.kind] } as const };
			const worked = workOutDate(source.id, expression.words, source.meta.dateline);
			if (!worked.ok) return { ...expression, placement: { placed: false, placeable: false, reason: worked.refusal.reason } as const };
			if (worked.date.kind === 'undated') return { ...expression, placement: { placed: false, placeable: false, reason: 'the report carries no dateline to count from' } as const };
			return { ...expression, date: worked.date, placement: { placed: false, placeable: true, reason: `it can be dated (${worked.date.basis}) but is not on the timeline` } as const };
		}),
	);
}
